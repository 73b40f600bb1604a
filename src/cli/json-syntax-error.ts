/** Where strict JSON text goes wrong and what JSON.parse says about it. */
export interface JsonSyntaxError {
  /** 0-based offset of the first character that is not valid JSON (the text's length when it ends too soon). */
  offset: number;
  message: string;
}

class Stop {
  constructor(readonly at: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Undefined for valid JSON; otherwise the offset of its first error. JSON.parse
 * names a position for only some errors, so the offset comes from a small
 * strict reader (RFC 8259) that stops where the text stops being JSON.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let message: string;
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    message = (error as Error).message
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/ in JSON at position \d+.*$/s, '');
  }
  let at = 0;
  const fail = (): never => {
    throw new Stop(at);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const string = () => {
    at++;
    while (at < text.length) {
      const char = text[at]!;
      if (char === '"') return void at++;
      if (char < ' ') fail();
      if (char === '\\') {
        const next = text[at + 1] ?? '';
        if ('"\\/bfnrt'.includes(next) && next) at += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) at += 6;
        else fail();
      } else at++;
    }
    fail();
  };
  const sequence = (close: string, item: () => void) => {
    at++;
    space();
    if (text[at] === close) return void at++;
    for (;;) {
      item();
      space();
      if (text[at] === close) return void at++;
      if (text[at] !== ',') fail();
      at++;
    }
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') {
      return sequence('}', () => {
        space();
        if (text[at] !== '"') fail();
        string();
        space();
        if (text[at] !== ':') fail();
        at++;
        value();
      });
    }
    if (char === '[') return sequence(']', value);
    if (char === '"') return string();
    NUMBER.lastIndex = at;
    if (NUMBER.test(text)) {
      at = NUMBER.lastIndex;
      return;
    }
    const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, at));
    if (!word) fail();
    at += word!.length;
  };
  try {
    value();
    space();
    if (at < text.length) fail();
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { offset: Math.min(error.at, text.length), message };
  }
  // JSON.parse refused what the reader accepts: say where JSON.parse said, if anywhere.
  return { offset: 0, message };
}
