import type { ts } from 'ts-morph';
import type { Scope, TextValue, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { literalText, unwrap } from './syntax.js';
import { optionValues } from './options.js';
import { concat } from '../text-value/text-value.js';

const ROLE = /^(system|developer|human|user|ai|assistant)$/;
const INSTRUCTING = new Set(['system', 'developer']);

/**
 * The text of a message list built as a value (`return [{ role: 'system', content: [A, B].join('\n\n') }]`,
 * LangChain `['system', TEXT]` tuples, content parts `{ type: 'text', text }`): the
 * messages' texts, one after the other. A function returning one is a prompt
 * builder like a function returning a string. Undefined unless a system or
 * developer message is among them: user and assistant turns alone are a
 * conversation being passed along, not a prompt.
 */
export function messagesValue(
  file: TsFile,
  scope: Scope | undefined,
  elements: readonly ts.Node[],
  part: (node: ts.Node) => TextValue,
): TextValue | undefined {
  const t = api();
  const texts: TextValue[] = [];
  let instructing = false;
  for (const element of elements) {
    const expression = unwrap(element);
    const tupleRole =
      t.isArrayLiteralExpression(expression) && expression.elements.length === 2
        ? literalText(expression.elements[0])
        : undefined;
    if (t.isArrayLiteralExpression(expression) && tupleRole && ROLE.test(tupleRole)) {
      instructing ||= INSTRUCTING.has(tupleRole);
      texts.push(part(expression.elements[1]!));
      continue;
    }
    const values = t.isObjectLiteralExpression(expression) ? optionValues(file, scope, expression) : undefined;
    const content = values?.get('content');
    if (!values?.has('role') || !content) continue;
    instructing ||= INSTRUCTING.has(literalText(values.get('role')) ?? '');
    const parts = unwrap(content);
    // `content: [{ type: 'text', text: PROMPT }]`: each text part.
    if (t.isArrayLiteralExpression(parts))
      texts.push(
        ...parts.elements.flatMap((item) => {
          const text = t.isObjectLiteralExpression(unwrap(item))
            ? optionValues(file, scope, item).get('text')
            : undefined;
          return text ? [part(text)] : [];
        }),
      );
    else texts.push(part(content));
  }
  return instructing ? concat(texts, '\n\n') : undefined;
}
