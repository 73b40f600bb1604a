import type { Adapter, ExtractedUnit, Extraction, Reference } from './types.js';
import { analyzeHandlebars } from './shared/handlebars-template.js';
import { fileStem, isPartialFile, looksLikeNonPromptTemplate } from './shared/template-role.js';
import { isAbsolutePath, nearestFirst, relativeTo } from './shared/template-candidates.js';
import { lineCount } from './shared/lines.js';
import { dirname } from '../resolve/module-resolver.js';

/** Extensions a partial may have, by the including file's: Handlebars' two spellings, or Mustache's one. */
const FAMILIES: readonly (readonly string[])[] = [['.hbs', '.handlebars'], ['.mustache']];

/**
 * Handlebars and Mustache templates (`.hbs`, `.handlebars`, `.mustache`): the
 * whole file is one unit, read with Handlebars' parser (Mustache's syntax is a
 * subset). `{{> name}}` and `{{#> layout}}` are `includes` of the partial file:
 * `name.ext`, `_name.ext` or `partials/name.ext` (and `partials/_name.ext`),
 * in the including file's folder first, then each parent up to the root; the
 * including file's own extension first, then the rest of its family. Partials
 * are registered by name at render time, so this is the convention the name
 * follows, not a loader's exact rule. A file named `_x` or under `partials/`
 * is a fragment, named without its underscore. An inline partial
 * (`{{#*inline "name"}}`) is a fragment unit `file#name` its `{{> name}}` includes.
 */
export const handlebarsAdapter: Adapter = {
  name: 'handlebars',
  matches: (path) => /\.(hbs|handlebars|mustache)$/.test(path),
  extract({ path, text }): Extraction {
    const template = analyzeHandlebars(path, text, 1);
    const extension = path.slice(path.lastIndexOf('.'));
    const family = FAMILIES.find((members) => members.includes(extension))!;
    const extensions = [extension, ...family.filter((member) => member !== extension)];
    const references: Reference[] = template.partials.map((use) => ({
      kind: 'includes',
      target: use.inline ? { type: 'local', symbol: use.name } : { type: 'file', candidates: partialCandidates(path, use.name, extensions) },
      line: use.line,
      column: use.column,
      placeholder: use.placeholder,
      label: `partial ${use.placeholder}`,
    }));
    const nonPrompt = looksLikeNonPromptTemplate(path, text);
    const format = extension === '.mustache' ? 'mustache' : 'handlebars';
    // An inline partial is a fragment of its own, so `{{> signature}}` composes with its content (and is not read as a Portkey `{{>id}}`).
    const inline: ExtractedUnit[] = template.inlinePartials.map((partial) => ({ symbol: partial.name, role: 'fragment', range: partial.range, format, name: partial.name, variables: analyzeHandlebars(path, partial.text, partial.range.start).variables, text: partial.text }));
    return {
      units: [...inline, {
        role: isPartialFile(path) ? 'fragment' : 'text',
        range: { start: 1, end: lineCount(text) },
        format,
        name: fileStem(path).replace(/^_/, ''),
        variables: template.variables,
        text,
        ...(nonPrompt ? { candidate: true } : {}),
      }],
      references,
      diagnostics: template.diagnostics,
    };
  },
};

function partialCandidates(path: string, name: string, extensions: readonly string[]): string[] {
  if (isAbsolutePath(name)) return [name];
  const slash = name.lastIndexOf('/');
  const folder = slash === -1 ? '' : name.slice(0, slash + 1);
  const base = name.slice(slash + 1);
  const spellings = extensions.flatMap((extension) => [`${folder}${base}${extension}`, `${folder}_${base}${extension}`, `partials/${folder}${base}${extension}`, `partials/${folder}_${base}${extension}`]);
  if (name.startsWith('../') || name.startsWith('./')) return spellings.filter((spelling) => !spelling.startsWith('partials/')).map((spelling) => relativeTo(path, spelling));
  return nearestFirst(dirname(path), spellings, []);
}
