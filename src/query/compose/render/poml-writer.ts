import { evaluateExpression, interpolate, type Scope } from './poml-expression.js';
import { unknownValue } from './unknown-value.js';

/** An element or text of a POML document, names normalised. */
export interface PomlNode {
  type: 'element' | 'text';
  name: string;
  attributes: Record<string, string>;
  children: PomlNode[];
  text: string;
  /** The unit the node was read from, for `<include>` lookups. */
  unit: string;
}

/** One block of the written document and, when an element names one, who says it. */
export interface PomlSegment {
  speaker?: 'system' | 'human' | 'ai';
  text: string;
}

export interface WriteContext {
  scope: Scope;
  include(unit: string, src: string): PomlNode[];
  /** Markdown header level of the next caption. */
  depth: number;
}

type Piece =
  | { kind: 'inline'; text: string }
  | { kind: 'block'; text: string }
  | { kind: 'segment'; segment: PomlSegment };

/** Intentions and their default captions, from POML's component reference. */
const CAPTIONED: Record<string, string> = {
  role: 'Role',
  task: 'Task',
  outputformat: 'Output Format',
  hint: 'Hint',
  stepwiseinstructions: 'Stepwise Instructions',
  introducer: 'Introducer',
  cp: '',
  captionedparagraph: '',
};
const INLINE: Record<string, (text: string) => string> = {
  b: (text) => `**${text}**`,
  bold: (text) => `**${text}**`,
  i: (text) => `*${text}*`,
  italic: (text) => `*${text}*`,
  s: (text) => `~~${text}~~`,
  strikethrough: (text) => `~~${text}~~`,
  span: (text) => text,
  text: (text) => text,
};
const SPEAKERS: Record<string, PomlSegment['speaker']> = {
  humanmsg: 'human',
  humanmessage: 'human',
  aimsg: 'ai',
  aimessage: 'ai',
  systemmsg: 'system',
  systemmessage: 'system',
};

/** The blocks of an element's content, each a segment (its speaker set only where an element names one). */
export function writePomlBlocks(element: PomlNode, context: WriteContext): PomlSegment[] {
  return toSegments(pieces(element.children, context));
}

function toSegments(list: readonly Piece[]): PomlSegment[] {
  const segments: PomlSegment[] = [];
  let paragraph = '';
  const flush = () => {
    if (paragraph.trim()) segments.push({ text: paragraph });
    paragraph = '';
  };
  for (const piece of list) {
    if (piece.kind === 'inline') paragraph += piece.text;
    else {
      flush();
      segments.push(piece.kind === 'block' ? { text: piece.text } : piece.segment);
    }
  }
  flush();
  return segments;
}

/** Blocks only, joined: the content of a section, list item or message. */
const blocksText = (list: readonly Piece[]): string =>
  toSegments(list)
    .map((segment) => segment.text)
    .join('\n\n');

/** An element's children, whitespace filtered as POML's default `filter` mode does, loops and conditions applied. */
function pieces(children: readonly PomlNode[], context: WriteContext): Piece[] {
  const out: Piece[] = [];
  children.forEach((child, index) => {
    if (child.type === 'text') {
      let text = String(interpolate(child.text, context.scope)).replace(/\s+/g, ' ');
      if (index === 0) text = text.trimStart();
      if (index === children.length - 1) text = text.trimEnd();
      if (text.trim() || (text && isInline(children[index - 1]) && isInline(children[index + 1])))
        out.push({ kind: 'inline', text });
      return;
    }
    out.push(...expanded(child, context));
  });
  return out;
}

const isInline = (node: PomlNode | undefined): boolean =>
  node !== undefined && (node.type === 'text' || node.name in INLINE || node.name === 'code' || node.name === 'br');

/** `for` and `if` on any element, then the element itself. */
function expanded(node: PomlNode, context: WriteContext): Piece[] {
  const { for: _loop, if: _condition, ...attributes } = node.attributes;
  return instances(node, context).flatMap((scoped) => element({ ...node, attributes }, scoped));
}

/** The contexts an element renders in: none when its `if` is false, one per item of its `for`, else its own. */
function instances(node: PomlNode, context: WriteContext): WriteContext[] {
  const { for: loop, if: condition } = node.attributes;
  const unwrap = (text: string) => text.replace(/^\s*\{\{([\s\S]*)\}\}\s*$/, '$1');
  let contexts = [context];
  if (loop !== undefined) {
    const match = /^\s*([A-Za-z_$][\w$]*)\s+in\s+([\s\S]+)$/.exec(unwrap(loop));
    if (!match) throw new Error(`for="${loop}" is not "name in list"`);
    const value = evaluateExpression(match[2]!, context.scope);
    const items = Array.isArray(value) ? value : [unknownValue(`${match[2]!.trim()}[0]`)];
    contexts = items.map((item, index) => {
      const scope = new Map(context.scope);
      scope.set(match[1]!, item);
      scope.set('loop', { index, length: items.length, first: index === 0, last: index === items.length - 1 });
      return { ...context, scope };
    });
  }
  if (condition === undefined) return contexts;
  return contexts.filter((scoped) => evaluateExpression(unwrap(condition), scoped.scope));
}

function element(node: PomlNode, context: WriteContext): Piece[] {
  const attribute = (name: string): string | undefined =>
    node.attributes[name] === undefined ? undefined : String(interpolate(node.attributes[name]!, context.scope));
  const inner = (depth = context.depth) => pieces(node.children, { ...context, depth });
  if (node.name in INLINE) return [{ kind: 'inline', text: INLINE[node.name]!(inlineText(inner())) }];
  if (node.name === 'br') return [{ kind: 'inline', text: '\n' }];
  if (node.name === 'code') {
    const text = inlineText(inner());
    return attribute('inline') === 'false'
      ? [{ kind: 'block', text: `\`\`\`${attribute('lang') ?? ''}\n${text}\n\`\`\`` }]
      : [{ kind: 'inline', text: `\`${text}\`` }];
  }
  if (node.name === 'p' || node.name === 'paragraph' || node.name === 'poml')
    return [{ kind: 'block', text: blocksText(inner()) }];
  if (node.name === 'let') return defineVariable(node, context);
  if (node.name === 'include') {
    const src = attribute('src');
    if (!src) throw new Error('<include> without src');
    return pieces(context.include(node.unit, src), context);
  }
  if (node.name in CAPTIONED) return captioned(node, context, attribute);
  if (node.name === 'list') return [{ kind: 'block', text: list(node, context, attribute('liststyle') ?? 'dash') }];
  if (node.name in SPEAKERS) return speaking(SPEAKERS[node.name]!, inner());
  if (node.name === 'example' || node.name === 'examples') {
    if (attribute('chat') === 'false') throw new Error(`<${node.name} chat="false"> is not rendered`);
    return inner();
  }
  if (node.name === 'input') return speaking((attribute('speaker') as PomlSegment['speaker']) ?? 'human', inner());
  if (node.name === 'output') return speaking((attribute('speaker') as PomlSegment['speaker']) ?? 'ai', inner());
  throw new Error(`<${node.name}> is not rendered (promptgraph renders POML's text elements only)`);
}

function captioned(node: PomlNode, context: WriteContext, attribute: (name: string) => string | undefined): Piece[] {
  const caption = attribute('caption') ?? CAPTIONED[node.name]!;
  const style = attribute('captionstyle') ?? 'header';
  const content = blocksText(pieces(node.children, { ...context, depth: context.depth + 1 }));
  const speaker = attribute('speaker') as PomlSegment['speaker'];
  if (style === 'hidden' || !caption) return speaking(speaker, [{ kind: 'block', text: content }]);
  if (style !== 'header') throw new Error(`captionStyle="${style}" is not rendered`);
  return speaking(speaker, [
    { kind: 'block', text: `${'#'.repeat(context.depth)} ${caption}` },
    ...(content ? [{ kind: 'block' as const, text: content }] : []),
  ]);
}

function speaking(speaker: PomlSegment['speaker'], content: readonly Piece[]): Piece[] {
  if (!speaker) return [...content];
  return toSegments(content).map((segment) => ({
    kind: 'segment',
    segment: { ...segment, speaker: segment.speaker ?? speaker },
  }));
}

const MARKERS: Record<string, (index: number) => string> = {
  dash: () => '- ',
  star: () => '* ',
  plus: () => '+ ',
  decimal: (index) => `${index + 1}. `,
  latin: (index) => `${String.fromCharCode(97 + (index % 26))}. `,
};

function list(node: PomlNode, context: WriteContext, style: string): string {
  const marker = MARKERS[style];
  if (!marker) throw new Error(`listStyle="${style}" is not rendered`);
  const entries = node.children
    .filter((child) => child.type === 'element')
    .flatMap((child) => (child.name === 'item' || child.name === 'listitem' ? itemsOf(child, context) : []));
  if (node.children.some((child) => child.type === 'element' && child.name !== 'item' && child.name !== 'listitem'))
    throw new Error('<list> holds something other than <item>');
  const loose = entries.some((entry) => entry.nested);
  return entries
    .map((entry, index) => {
      const prefix = marker(index);
      const indent = ' '.repeat(prefix.length);
      const nested = entry.nested ? `\n\n${entry.nested.replace(/^(?=.)/gm, indent)}` : '';
      return `${prefix}${entry.text}${nested}`;
    })
    .join(loose ? '\n\n' : '\n');
}

/** An item's first paragraph, and the blocks (nested lists) under it; `for` may make several items. */
function itemsOf(item: PomlNode, context: WriteContext): { text: string; nested?: string }[] {
  return instances(item, context).map((scoped) => itemEntry(item, scoped));
}

function itemEntry(item: PomlNode, context: WriteContext): { text: string; nested?: string } {
  const content = pieces(item.children, context);
  const first = content.findIndex((piece) => piece.kind !== 'inline');
  const inline = inlineText(first === -1 ? content : content.slice(0, first));
  const rest = first === -1 ? [] : content.slice(first);
  const nested = blocksText(rest);
  return nested ? { text: inline, nested } : { text: inline };
}

const inlineText = (list: readonly Piece[]): string =>
  list.map((piece) => (piece.kind === 'inline' || piece.kind === 'block' ? piece.text : piece.segment.text)).join('');

function defineVariable(node: PomlNode, context: WriteContext): Piece[] {
  const name = node.attributes.name;
  if (node.attributes.src !== undefined) throw new Error('<let src> reads a file');
  const value =
    node.attributes.value !== undefined
      ? evaluateExpression(node.attributes.value.replace(/^\s*\{\{([\s\S]*)\}\}\s*$/, '$1'), context.scope)
      : literal(node.children.map((child) => child.text).join(''));
  if (!name) {
    if (value && typeof value === 'object')
      for (const [key, entry] of Object.entries(value)) (context.scope as Map<string, unknown>).set(key, entry);
  } else (context.scope as Map<string, unknown>).set(name, value);
  return [];
}

/** `<let>` content: JSON when it reads as JSON, else the literal text. */
function literal(text: string): unknown {
  const trimmed = text.trim();
  if (/^[[{]/.test(trimmed)) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return trimmed;
    }
  }
  return trimmed;
}
