/**
 * Python slices (`messages[1:]`, `items[:-1]`, `text[::-1]`) rewritten to an
 * index nunjucks parses, same length and the same names read: each `:` of a
 * subscript becomes `+` before an operand (`[a:b]` → `[a+b]`, `[:2]` → `[+2]`)
 * or a space where its operand is omitted (`[1:]` → `[1 ]`). Chat templates
 * slice constantly; without this every such tag would be set aside. A `[`
 * is a subscript when it follows a name, `]`, `)` or a string; colons inside
 * nested brackets (a dict literal) and strings are left alone.
 */
export function withoutSlices(source: string): string {
  const chars = [...source];
  const subscripts: boolean[] = [];
  let quote: string | undefined;
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '(' || char === '{')
      subscripts.push(char === '[' && /[\w\])'"]/.test(previousNonSpace(chars, index)));
    else if (char === ']' || char === ')' || char === '}') subscripts.pop();
    else if (char === ':' && subscripts[subscripts.length - 1])
      chars[index] = /[\]:]/.test(nextNonSpace(chars, index)) ? ' ' : '+';
  }
  return chars.join('');
}

function previousNonSpace(chars: readonly string[], index: number): string {
  for (let at = index - 1; at >= 0; at--) if (!/\s/.test(chars[at]!)) return chars[at]!;
  return '';
}

function nextNonSpace(chars: readonly string[], index: number): string {
  for (let at = index + 1; at < chars.length; at++) if (!/\s/.test(chars[at]!)) return chars[at]!;
  return '';
}
