/**
 * Parses JSON with comments and trailing commas, as tsconfig.json and jsconfig.json
 * allow. Undefined for text that is not such JSON: a broken manifest resolves nothing.
 */
export function parseJsonc(text: string): unknown {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '"') {
      const end = closingQuote(text, index);
      out += text.slice(index, end + 1);
      index = end;
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
      out += '\n';
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 1;
    } else if (char !== ',' || !/^\s*[}\]]/.test(text.slice(index + 1, index + 200))) {
      out += char;
    }
  }
  try {
    return JSON.parse(out);
  } catch {
    return undefined;
  }
}

function closingQuote(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === '"') return index;
  }
  return text.length;
}
