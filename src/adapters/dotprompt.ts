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
 * directory, then in each parent directory up to the root.
 */
export const dotpromptAdapter: Adapter = {
  name: 'dotprompt',
  matches: (path) => path.endsWith('.prompt'),
  extract({ path, text }): Extraction {
    const frontMatter = splitFrontMatter(path, text);
    const template = analyzeHandlebars(path, frontMatter.body, frontMatter.bodyLine);
    const { name, variant, partial } = parseFileName(path);
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
        name: typeof frontMatter.data.name === 'string' ? frontMatter.data.name : name,
        variables: [...template.variables, ...picoschemaVariables(input?.schema)],
        text: frontMatter.body,
        meta: { ...(variant ? { variant } : {}), ...(typeof model === 'string' ? { model } : {}), ...(defaults.length ? { defaults } : {}) },
      }],
      references,
      diagnostics: [...frontMatter.diagnostics, ...template.diagnostics],
    };
  },
};

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
