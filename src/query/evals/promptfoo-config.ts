import type { EvalRequirement, ImpactResult } from '../../model/schema/impact-result.js';
import { promptLabel } from './prompt-labels.js';

/** What an eval's own suite brings to the generated config: promptfoo's `providers`, `tests` and `defaultTest`, as written. */
export interface EvalSuite {
  providers?: unknown;
  tests?: unknown;
  defaultTest?: unknown;
}

/** A promptfoo config for one required eval, and what the reader should know about it. */
export interface PromptfooConfigFile {
  /** File name in the output folder: `<eval>.promptfooconfig.yaml`. */
  path: string;
  eval: string;
  config: Record<string, unknown>;
  notes: string[];
}

/**
 * The promptfoo config that runs one eval on the composed system a change
 * reaches: for every prompt the eval reaches, its composed text at the base and
 * at the head as two prompt entries (`<id> [base]`, `<id> [head]`), so
 * `npx promptfoo eval -c <file>` compares them side by side; the eval's own
 * tests, asserts and providers; and a `metadata.promptgraph` marker by which
 * `check --eval-results` knows the run. Unknown variables are `{{name}}`
 * markers, which promptfoo fills from each test's `vars`.
 */
export function promptfooConfig(
  requirement: EvalRequirement,
  result: ImpactResult,
  suite: EvalSuite,
  fallbackProvider: string | undefined,
): PromptfooConfigFile | undefined {
  const entries = [...result.changed, ...result.affected];
  const prompts = (requirement.prompts ?? []).flatMap((id) => {
    const composed = entries.find((entry) => entry.id === id)?.composed;
    return [
      ...(composed?.base !== undefined ? [{ label: promptLabel(id, 'base'), raw: composed.base }] : []),
      ...(composed?.head !== undefined ? [{ label: promptLabel(id, 'head'), raw: composed.head }] : []),
    ];
  });
  if (!prompts.length) return undefined;
  const notes: string[] = [];
  let providers = suite.providers;
  if (providers === undefined) {
    providers = [fallbackProvider ?? 'echo'];
    notes.push(
      fallbackProvider
        ? `providers: ${fallbackProvider}, from the prompt's model; give the eval's own config providers to choose`
        : "providers: echo (promptfoo's provider that answers with the prompt itself, so asserts test the composed prompt); name a model in the eval's config to run one",
    );
  }
  if (suite.tests === undefined) notes.push('no tests: the eval names no promptfoo tests; add them to its config');
  return {
    path: `${slug(requirement.name)}.promptfooconfig.yaml`,
    eval: requirement.id,
    notes,
    config: {
      description: `promptgraph: ${requirement.name}`,
      metadata: {
        promptgraph: {
          eval: requirement.id,
          base: result.base ? (result.base.commit ?? result.base.ref) : null,
          head: result.head.commit ?? result.head.ref,
        },
      },
      prompts,
      providers,
      ...(suite.defaultTest !== undefined ? { defaultTest: suite.defaultTest } : {}),
      ...(suite.tests !== undefined ? { tests: suite.tests } : {}),
    },
  };
}

/** The promptfoo provider for a model a prompt names, when the vendor is plain from its name. */
export function providerForModel(model: string | undefined): string | undefined {
  if (!model) return undefined;
  const name = model.replace(/^[\w-]+[/:]/, '');
  if (/^(gpt-|o\d|chatgpt-)/.test(name)) return `openai:chat:${name}`;
  if (name.startsWith('claude')) return `anthropic:messages:${name}`;
  if (name.startsWith('gemini')) return `google:${name}`;
  return undefined;
}

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'eval';
