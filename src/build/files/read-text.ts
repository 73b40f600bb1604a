import type { Diagnostic } from '../../model/schema/common.js';

export type TextRead = { ok: true; text: string; diagnostic?: Diagnostic } | { ok: false; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lossyUtf8 = new TextDecoder('utf-8');

/**
 * Turns a file's bytes into text the adapters can trust. Binary files (a NUL byte
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
