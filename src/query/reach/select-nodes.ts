import { acceptedGlobsMatcher } from '../../model/glob/compile-glob.js';
import type { GraphNode } from '../../model/schema/scan-result.js';
import type { PromptGraph } from '../graph/prompt-graph.js';
import { holdsSymbol } from '../../model/node-symbol.js';

export interface Selection {
  ids: string[];
  /** Set when the selector matched nothing, or a bare symbol more than one node holds: what to write instead. */
  problem?: string;
}

/** Nodes a query may start from: everything but teams, which own rather than depend. */
const selectable = (node: GraphNode): boolean => node.kind !== 'team';

/**
 * The nodes a selector names, in the order of forms a user would try: a node
 * id (`consumer:app.ts#main`, `agent:codex`); `path#symbol` (every node of that
 * symbol in the file, whatever its kind: the prompt and the consumer of one
 * function); a path (every node of the file); a glob; a prompt name; a symbol
 * name held by one file only. Sorted ids.
 */
export function selectNodes(graph: PromptGraph, selector: string): Selection {
  const nodes = graph.result.nodes.filter(selectable);
  const ids = (matched: GraphNode[]) => matched.map((node) => node.id).sort();
  if (graph.node(selector) && selectable(graph.node(selector)!)) return { ids: [selector] };
  const hash = selector.lastIndexOf('#');
  if (hash > 0) {
    const [file, symbol] = [selector.slice(0, hash), selector.slice(hash + 1)];
    const matched = nodes.filter((node) => node.file === file && holdsSymbol(node, symbol));
    return matched.length ? { ids: ids(matched) } : { ids: [], problem: `no node of symbol ${symbol} in ${file}` };
  }
  const inFile = nodes.filter((node) => node.file === selector);
  if (inFile.length) return { ids: ids(inFile) };
  if (/[*?[{]/.test(selector)) {
    const matches = acceptedGlobsMatcher([selector]);
    const matched = nodes.filter((node) => node.file && matches(node.file));
    if (matched.length) return { ids: ids(matched) };
  }
  const named = nodes.filter((node) => node.name === selector);
  if (named.length) return { ids: ids(named) };
  const bySymbol = nodes.filter((node) => node.symbol === selector);
  const files = new Set(bySymbol.map((node) => node.file));
  if (bySymbol.length && files.size === 1) return { ids: ids(bySymbol) };
  if (files.size > 1)
    return {
      ids: [],
      problem: `${selector} is a symbol of ${files.size} files (${[...files].sort().join(', ')}); write path#symbol to pick one`,
    };
  return {
    ids: [],
    problem: `'${selector}' names no node: give a node id, path#symbol, a path, a glob or a prompt name`,
  };
}
