import type { Diagnostic } from '../../model/schema/common.js';

export type TextRead = { ok: true; text: string; diagnostic?: Diagnostic } | { ok: false; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lossyUtf8 = new TextDecoder('utf-8');

/**
 * Turns a file's bytes into text the adapters can trust. UTF-16 (by its BOM, or
 * by where its NUL bytes sit) is decoded and said; binary files (a NUL byte
 * early on) and files over the size limit are refused; text that is not valid
 * UTF-8 is decoded with replacement characters and reported, so nothing is lost silently.
 */
export function readText(file: string, bytes: Buffer, maxBytes: number): TextRead {
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      diagnostic: {
        severity: 'warning',
        code: 'file-too-large',
        file,
        line: 0,
        message: `skipped: ${bytes.length} bytes is over the ${maxBytes}-byte limit (raise maxFileBytes in promptgraph.config.yaml to scan it)`,
      },
    };
  }
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16, { fatal: false }).decode(bytes);
    return {
      ok: true,
      text: stripBom(text),
      diagnostic: {
        severity: 'info',
        code: 'utf16',
        file,
        line: 1,
        message: `read as ${utf16.toUpperCase()}: most tools that load prompts expect UTF-8; re-save it as UTF-8 if yours does`,
      },
    };
  }
  if (bytes.subarray(0, 8000).includes(0)) {
    return {
      ok: false,
      diagnostic: {
        severity: 'warning',
        code: 'binary-file',
        file,
        line: 0,
        message: 'skipped: the file is binary (it has NUL bytes), yet its name looks like a prompt',
      },
    };
  }
  const text = decode(bytes);
  if (text !== undefined) return { ok: true, text: stripBom(text) };
  return {
    ok: true,
    text: stripBom(lossyUtf8.decode(bytes)),
    diagnostic: {
      severity: 'warning',
      code: 'non-utf8',
      file,
      line: firstInvalidLine(bytes),
      message: 'the file is not valid UTF-8: invalid bytes were read as U+FFFD; re-save it as UTF-8',
    },
  };
}

/**
 * UTF-16 text, by its byte-order mark, or without one when the NUL bytes of
 * the first 8,000 all sit on one side of each 16-bit unit and make up at least
 * a quarter of that side (ASCII written as UTF-16 has one on every unit). NUL
 * bytes elsewhere mean binary.
 */
function utf16Encoding(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = bytes.subarray(0, 8000 - (Math.min(bytes.length, 8000) % 2));
  if (head.length < 16) return undefined;
  const nuls = [0, 0];
  for (let index = 0; index < head.length; index++) if (head[index] === 0) nuls[index % 2]!++;
  const units = head.length / 2;
  const guess =
    nuls[0] === 0 && nuls[1]! >= units / 4
      ? 'utf-16le'
      : nuls[1] === 0 && nuls[0]! >= units / 4
        ? 'utf-16be'
        : undefined;
  // Text, not binary that happens to fit: valid UTF-16 with no control character but tab and line breaks.
  if (!guess) return undefined;
  try {
    return CONTROL.test(new TextDecoder(guess, { fatal: true }).decode(head)) ? undefined : guess;
  } catch {
    return undefined;
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

function decode(bytes: Buffer): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function firstInvalidLine(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      if (decode(bytes.subarray(start, index)) === undefined) return line;
      line++;
      start = index + 1;
    }
  }
  return 1;
}
