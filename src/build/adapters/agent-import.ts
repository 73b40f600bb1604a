import type { Adapter } from '../../model/extraction.js';
import { instructionReferences } from './shared/instruction-references.js';
import { lineCount } from './shared/lines.js';

/**
 * A file a CLAUDE.md or GEMINI.md imports with `@path` that no format adapter
 * claims (`@docs/style.md`): its whole text is one unit, and its own `@path`
 * imports are includes too, since both tools expand imports recursively (the
 * 5-hop limit is applied once the graph is built). Never matched by discovery:
 * the scanner reads imported files with it.
 */
export const agentImportAdapter: Adapter = {
  name: 'agent-import',
  matches: () => false,
  extract: ({ path, text }) => {
    const found = instructionReferences(path, text, 0, true);
    return {
      units: [
        {
          role: 'text',
          range: { start: 1, end: lineCount(text) },
          format: /\.(md|mdc|mdx|markdown)$/i.test(path) ? 'markdown' : 'text',
          variables: [],
          text,
          name: path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, ''),
        },
      ],
      // Links in an imported document point the reader elsewhere; only imports are followed from here.
      references: found.references.filter((reference) => reference.placeholder !== undefined),
      diagnostics: found.diagnostics,
    };
  },
};
