import type { GraphEdge, IncludeExpansion, TextOperation } from './schema/scan-result.js';

/** Where an include edge puts its target's text into `from`: each expansion, or the edge's one placeholder; none for a dependency with no place in the text. */
export const expansionsOf = (edge: GraphEdge): IncludeExpansion[] =>
  edge.expansions ?? (edge.placeholder ? [{ placeholder: edge.placeholder, bindings: [] }] : []);

/** A Map, not an object literal: an operation name must never find an Object.prototype member. */
const OPERATIONS = new Map<TextOperation, (text: string) => string>([
  ['trim', (text) => text.trim()],
  ['trimStart', (text) => text.trimStart()],
  ['trimEnd', (text) => text.trimEnd()],
]);

/** The argument's text as the function writes it: `${body.trim()}` gets the argument trimmed. */
export function applyOperations(text: string, operations: readonly TextOperation[] | undefined): string {
  return (operations ?? []).reduce((current, operation) => OPERATIONS.get(operation)?.(current) ?? current, text);
}
