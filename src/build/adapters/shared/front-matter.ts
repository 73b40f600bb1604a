import { readYaml } from '../../../model/read-yaml.js';
import type { Diagnostic } from '../../../model/schema/common.js';

export interface FrontMatter {
  /** Parsed YAML, or `{}` when absent or malformed. */
  data: Record<string, unknown>;
  /** The text after the closing `---`. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  diagnostics: Diagnostic[];
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/**
 * Splits `---` YAML front matter from a template body. Malformed YAML is a
 * diagnostic at the file's own line and column; the body is still returned so
 * the rest of the file is scanned.
 */
export function splitFrontMatter(file: string, text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, body: text, bodyLine: 1, diagnostics: [] };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return {
      data: {},
      body: text,
      bodyLine: 1,
      diagnostics: [
        {
          severity: 'error',
          code: 'malformed-front-matter',
          file,
          line: 1,
          column: 1,
          message: 'front matter opened with --- is never closed; add a closing --- line',
        },
      ],
    };
  }
  const yamlText = rest.slice(0, closing.index);
  const afterClosing = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  const bodyLine = 2 + countNewlines(yamlText) + 1;
  const { problems, value } = readYaml(yamlText);
  const diagnostics: Diagnostic[] = problems.map((problem) => ({
    severity: 'error',
    code: 'malformed-front-matter',
    file,
    line: problem.line + 1,
    column: problem.column,
    message: `front matter is not valid YAML: ${problem.message}`,
  }));
  const parsed = diagnostics.length ? {} : value;
  const data =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { data, body: afterClosing, bodyLine, diagnostics };
}

const countNewlines = (text: string): number => (text.match(/\n/g) ?? []).length;
