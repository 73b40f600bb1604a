import type { Adapter, ExtractedUnit, Extraction } from '../../model/extraction.js';
import { analyzeHandlebars } from './shared/handlebars-template.js';
import { partialReferences } from './shared/handlebars-partials.js';
import { fileStem, isPartialFile, looksLikeNonPromptTemplate, RENDERED_FILE } from './shared/template-role.js';
import { lineCount } from './shared/lines.js';

/** Extensions a partial may have, by the including file's: Handlebars' two spellings, or Mustache's one. */
const FAMILIES: readonly (readonly string[])[] = [['.hbs', '.handlebars'], ['.mustache']];

/**
 * Handlebars and Mustache templates (`.hbs`, `.handlebars`, `.mustache`): the
 * whole file is one unit, read with Handlebars' parser (Mustache's syntax is a
 * subset). `{{> name}}` and `{{#> layout}}` are `includes` of the partial file
 * (see `partialReferences`), the including file's own extension first, then the
 * rest of its family. A file named `_x` or under `partials/` is a fragment,
 * named without its underscore. An inline partial (`{{#*inline "name"}}`) is a
 * fragment unit `file#name` that its `{{> name}}` includes.
 */
export const handlebarsAdapter: Adapter = {
  name: 'handlebars',
  matches: (path) => /\.(hbs|handlebars|mustache)$/.test(path),
  extract({ path, text }): Extraction {
    const template = analyzeHandlebars(path, text, 1);
    const extension = path.slice(path.lastIndexOf('.'));
    const family = FAMILIES.find((members) => members.includes(extension))!;
    const format = extension === '.mustache' ? 'mustache' : 'handlebars';
    // An inline partial is a fragment of its own, so `{{> signature}}` composes with its content (and is not read as a Portkey `{{>id}}`).
    const inline: ExtractedUnit[] = template.inlinePartials.map((partial) => ({
      symbol: partial.name,
      role: 'fragment',
      range: partial.range,
      format,
      name: partial.name,
      variables: analyzeHandlebars(path, partial.text, partial.range.start).variables,
      text: partial.text,
    }));
    const nonPrompt = looksLikeNonPromptTemplate(path, text);
    return {
      units: [
        ...inline,
        {
          role: isPartialFile(path) ? 'fragment' : 'text',
          range: { start: 1, end: lineCount(text) },
          format,
          name: fileStem(path).replace(/^_/, ''),
          variables: template.variables,
          text,
          // A page or config template stays in the graph when code renders it (a change travels), but the audit reads no prompt in it.
          ...(nonPrompt ? { candidate: true, flags: [RENDERED_FILE] } : {}),
        },
      ],
      references: partialReferences(path, template.partials, [
        extension,
        ...family.filter((member) => member !== extension),
      ]),
      diagnostics: template.diagnostics,
    };
  },
};
