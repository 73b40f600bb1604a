import type { Adapter } from '../../model/extraction.js';
import { lineCount } from './shared/lines.js';

/**
 * A file that code loads as a prompt but that no format adapter claims (a `.txt`
 * outside prompt folders, say): its whole text is one prompt unit. Never matched
 * by discovery; the scanner uses it for loaded files only.
 */
export const loadedTextAdapter: Adapter = {
  name: 'loaded-text',
  matches: () => false,
  extract: ({ path, text }) => ({
    units: [
      {
        role: 'text',
        range: { start: 1, end: lineCount(text) },
        format: path.endsWith('.md') ? 'markdown' : 'text',
        variables: [],
        text,
        name: stemOf(path),
      },
    ],
    references: [],
    diagnostics: [],
  }),
};

const stemOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
