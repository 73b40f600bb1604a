import picomatch from 'picomatch';
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { readYaml } from '../../model/read-yaml.js';
import type { Adapter, Extraction, Reference } from '../../model/extraction.js';
import { lineCount } from './shared/lines.js';
import { dirname, joinRepoPath } from '../../model/repo-path.js';

/**
 * promptfoo eval configs: `promptfooconfig.yaml`, `*.promptfoo.yaml` or any YAML,
 * read when its top level has `prompts:` and `providers:` or `tests:`. The config is one
 * eval unit that `evaluates` every `file://` prompt it lists (relative to the
 * config); a glob becomes a selector over repository files. Inline prompt strings
 * are the config's own text, not repository prompts, and are not linked.
 */
export const promptfooAdapter: Adapter = {
  name: 'promptfoo',
  matches: (path) => /\.ya?ml$/.test(path),
  // A YAML that fails this is left to later adapters (and to the loaded-text pass when code reads it).
  prefilter: (text) => /^prompts\s*:/m.test(text) && /^(providers|tests)\s*:/m.test(text),
  extract({ path, text }): Extraction {
    const { document, lineCounter, problems } = readYaml(text);
    const root = document.contents;
    if (problems.length || !isMap(root)) return { units: [], references: [], diagnostics: [] };
    const topKeys = new Set(root.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')));
    if (!topKeys.has('prompts') || (!topKeys.has('providers') && !topKeys.has('tests'))) {
      return { units: [], references: [], diagnostics: [] };
    }
    const lineOf = (node: Node | null | undefined): number =>
      node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    const references: Reference[] = [];
    for (const entry of promptEntries(root.get('prompts', true) as Node | undefined)) {
      const value = String(entry.value);
      if (!value.startsWith('file://')) continue;
      // `file://prompts.py:build_prompt` names a function; the file is what the eval reads.
      const relative = value.slice('file://'.length).replace(/:[\w.]+$/, '');
      const target = joinRepoPath(dirname(path), relative);
      const line = lineOf(entry);
      const label = `promptfoo prompt ${value}`;
      if (picomatch.scan(target).isGlob)
        references.push({ kind: 'evaluates', target: { type: 'selector', selector: target }, line, label });
      else references.push({ kind: 'evaluates', target: { type: 'file', candidates: [target] }, line, label });
    }
    const description: unknown = root.get('description');
    return {
      units: [
        {
          role: 'eval',
          range: { start: 1, end: lineCount(text) },
          format: 'promptfoo',
          // Named as `--evals-passed` will name it: its description, else its path (every package may have a promptfooconfig.yaml).
          name: typeof description === 'string' && description.trim() ? description.trim() : path,
          variables: [],
          meta: { command: `npx promptfoo eval -c ${path}` },
        },
      ],
      references,
      diagnostics: [],
    };
  },
};

/** The scalar prompt paths of `prompts:`: a string, a list of strings, `{ id | raw: … }` objects, or a `{ path: label }` map. */
function promptEntries(node: Node | undefined): Scalar[] {
  if (!node) return [];
  if (isScalar(node)) return [node];
  if (isSeq(node)) {
    return node.items.flatMap((item) => {
      if (isScalar(item)) return [item];
      if (isMap(item)) {
        const id = item.get('id', true);
        return isScalar(id) ? [id] : [];
      }
      return [];
    });
  }
  if (isMap(node)) return node.items.flatMap((pair) => (isScalar(pair.key) ? [pair.key] : []));
  return [];
}
