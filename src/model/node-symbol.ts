import type { GraphNode } from './schema/scan-result.js';

/** `path#symbol` names the symbol and its members (`Agent` covers `Agent.system`), in `--files` and in selectors. */
export const holdsSymbol = (node: Pick<GraphNode, 'symbol'>, symbol: string): boolean =>
  node.symbol === symbol || Boolean(node.symbol?.startsWith(`${symbol}.`));
