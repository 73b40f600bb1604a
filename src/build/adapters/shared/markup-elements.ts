import type * as Htmlparser2 from 'htmlparser2';
import { lazyRequire } from '../../../model/lazy-require.js';
import { blank } from './delimited-text.js';
import type { MustacheSpan } from './mustache-spans.js';

const htmlparser2 = lazyRequire<typeof Htmlparser2>('htmlparser2');

/** Stands in for the characters of a `{{ … }}` while the markup is tokenised. */
const MASK = '\u0001';

/** One element of a POML or PromptL document, by character offsets into the original text. */
export interface MarkupElement {
  /** Lower-cased: POML tag names are case-insensitive. */
  name: string;
  /** Attribute values as written; one holding a `{{ … }}` is `dynamic`. */
  attributes: Record<string, string>;
  dynamic: ReadonlySet<string>;
  start: number;
  /** Offset just past the opening tag's `>`. */
  openEnd: number;
  /** Offset of the closing tag (equals `openEnd` for a self-closing element). */
  closeStart: number;
  /** Offset just past the element, closing tag included. */
  end: number;
  /** False when the document ended before the element was closed. */
  closed: boolean;
}

/**
 * The elements of an XML-like template, tokenised by htmlparser2 in XML mode.
 * `{{ … }}` expressions are masked first, so an expression such as
 * `{{ a<b }}` is never read as a tag and a `{{ x }}` attribute value is
 * marked dynamic; `<!-- -->` comments are htmlparser2's to skip.
 */
export function readElements(
  text: string,
  mustaches: readonly MustacheSpan[],
): { elements: MarkupElement[]; unterminatedTag?: number } {
  let masked = text;
  for (const span of mustaches) masked = blank(masked, span.start, span.end, MASK);
  const elements: MarkupElement[] = [];
  const open: MarkupElement[] = [];
  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name, attributes) {
        const dynamic = new Set(
          Object.entries(attributes)
            .filter(([, value]) => value.includes(MASK))
            .map(([key]) => key.toLowerCase()),
        );
        const lowered = Object.fromEntries(
          Object.entries(attributes).map(([key, value]) => [key.toLowerCase(), value]),
        );
        const element: MarkupElement = {
          name: name.toLowerCase(),
          attributes: lowered,
          dynamic,
          start: parser.startIndex,
          openEnd: parser.endIndex + 1,
          closeStart: parser.endIndex + 1,
          end: parser.endIndex + 1,
          closed: true,
        };
        elements.push(element);
        open.push(element);
      },
      onclosetag(_name, isImplied) {
        const element = open.pop();
        if (!element) return;
        const selfClosing = masked.slice(element.start, element.openEnd).endsWith('/>');
        if (isImplied && !selfClosing) element.closed = false;
        if (!selfClosing && !isImplied) {
          element.closeStart = parser.startIndex;
          element.end = parser.endIndex + 1;
        } else if (!selfClosing) element.closeStart = element.end = text.length;
      },
    },
    { xmlMode: true, recognizeSelfClosing: true, decodeEntities: true },
  );
  parser.end(masked);
  // htmlparser2 drops a tag the document ends inside (`<poml` and nothing after): the one syntax error it does not surface.
  const unterminated = /<[A-Za-z][\w:-]*(?:\s[^<>]*)?$/.exec(
    masked.replace(/<!--[\s\S]*?-->/g, (comment) => ' '.repeat(comment.length)),
  );
  return { elements, ...(unterminated ? { unterminatedTag: unterminated.index } : {}) };
}

/** The elements whose content holds `offset`, outermost first. */
export const enclosing = (elements: readonly MarkupElement[], offset: number): MarkupElement[] =>
  elements.filter((element) => element.start <= offset && offset < element.end);
