import path from 'node:path/posix';
import { stringify, parse } from 'yaml';
import { diskFileSource } from '../build/files/file-source.js';
import type { FileSource } from '../model/file-source.js';
import type { ImpactResult } from '../model/schema/impact-result.js';
import { resolveCommit } from '../git/changed-files.js';
import { gitRevisionSource } from '../git/git-revision-source.js';
import { PromptGraph } from '../query/graph/prompt-graph.js';
import { promptfooConfig, providerForModel, type EvalSuite } from '../query/evals/promptfoo-config.js';
import { promptModel } from '../query/tokens/prompt-model.js';
import { impactAndHead, type ImpactOptions } from './impact.js';

export interface EvalsOptions extends ImpactOptions {
  /** The folder the configs go to, relative to `dir` (default `promptgraph-evals`): `file://` paths of the suites are rewritten relative to it. */
  outDir?: string;
}

export interface EvalsResult {
  result: ImpactResult;
  /** One promptfoo config per required eval that reaches a prompt: its file name in `outDir` and its YAML. */
  files: { path: string; eval: string; content: string; notes: string[] }[];
  /** Required evals no config was written for, and why. */
  skipped: { eval: string; reason: string }[];
}

/**
 * `promptgraph evals`: the change's impact, then for each required eval the
 * promptfoo config that runs it on the base and head composed prompts it
 * reaches, with the eval's own tests, asserts and providers (read from its
 * promptfoo config, or the test file a contract eval's `path` names). Returns
 * the files; the caller writes them.
 */
export async function evals(dir: string, options: EvalsOptions): Promise<EvalsResult> {
  const { result, head } = await impactAndHead(dir, options);
  const outDir = (options.outDir ?? 'promptgraph-evals').replace(/\\/g, '/').replace(/\/$/, '');
  const source: FileSource & { close?: () => void } = options.head
    ? gitRevisionSource(dir, await resolveCommit(dir, options.head))
    : diskFileSource(dir);
  const graph = new PromptGraph(head);
  const files: EvalsResult['files'] = [];
  const skipped: EvalsResult['skipped'] = [];
  try {
    for (const requirement of result.evals) {
      if (!requirement.prompts?.length) {
        skipped.push({ eval: requirement.id, reason: 'it reaches no changed or affected prompt text' });
        continue;
      }
      const node = graph.node(requirement.id);
      const suiteFile = node?.format === 'promptfoo' ? node.file : requirement.path;
      const suite = suiteFile ? await readSuite(source, suiteFile, outDir) : {};
      // The provider follows the first of its prompts that names a model.
      const model = requirement.prompts.map((id) => promptModel(graph, id)).find(Boolean) ?? options.config?.model;
      const file = promptfooConfig(requirement, result, suite, providerForModel(model));
      if (!file) {
        skipped.push({ eval: requirement.id, reason: 'none of its prompts has composed text' });
        continue;
      }
      const header = [
        `# Written by promptgraph evals for ${requirement.name} (${requirement.id}).`,
        `# Run: npx promptfoo eval -c ${path.join(outDir, file.path)} --output ${path.join(outDir, file.path.replace(/\.promptfooconfig\.yaml$/, '.results.json'))}`,
        ...file.notes.map((note) => `# Note: ${note}`),
      ].join('\n');
      files.push({
        path: file.path,
        eval: file.eval,
        notes: file.notes,
        content: `${header}\n${stringify(file.config, { lineWidth: 0 })}`,
      });
    }
  } finally {
    source.close?.();
  }
  return { result, files, skipped };
}

/** An eval's suite: a promptfoo config's providers, tests and defaultTest, or a test file its `path` names. */
async function readSuite(source: FileSource, file: string, outDir: string): Promise<EvalSuite> {
  const rebase = (relative: string) => path.relative(outDir, path.join(path.dirname(file), relative)) || '.';
  const text = await source.readFile(file).then(
    (bytes) => bytes.toString('utf8'),
    () => undefined,
  );
  if (text === undefined) return {};
  if (!/\.(ya?ml|json)$/i.test(file)) return { tests: `file://${rebase(path.basename(file))}` };
  let document: unknown;
  try {
    document = parse(text);
  } catch {
    return {};
  }
  if (
    document &&
    typeof document === 'object' &&
    !Array.isArray(document) &&
    ('prompts' in document || 'providers' in document)
  ) {
    const config = document as Record<string, unknown>;
    const moved = (value: unknown): unknown => rebaseFileRefs(value, rebase);
    return {
      ...(config.providers !== undefined ? { providers: moved(config.providers) } : {}),
      ...(config.tests !== undefined ? { tests: moved(config.tests) } : {}),
      ...(config.defaultTest !== undefined ? { defaultTest: moved(config.defaultTest) } : {}),
    };
  }
  // A file of test cases (YAML or JSON list).
  return { tests: `file://${rebase(path.basename(file))}` };
}

/** Every relative `file://` string in a value, re-rooted at the output folder. */
function rebaseFileRefs(value: unknown, rebase: (relative: string) => string): unknown {
  if (typeof value === 'string')
    return value.startsWith('file://') && !value.startsWith('file:///') ? `file://${rebase(value.slice(7))}` : value;
  if (Array.isArray(value)) return value.map((entry) => rebaseFileRefs(entry, rebase));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, rebaseFileRefs(entry, rebase)]));
  return value;
}
