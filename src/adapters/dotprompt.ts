import type { Adapter, Extraction, Reference } from './types.js';
import { splitFrontMatter } from './shared/front-matter.js';
import { analyzeHandlebars } from './shared/handlebars-template.js';
import { picoschemaVariables } from './shared/picoschema-variables.js';
import { lineCount } from './shared/lines.js';
import { dirname } from '../resolve/module-resolver.js';

/**
 * Dotprompt (`.prompt`): YAML front matter + Handlebars body, as Genkit loads it.
 * `_name.prompt` is the partial `name`; `name.variant.prompt` is variant `variant`
 * of prompt `name`. `{{> persona}}` resolves to `_persona.prompt` in the same
 * directory, then in each parent directory up to the root. A prompt in a
 * subfolder of the prompt directory is named `sub/name`, as Genkit names it.
 */
export const dotpromptAdapter: Adapter = {
  name: 'dotprompt',
  matches: (path) => path.endsWith('.prompt'),
  extract({ path, text }, { config }): Extraction {
    const frontMatter = splitFrontMatter(path, text);
    const template = analyzeHandlebars(path, frontMatter.body, frontMatter.bodyLine);
    const { name, variant, partial } = parseFileName(path);
    const loaderName = partial ? name : withPromptSubfolder(path, name, config.promptDirs);
    const input = frontMatter.data.input as { schema?: unknown; default?: unknown } | undefined;
    // Variables with a default (`input.default`) may be added without breaking callers.
    const defaults = input?.default && typeof input.default === 'object' ? Object.keys(input.default).sort() : [];
    const references: Reference[] = template.partials.map((use) => ({
      kind: 'includes',
      target: { type: 'file', candidates: partialCandidates(dirname(path), use.name) },
      line: use.line,
      column: use.column,
      placeholder: use.placeholder,
      label: `partial ${use.placeholder}`,
    }));
    const model = frontMatter.data.model;
    return {
      units: [{
        role: partial ? 'fragment' : 'text',
        range: { start: 1, end: lineCount(text) },
        format: 'dotprompt',
        name: typeof frontMatter.data.name === 'string' ? frontMatter.data.name : loaderName,
        variables: [...template.variables, ...picoschemaVariables(input?.schema)],
        text: frontMatter.body,
        meta: { ...(variant ? { variant } : {}), ...(typeof model === 'string' ? { model } : {}), ...(defaults.length ? { defaults } : {}) },
      }],
      references,
      diagnostics: [...frontMatter.diagnostics, ...template.diagnostics],
    };
  },
};

/**
 * Genkit names a prompt in a subfolder of its prompt directory `sub/name` (partials
 * keep their bare name). The prompt directory is a configured `promptDirs` entry
 * that holds the file, else the nearest enclosing folder called `prompts`.
 */
function withPromptSubfolder(path: string, name: string, promptDirs: readonly string[]): string {
  const directory = dirname(path);
  const configured = [...promptDirs].map((dir) => dir.replace(/^\.\/|\/$/g, '')).sort((a, b) => b.length - a.length).find((dir) => directory === dir || directory.startsWith(`${dir}/`));
  const segments = directory.split('/');
  const nearestPrompts = segments.lastIndexOf('prompts');
  const root = configured ?? (nearestPrompts === -1 ? undefined : segments.slice(0, nearestPrompts + 1).join('/'));
  if (root === undefined || root === directory) return name;
  return `${directory.slice(root.length + 1)}/${name}`;
}

function parseFileName(path: string): { name: string; variant?: string; partial: boolean } {
  const base = path.slice(path.lastIndexOf('/') + 1, -'.prompt'.length);
  const partial = base.startsWith('_');
  const [name, variant] = (partial ? base.slice(1) : base).split('.');
  return { name: name!, ...(variant ? { variant } : {}), partial };
}

/** `_name.prompt` from the template's directory up to the root, nearest first. `a/b` partials keep their folder. */
function partialCandidates(directory: string, partial: string): string[] {
  const slash = partial.lastIndexOf('/');
  const fileName = slash === -1 ? `_${partial}.prompt` : `${partial.slice(0, slash)}/_${partial.slice(slash + 1)}.prompt`;
  const candidates: string[] = [];
  for (let current = directory; ; current = dirname(current)) {
    candidates.push(current ? `${current}/${fileName}` : fileName);
    if (!current) break;
  }
  return candidates;
}
