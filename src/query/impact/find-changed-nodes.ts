import type { GraphNode } from '../../model/schema/scan-result.js';
import type { ImpactGraphs } from './impact-graphs.js';
import { holdsSymbol } from '../../model/node-symbol.js';

export type ChangeStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'listed';

export interface NodeChange {
  /** Id at the head, or at the base for a removed node. */
  id: string;
  status: ChangeStatus;
  /** Id at the base when it differs (renames). */
  baseId?: string;
}

/** Nodes whose own source can change: prompt text, the code that consumes it, and the contracts that govern it. */
const TRACKED = new Set(['prompt', 'fragment', 'consumer', 'contract']);
const tracked = (node: GraphNode): boolean => TRACKED.has(node.kind) && node.file !== '';

/**
 * The nodes a change touches, at line precision: only nodes in changed files
 * are compared, and a node changed when its source lines (hash) or text differ,
 * so editing one constant among ten changes that one, and an edit outside every
 * node changes none. Renamed files match nodes by symbol under the new path.
 * Without a base (`--files`) every node in a listed file counts as changed, or
 * with `path#symbol` only that symbol's nodes.
 * A node outside the changed files changes only when its own text does (a view
 * of an inherited member, copied from the ancestor's file).
 */
export function findChangedNodes(
  graphs: ImpactGraphs,
  changedFiles: readonly string[],
  renames: readonly { from: string; to: string }[] = [],
  symbols: Readonly<Record<string, string[]>> = {},
): NodeChange[] {
  const files = new Set(changedFiles);
  const headNodes = graphs.head.result.nodes.filter((node) => tracked(node) && files.has(node.file));
  if (!graphs.base)
    return headNodes
      .filter((node) => !symbols[node.file]?.length || symbols[node.file]!.some((symbol) => holdsSymbol(node, symbol)))
      .map((node) => ({ id: node.id, status: 'listed' }));

  const base = graphs.base;
  const renamedFrom = new Map(renames.map((rename) => [rename.to, rename.from]));
  const changes: NodeChange[] = [];
  const matchedBase = new Set<string>();
  for (const node of headNodes) {
    const sameId = base.node(node.id);
    const oldFile = renamedFrom.get(node.file);
    const renamed =
      !sameId && oldFile !== undefined
        ? (base.result.nodes.find(
            (candidate) =>
              candidate.file === oldFile && candidate.kind === node.kind && candidate.symbol === node.symbol,
          ) ??
          base.result.nodes.find(
            (candidate) => candidate.file === oldFile && tracked(candidate) && candidate.symbol === node.symbol,
          ))
        : undefined;
    const before = sameId ?? renamed;
    if (!before) {
      changes.push({ id: node.id, status: 'added' });
      continue;
    }
    matchedBase.add(before.id);
    if (renamed) changes.push({ id: node.id, status: 'renamed', baseId: renamed.id });
    else if (before.hash !== node.hash || before.text !== node.text) changes.push({ id: node.id, status: 'modified' });
  }
  // A subclass's view of an inherited method is placed in the subclass's file but holds the ancestor's text:
  // editing that text in the ancestor's file changes the view, whose own file the change never touched.
  for (const node of graphs.head.result.nodes) {
    if (!tracked(node) || files.has(node.file) || node.text === undefined) continue;
    const before = base.node(node.id);
    if (before && before.text !== node.text) changes.push({ id: node.id, status: 'modified' });
  }
  const renamedAway = new Set(renames.map((rename) => rename.from));
  for (const node of base.result.nodes) {
    if (!tracked(node) || matchedBase.has(node.id) || graphs.head.node(node.id)) continue;
    if (files.has(node.file) || renamedAway.has(node.file)) changes.push({ id: node.id, status: 'removed' });
  }
  return pairMoves(graphs, changes).sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
}

/**
 * A node removed from one file and added, with the same symbol and source, in
 * another was moved, even when git saw no rename (an untracked copy in the
 * working tree, or a file that changed too much around it).
 */
function pairMoves(graphs: ImpactGraphs, changes: NodeChange[]): NodeChange[] {
  const removed = changes.filter((change) => change.status === 'removed');
  const paired = new Set<string>();
  const result = changes.map((change) => {
    if (change.status !== 'added') return change;
    const node = graphs.head.node(change.id)!;
    const match = removed.find((candidate) => {
      const before = graphs.base!.node(candidate.id)!;
      return (
        !paired.has(candidate.id) &&
        before.kind === node.kind &&
        before.symbol === node.symbol &&
        before.hash === node.hash &&
        before.file !== node.file
      );
    });
    if (!match) return change;
    paired.add(match.id);
    return { id: change.id, status: 'renamed' as const, baseId: match.id };
  });
  return result.filter((change) => !(change.status === 'removed' && paired.has(change.id)));
}
