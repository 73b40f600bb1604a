import type { Adapter, Extraction, Reference } from '../../model/extraction.js';
import { splitFrontMatter } from './shared/front-matter.js';
import { lineCount, lineLocator } from './shared/lines.js';
import { dirname, joinRepoPath } from '../../model/repo-path.js';
import { withoutCode } from './shared/markdown-code.js';

/** Files a Copilot prompt file can pull in as prompt text (other files it mentions are context, not prompt). */
const INCLUDABLE = /\.(prompt|instructions)\.md$/;

/** `#file:path` (Copilot's file reference) and `[text](path)` Markdown links. */
const FILE_REFERENCE = /#file:([^\s`)\]]+)|\[[^\]\n]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

/** `${input:name}` and `${input:name:placeholder}`: values Copilot asks the user for. */
const INPUT_VARIABLE = /\$\{input:([\w-]+)(?::[^}]*)?\}/g;

/**
 * VS Code / Copilot prompt files (`name.prompt.md`): YAML front matter
 * (description, mode, tools, model) and a Markdown body. Links and `#file:`
 * references to other `.prompt.md` / `.instructions.md` files are includes,
 * relative to the file (a `/`-rooted path is taken from the workspace root).
 * The prompt is named by its front matter `name`, else its file stem, as `/name` runs it in chat.
 */
export const promptMdAdapter: Adapter = {
  name: 'prompt-md',
  matches: (path) => path.endsWith('.prompt.md'),
  extract({ path, text }): Extraction {
    const frontMatter = splitFrontMatter(path, text);
    const bodyOffset = text.length - frontMatter.body.length;
    const locate = lineLocator(text);
    const references: Reference[] = [];
    // Links inside code are examples (a prompt that writes instruction files shows links it will write), not includes.
    for (const match of withoutCode(frontMatter.body).matchAll(FILE_REFERENCE)) {
      const raw = safeDecode(match[1] ?? match[2]!).replace(/#.*$/, '');
      // `#file:{{name.prompt.md}}` is a template of a path, and a link to a heading of this very file is not an include.
      if (!INCLUDABLE.test(raw) || /^[a-z]+:\/\//i.test(raw) || /[{}<>$*]/.test(raw)) continue;
      const target = joinRepoPath(dirname(path), raw);
      if (target === path) continue;
      const offset = bodyOffset + match.index;
      references.push({
        kind: 'includes',
        target: { type: 'file', candidates: [target] },
        line: locate(offset),
        column: offset - text.lastIndexOf('\n', offset - 1),
        placeholder: match[0],
        label: `prompt file reference ${match[0]}`,
      });
    }
    const variables = [...frontMatter.body.matchAll(INPUT_VARIABLE)].map((match) => match[1]!);
    const meta: Record<string, unknown> = {};
    for (const key of ['description', 'mode', 'agent', 'model', 'tools', 'argument-hint'] as const) {
      const value = frontMatter.data[key];
      if (typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string')))
        meta[key] = value;
    }
    return {
      units: [
        {
          role: 'text',
          range: { start: 1, end: lineCount(text) },
          format: 'prompt-md',
          name:
            typeof frontMatter.data.name === 'string' && frontMatter.data.name.trim()
              ? frontMatter.data.name.trim()
              : path.slice(path.lastIndexOf('/') + 1, -'.prompt.md'.length),
          variables,
          text: frontMatter.body,
          meta,
        },
      ],
      references,
      diagnostics: frontMatter.diagnostics,
    };
  },
};

function safeDecode(uri: string): string {
  try {
    return decodeURI(uri);
  } catch {
    return uri;
  }
}
