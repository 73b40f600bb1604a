import type { ts } from 'ts-morph';
import type { ParamRef, Scope, TextValue, TsFile } from './ts-file.js';
import { callWithArguments, type GivenArgument } from '../text-value/call-with-arguments.js';
import { api } from './load-typescript.js';
import { unwrap } from './syntax.js';
import { reference } from './references.js';
import { optionValues } from './options.js';

/**
 * A call of a function returning text (`section('Task', CLASSIFY_TASK)`): an
 * include of the function under the call as written, carrying each argument as
 * text of the caller for the resolver to bind to the function's parameters. An
 * options-object argument gives one argument per property. The arguments'
 * variables, parameters and parameter slots are the caller's: a value known only
 * at run time shows in the composed text as written (`${ticket.body}`).
 */
export function functionCallText(
  file: TsFile,
  scope: Scope | undefined,
  call: ts.CallExpression,
  part: (node: ts.Node) => TextValue,
): TextValue | undefined {
  const value = reference(file, scope, call);
  if (!value) return undefined;
  const t = api();
  const args: GivenArgument<ParamRef>[] = [];
  for (const [index, argument] of call.arguments.entries()) {
    // After a spread, positions are unknown.
    if (t.isSpreadElement(argument)) break;
    const properties = optionValues(file, scope, argument);
    const keyed = properties.size
      ? [...properties].map(([key, node]) => ({ key, node }))
      : [{ key: undefined, node: argument }];
    for (const { key, node } of keyed) {
      const expression = unwrap(node);
      const text = t.isNumericLiteral(expression) ? { ...part(expression), text: expression.text } : part(node);
      args.push({ argument: { index, ...(key !== undefined ? { key } : {}) }, value: text });
    }
  }
  return callWithArguments(value, args);
}
