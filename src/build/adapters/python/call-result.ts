import type { PythonFile, TextValue } from './python-file.js';
import { namedChildren, unwrap, type Node } from './syntax.js';
import { evaluateText, returnStatements, textOf } from './text-value.js';
import { instanceClass } from './instances.js';
import { environmentVariable } from './consumer-calls.js';

export interface CallResult {
  value: TextValue;
  /** The call's function is imported (or is itself such a call): text only if the resolver finds it returns text. */
  throughCall: boolean;
}

/**
 * The text of a declaration that is only a call of a function returning text:
 * `SYSTEM = section("Rules", RULES)`, or a function that only `return section(…)`.
 * Of a same-file text function it is text; of an imported function only the
 * resolver knows whether that function returns text, so the unit is `throughCall`
 * (kept only when the call resolves to text). A class instantiation (`llm = LLM()`)
 * or a call of anything else is no text. Undefined when the declaration is none of these.
 */
export function callResultOf(file: PythonFile, symbol: string, depth = 0): CallResult | undefined {
  if (file.callResults.has(symbol)) return file.callResults.get(symbol) ?? undefined;
  const declaration = file.declarations.get(symbol);
  if (!declaration || depth > 6 || textOf(file, symbol) || file.evaluating.has(symbol)) return undefined;
  const nodes = declaration.function
    ? returnStatements(declaration.node).map((statement) => namedChildren(statement)[0])
    : [declaration.node];
  if (!nodes.length || nodes.some((node) => !node)) return undefined;
  file.evaluating.add(symbol);
  const calls = (nodes as Node[]).map((node) => onlyCall(file, declaration.scope, node, depth));
  file.evaluating.delete(symbol);
  const result = calls.some((call) => call === undefined)
    ? undefined
    : { value: calls[0]!.value, throughCall: calls.some((call) => call!.throughCall) };
  file.callResults.set(symbol, result ?? null);
  return result;
}

function onlyCall(
  file: PythonFile,
  scope: Parameters<typeof evaluateText>[1],
  node: Node,
  depth: number,
): CallResult | undefined {
  const expression = unwrap(node);
  // `os.getenv("X")` is an environment read, which consumers.ts follows as such.
  if (
    expression.type !== 'call' ||
    instanceClass(file, scope, expression) ||
    environmentVariable(expression) !== undefined
  )
    return undefined;
  const value = evaluateText(file, scope, expression);
  const only = value?.includes.length === 1 ? value.includes[0]! : undefined;
  if (!only?.arguments || value!.text !== only.placeholder) return undefined;
  if (only.target.type === 'export') return { value: value!, throughCall: true };
  if (only.target.type !== 'local') return undefined;
  if (textOf(file, only.target.symbol)) return { value: value!, throughCall: false };
  return callResultOf(file, only.target.symbol, depth + 1) ? { value: value!, throughCall: true } : undefined;
}
