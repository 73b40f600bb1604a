import type { Diagnostic } from '../../../model/schema/common.js';

/** A declaration the text evaluator may be in the middle of. */
interface Member {
  /** A function returning text: calling itself is recursion, which code does on purpose. */
  function: boolean;
  line: number;
}

/**
 * Reports that evaluating `symbol` reached `symbol` again: `evaluating` holds the
 * declarations being evaluated, outermost first (a Set keeps insertion order, and
 * the evaluators add and remove in stack order), so the loop is `symbol` and every
 * one after it. A constant built from itself (`PERSONA = persona("T",
 * body=PERSONA)`) or two constants built from each other (`const A = B + "x";
 * const B = A + "y"`) has no text at run time (Python raises NameError, TypeScript
 * a ReferenceError or `undefined`): the evaluator reads the reference as unknown
 * and says so here, once per loop, at the first member's line. A loop through a
 * function is recursion, legitimate code, and is not reported.
 */
export function reportSelfReference(
  diagnostics: Diagnostic[],
  path: string,
  evaluating: Iterable<string>,
  symbol: string,
  memberOf: (symbol: string) => Member | undefined,
): void {
  const stack = [...evaluating];
  const loop = stack.slice(stack.indexOf(symbol));
  const members = loop.map(memberOf);
  if (!loop.length || members.some((member) => !member || member.function)) return;
  const cycle = [...loop, symbol].join(' → ');
  const message =
    loop.length === 1
      ? `${symbol} refers to itself (${cycle}): its text is read without that reference`
      : `${[...loop].sort().join(', ')} refer to each other (${cycle}): their text is read without the reference that closes the loop`;
  if (diagnostics.some((diagnostic) => diagnostic.code === 'self-reference' && diagnostic.message === message)) return;
  diagnostics.push({ severity: 'warning', code: 'self-reference', file: path, line: members[0]!.line, message });
}
