import type { Reference } from '../../../model/extraction.js';
import type { Diagnostic } from '../../../model/schema/common.js';
import { dirname, joinRepoPath } from '../../../model/repo-path.js';
import { lineLocator } from './lines.js';
import { withoutCode } from './markdown-code.js';

/**
 * `@path` imports as Claude Code and Gemini CLI read them: an `@` at the start of
 * a line or after white space, then a path. Trailing sentence punctuation is not
 * part of the path.
 */
const IMPORT = /(^|[\s(])@((?:~|\.{1,2})?\/?[^\s`'"<>()[\]{}@]+)/gm;

/** `[text](target "title")` Markdown links, not images. */
const LINK = /(?<!!)\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/** Linked documents an agent may be pointed at: Markdown and text, not code or images. */
const DOCUMENT = /\.(md|mdc|mdx|markdown|txt)$/i;

export interface InstructionReferences {
  references: Reference[];
  diagnostics: Diagnostic[];
}

/**
 * The references of one instruction file's body (`bodyOffset` into `text`):
 * - with `imports`, each `@path` import is an include placed where it is written,
 *   relative to the importing file (as both tools document), its target read as an
 *   imported instruction file so its own imports count. An import naming no file
 *   with an extension (`@acme/prompt-kit`, `@README`) is optional: prose that
 *   happens to start with `@` is no broken import. `@~/…` and absolute imports are
 *   personal files outside the repository: an info diagnostic, never read.
 * - each Markdown link to a local document is an include with no place in the
 *   text: the agent is pointed at it, so a change to it travels to this file, but
 *   the tool does not inline it.
 * Code spans and fenced blocks are skipped (the tools skip imports there too).
 */
export function instructionReferences(
  path: string,
  text: string,
  bodyOffset: number,
  imports: boolean,
): InstructionReferences {
  const body = withoutCode(text.slice(bodyOffset));
  const locate = lineLocator(text);
  const folder = dirname(path);
  const references: Reference[] = [];
  const diagnostics: Diagnostic[] = [];
  const position = (offset: number) => ({
    line: locate(bodyOffset + offset),
    column: bodyOffset + offset - text.lastIndexOf('\n', bodyOffset + offset - 1),
  });
  if (imports) {
    for (const match of body.matchAll(IMPORT)) {
      const written = match[2]!.replace(/[.,;:!?]+$/, '');
      if (!written) continue;
      const at = position(match.index + match[1]!.length);
      if (written.startsWith('~') || written.startsWith('/')) {
        diagnostics.push({
          severity: 'info',
          code: 'import-outside-repository',
          file: path,
          ...at,
          message: `@${written} is outside the repository (a personal or machine file); promptgraph does not read it`,
        });
        continue;
      }
      references.push({
        kind: 'includes',
        target: { type: 'file', candidates: [joinRepoPath(folder, written)], loadAs: 'agent-import' },
        ...at,
        placeholder: `@${written}`,
        label: `import @${written}`,
        ...(/\.[A-Za-z0-9]+$/.test(written) ? {} : { optional: true }),
      });
    }
  }
  for (const match of body.matchAll(LINK)) {
    const target = safeDecode(match[1]!).replace(/[#?].*$/, '');
    if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target) || !DOCUMENT.test(target)) continue;
    const resolved = joinRepoPath(folder, target);
    if (resolved === path) continue;
    references.push({
      kind: 'includes',
      target: { type: 'file', candidates: [resolved] },
      ...position(match.index),
      link: true,
      label: `link ${match[0]}`,
    });
  }
  return { references, diagnostics };
}

function safeDecode(uri: string): string {
  try {
    return decodeURI(uri);
  } catch {
    return uri;
  }
}
