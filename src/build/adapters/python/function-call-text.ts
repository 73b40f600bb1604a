import type { TextValue } from './python-file.js';
import { callWithArguments, type GivenArgument } from '../text-value/call-with-arguments.js';
import { callArguments, field, namedChildren, unwrap, type Node } from './syntax.js';

/**
 * A call of a function returning text (`section("Task", CLASSIFY_TASK)`), given
 * the include `reference` made of it: the include now carries each argument
 * (positional, or keyword by the parameter it names) as text of the caller, for
 * the resolver to bind to the function's parameters. The arguments' variables,
 * parameters and parameter slots are the caller's: a value known only at run
 * time shows in the composed text as written (`{ticket.body}`).
 */
export function functionCallText(
  call: Node,
  reference: TextValue | undefined,
  part: (node: Node) => TextValue,
): TextValue | undefined {
  if (!reference?.includes.length) return reference;
  const args = callArguments(call);
  // After a `*rest` argument, positions are unknown.
  const splat = namedChildren(field(call, 'arguments') ?? call).findIndex((node) => node.type === 'list_splat');
  const positional = splat < 0 ? args.positional : args.positional.slice(0, splat);
  const given: { argument: GivenArgument<number>['argument']; node: Node }[] = [
    ...positional.map((node, index) => ({ argument: { index }, node })),
    ...[...args.keywords].map(([keyword, node]) => ({ argument: { keyword }, node })),
  ];
  const values = given.map(({ node }) => {
    const expression = unwrap(node);
    return expression.type === 'integer' || expression.type === 'float'
      ? { ...part(expression), text: expression.text }
      : part(node);
  });
  return callWithArguments(
    reference,
    given.map(({ argument }, at) => ({ argument, value: values[at]! })),
  );
}
