import { field, namedChildren, unwrap, type Node } from './syntax.js';
import { stringPieces } from './string-literal.js';

/** The literal-keyed entries of the dict literals spread into a call (`**{"persona": BaseAgent.persona}`). */
function entries(splats: Node[]): [string, Node][] {
  return splats.flatMap((splat) => {
    const expression = unwrap(splat);
    if (expression.type !== 'dictionary') return [];
    return namedChildren(expression).flatMap((pair): [string, Node][] => {
      const key = field(pair, 'key');
      const value = field(pair, 'value');
      const keyText = key?.type === 'string' ? stringPieces(key)?.map((piece) => (piece.kind === 'text' ? piece.value : '')).join('') : undefined;
      return keyText !== undefined && value ? [[keyText, value]] : [];
    });
  });
}

/** What a dict literal spread into `.format(…)` gives field `key`: it fills it as a keyword argument would. */
export const dictionaryEntry = (splats: Node[], key: string): Node | undefined => entries(splats).find(([name]) => name === key)?.[1];

export const dictionaryKeys = (splats: Node[]): string[] => entries(splats).map(([name]) => name);
