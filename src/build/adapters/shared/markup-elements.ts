import type * as Htmlparser2 from 'htmlparser2';
import { lazyRequire } from '../../../model/lazy-require.js';
import { blankRanges } from './delimited-text.js';
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
  const masked = blankRanges(
    text,
    mustaches.map((span) => [span.start, span.end] as const),
    MASK,
  );
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

/**
 * `enclosing(elements, offset)` for offsets asked in ascending order: the
 * elements whose content holds `offset`, outermost first. One pass over the
 * elements (in document order) with a stack of the open ones, instead of a look
 * through every element per offset (elements × offsets on a long template).
 */
export function enclosingInOrder(elements: readonly MarkupElement[]): (offset: number) => MarkupElement[] {
  const open: MarkupElement[] = [];
  let next = 0;
  const close = (offset: number) => {
    while (open.length && open[open.length - 1]!.end <= offset) open.pop();
  };
  return (offset) => {
    for (; next < elements.length && elements[next]!.start <= offset; next++) {
      close(elements[next]!.start);
      open.push(elements[next]!);
    }
    close(offset);
    return open.filter((element) => element.start <= offset && offset < element.end);
  };
}
