import type { Diagnostic } from '../../../model/schema/common.js';
import { enclosingInOrder, type MarkupElement } from './markup-elements.js';
import type { MustacheSpan } from './mustache-spans.js';
import { expressionNames } from './js-expression-names.js';

const FOR_ATTRIBUTE = /^\s*([A-Za-z_$][\w$]*)\s+in\s+([\s\S]+)$/;

/**
 * The inputs a POML document reads: names in its `{{ … }}` expressions (text
 * and attributes) and in the bare expressions of `if="…"`, `for="x in …"` and
 * `<let value="…">`, minus what the document binds itself: `<let name>`
 * anywhere, and a `for` variable (and `loop`) inside its element. The content
 * of `<let name="x">…</let>` is a literal, not a template. An expression that
 * is not JavaScript is a warning at its line.
 */
export function pomlVariables(
  file: string,
  elements: readonly MarkupElement[],
  mustaches: readonly MustacheSpan[],
  locate: (offset: number) => number,
): { variables: string[]; diagnostics: Diagnostic[] } {
  const letNames = new Set(
    elements
      .filter((element) => element.name === 'let' && element.attributes.name && !element.dynamic.has('name'))
      .map((element) => element.attributes.name!.trim()),
  );
  const loopOf = (element: MarkupElement) =>
    element.dynamic.has('for') ? undefined : FOR_ATTRIBUTE.exec(element.attributes.for ?? '');
  const variables = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const read = (expression: string, offset: number, locals: ReadonlySet<string>) => {
    const names = expressionNames(expression);
    if (!names.ok) {
      diagnostics.push({
        severity: 'warning',
        code: 'template-syntax',
        file,
        line: locate(offset),
        message: `POML expression '${expression.slice(0, 60)}' is not JavaScript (${names.message}); its variables are not read`,
      });
      return;
    }
    for (const name of names.read) if (!locals.has(name) && !letNames.has(name)) variables.add(name);
  };
  // Only `for` elements bind and only `<let>` content is literal; both are looked up by sweeping offsets in order.
  const scoping = elements.filter((element) => loopOf(element) || element.name === 'let');
  const localsAt = (enclosing: readonly MarkupElement[], self?: MarkupElement) => {
    const locals = new Set<string>();
    for (const element of enclosing) {
      const loop = loopOf(element);
      // An element's own `for` binds inside it; its iterable is read outside.
      if (loop && element !== self) locals.add(loop[1]!).add('loop');
    }
    return locals;
  };
  const aroundSpan = enclosingInOrder(scoping);
  for (const span of mustaches) {
    if (!span.closed) continue;
    const enclosing = aroundSpan(span.start);
    if (
      enclosing.some(
        (element) => element.name === 'let' && span.start >= element.openEnd && span.start < element.closeStart,
      )
    )
      continue;
    read(span.inner, span.start, localsAt(enclosing));
  }
  const aroundElement = enclosingInOrder(scoping);
  for (const element of elements) {
    const enclosing = aroundElement(element.start);
    const loop = loopOf(element);
    if (loop) read(loop[2]!, element.start, localsAt(enclosing, element));
    if (element.attributes.if !== undefined && !element.dynamic.has('if'))
      read(element.attributes.if, element.start, localsAt(enclosing));
    if (element.name === 'let' && element.attributes.value !== undefined && !element.dynamic.has('value'))
      read(element.attributes.value, element.start, localsAt(enclosing));
  }
  return { variables: [...variables].sort(), diagnostics };
}
