import type { Adapter, Extraction } from '../../model/extraction.js';
import { analyzeJinja } from './shared/jinja-template.js';
import { jinjaIncludeReferences } from './shared/jinja-includes.js';
import { fileStem, isPartialFile, looksLikeNonPromptTemplate, RENDERED_FILE } from './shared/template-role.js';
import { lineCount } from './shared/lines.js';

/**
 * Jinja templates (`.j2`, `.jinja`, `.jinja2`): the whole file is one unit with
 * no symbol, so a Python `env.get_template('system.j2')` (whose file target
 * names the loader folder's `system.j2`) consumes it. `include`, `extends`,
 * `import` and `from … import` are `includes` references whose placeholder is
 * the tag, so composition puts the other template's text where the tag stands.
 *
 * `extends` composes the same way: the child's composed text is the parent's
 * composed text (its default blocks included) in place of the `{% extends %}`
 * tag, followed by the child's own block overrides. That is not Jinja's
 * block-by-block render, but every word either template contributes is in the
 * composed text, so a change to the parent or to an override shows in it.
 * `import` makes the macro file's text part of the importing template's, for
 * the same reason: a changed macro changes what the importer renders.
 */
export const jinjaAdapter: Adapter = {
  name: 'jinja',
  matches: (path) => /\.(j2|jinja2?)$/.test(path),
  extract({ path, text }): Extraction {
    const analysis = analyzeJinja(path, text, 1);
    const includes = jinjaIncludeReferences(path, analysis.templates);
    const nonPrompt = looksLikeNonPromptTemplate(path, text);
    return {
      units: [
        {
          role: isPartialFile(path) ? 'fragment' : 'text',
          range: { start: 1, end: lineCount(text) },
          format: 'jinja',
          name: fileStem(path),
          variables: analysis.variables,
          text,
          // A page or config template stays in the graph when code renders it (a change travels), but the audit reads no prompt in it.
          ...(nonPrompt ? { candidate: true, flags: [RENDERED_FILE] } : {}),
        },
      ],
      references: includes.references,
      diagnostics: [...analysis.diagnostics, ...includes.diagnostics],
    };
  },
};
