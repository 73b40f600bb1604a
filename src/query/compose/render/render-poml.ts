import type * as Htmlparser2 from 'htmlparser2';
import { lazyRequire } from '../../../model/lazy-require.js';
import { messagesText } from './dotprompt-messages.js';
import { interpolate, type Scope } from './poml-expression.js';
import { writePomlBlocks, type PomlNode, type PomlSegment } from './poml-writer.js';
import { MissingTemplate, type IncludeTags, type TemplateSources } from './template-sources.js';

const htmlparser2 = lazyRequire<typeof Htmlparser2>('htmlparser2');

/** POML's include tag: `<include src="…"/>`, loaded from the including file. */
export const POML_TAGS: IncludeTags = {
  isTag: (placeholder) => /^<include\b/i.test(placeholder),
  names: (placeholder) => {
    const match = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(placeholder);
    return match ? [match[1] ?? match[2]!] : [];
  },
};

/**
 * Renders a POML document by its documented element semantics (POML's own
 * renderer, `pomljs`, is not installable here): captioned intentions
 * (`<role>`, `<task>`, `<output-format>`, `<hint>`, `<cp caption>`…) as
 * Markdown headers, paragraphs, lists, inline styles, `<let>`, `for`/`if`,
 * `<include>`, examples and explicit messages, speakers assigned as POML's
 * writer does. Elements that read files or need POML's stylesheet (documents,
 * tables, images without `alt`, tools) throw, so the caller keeps the
 * concatenated text and names the element.
 */
export function renderPoml(sources: TemplateSources, rootId: string, variables?: Record<string, unknown>): string {
  const text = sources.source(rootId);
  const roots = parsePoml(text, rootId);
  const poml = roots.find((node) => node.type === 'element' && node.name === 'poml');
  // Without a <poml> root a document is POML's free text: written as it stands.
  if (!poml) return text.trim();
  const scope: Scope = new Map(Object.entries(variables ?? {}));
  const include = (unit: string, src: string): PomlNode[] => {
    const target = sources.resolve(unit, src);
    if (target === undefined) throw new MissingTemplate(`<include src="${src}"> of ${unit} is not in the graph`);
    const nodes = parsePoml(sources.source(target), target);
    const root = nodes.find((node) => node.type === 'element' && node.name === 'poml');
    return root ? root.children : nodes;
  };
  const segments: PomlSegment[] = writePomlBlocks(poml, { scope, include, depth: 1 });
  return messagesText(assignSpeakers(segments));
}

/** Stands around the index of a hidden `{{ … }}` while the markup is parsed. */
const MASK = String.fromCharCode(1);
const MASKED = new RegExp(`${MASK}(\\d+)${MASK}`, 'g');

/** The document as a tree; `{{ … }}` expressions are hidden from the parser, so `{{ a<b }}` is never read as a tag. */
export function parsePoml(text: string, unit: string): PomlNode[] {
  const expressions: string[] = [];
  const masked = text.replace(/\{\{[\s\S]*?\}\}/g, (match) => `${MASK}${expressions.push(match) - 1}${MASK}`);
  const unmask = (value: string) => value.replace(MASKED, (_match, index: string) => expressions[Number(index)]!);
  const document = htmlparser2().parseDocument(masked, { xmlMode: true, decodeEntities: false });
  const convert = (node: {
    type: string;
    name?: string;
    attribs?: Record<string, string>;
    children?: unknown[];
    data?: string;
  }): PomlNode[] => {
    if (node.type === 'text')
      return [
        { type: 'text', name: '', attributes: {}, children: [], text: unescapePoml(unmask(node.data ?? '')), unit },
      ];
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return [];
    return [
      {
        type: 'element',
        name: normalizeName(node.name ?? ''),
        attributes: Object.fromEntries(
          Object.entries(node.attribs ?? {}).map(([key, value]) => [
            key.toLowerCase().replace(/-/g, ''),
            unescapePoml(unmask(value)),
          ]),
        ),
        children: (node.children ?? []).flatMap((child) => convert(child as Parameters<typeof convert>[0])),
        text: '',
        unit,
      },
    ];
  };
  return document.children.flatMap((child) => convert(child as unknown as Parameters<typeof convert>[0]));
}

/** POML names are case-insensitive, kebab or camel: `output-format`, `OutputFormat`, `outputFormat`. */
const normalizeName = (name: string): string => name.toLowerCase().replace(/-/g, '');

/** POML's escapes (`#quot;`, `#lt;`…), which stand in for XML's entities. */
const ESCAPES: Record<string, string> = {
  quot: '"',
  apos: "'",
  amp: '&',
  lt: '<',
  gt: '>',
  hash: '#',
  lbrace: '{',
  rbrace: '}',
};
const unescapePoml = (text: string): string =>
  text.replace(/#(quot|apos|amp|lt|gt|hash|lbrace|rbrace);/g, (_match, name: string) => ESCAPES[name]!);

/**
 * POML's writer: content is the system's until a human speaks, then the
 * human's; consecutive blocks of one speaker are one message; a document
 * that is one system message nobody asked for is the human's.
 */
function assignSpeakers(segments: readonly PomlSegment[]): { role: string; text: string }[] {
  let fallback = 'system';
  let systemAsked = false;
  const messages: { role: string; blocks: string[] }[] = [];
  for (const segment of segments) {
    if (segment.speaker === 'system') systemAsked = true;
    if (segment.speaker === 'human') fallback = 'human';
    const role = segment.speaker ?? fallback;
    const last = messages[messages.length - 1];
    if (last?.role === role) last.blocks.push(segment.text);
    else messages.push({ role, blocks: [segment.text] });
  }
  if (messages.length === 1 && messages[0]!.role === 'system' && !systemAsked) messages[0]!.role = 'human';
  const written = messages.map((message) => ({ role: message.role, text: message.blocks.join('\n\n') }));
  // A lone human message is the text itself, as a lone user message is for Dotprompt.
  return written.map((message) =>
    written.length === 1 && message.role === 'human' ? { role: 'user', text: message.text } : message,
  );
}

export { interpolate };
