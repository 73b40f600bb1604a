/**
 * An upper bound on how deeply a YAML text nests, found in one pass over its
 * characters without parsing: flow brackets (outside quotes and comments), and
 * for block collections two levels per indentation step (a sequence may sit at
 * its key's own indentation) plus each compact `- `/`? ` indicator that opens a
 * line. Block scalars (`|`, `>`) are skipped. The parser recurses once per
 * level and V8 can die outright, not throw, when it runs out of stack inside a
 * regular expression, so a text is measured before it is parsed.
 */
export function yamlNestingBound(text: string): number {
  const indents: number[] = [];
  let flow = 0;
  let deepest = 0;
  let blockScalarIndent = -1;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const indent = line.length - line.trimStart().length;
    const content = line.slice(indent);
    if (blockScalarIndent >= 0) {
      if (content === '' || indent > blockScalarIndent) continue;
      blockScalarIndent = -1;
    }
    if (content === '' || content.startsWith('#')) continue;
    let block = 0;
    let start = 0;
    if (flow === 0) {
      while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      for (; /^[-?][ \t]/.test(content.slice(start, start + 2)); start += 2) block++;
      block += 2 * indents.length;
    }
    flow = flowDepthAfter(content, start, flow, (depth) => {
      deepest = Math.max(deepest, block + depth);
    });
    deepest = Math.max(deepest, block + flow);
    if (flow === 0 && /(?:^|[\s:-])[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(content)) blockScalarIndent = indent;
  }
  return deepest;
}

/** Walks one line's flow brackets from `depth`, calling `reached` at each opening; quotes and comments are skipped. */
function flowDepthAfter(content: string, start: number, depth: number, reached: (depth: number) => void): number {
  let current = depth;
  for (let index = start; index < content.length; index++) {
    const char = content[index]!;
    if (char === '#' && (index === 0 || /\s/.test(content[index - 1]!))) break;
    if (char === '"' || char === "'") {
      index = closingQuote(content, index, char);
      continue;
    }
    if (char === '[' || char === '{') reached(++current);
    else if ((char === ']' || char === '}') && current > 0) current--;
  }
  return current;
}

function closingQuote(content: string, open: number, quote: string): number {
  for (let index = open + 1; index < content.length; index++) {
    if (quote === '"' && content[index] === '\\') index++;
    else if (content[index] === quote) {
      if (quote === "'" && content[index + 1] === "'") index++;
      else return index;
    }
  }
  return content.length;
}
