import type { Node, Tree } from 'web-tree-sitter';

/**
 * The parent of a tree-sitter node, in constant time once its tree is indexed.
 * tree-sitter's own `node.parent` walks down from the root, through
 * every child before the node at each level (ts_node_parent), so it costs the
 * width of every level on the path: after one 400,000-token line (an error node
 * per token at the top level) every `.parent` below it cost 400,000 steps, and a
 * scan that asks for a few parents per expression became quadratic (issue 17, fuzz
 * seed 1 input #58). This index walks the tree once, with a cursor (about a
 * microsecond a node), the first time a parent in it is asked for; every upward
 * step in the adapter goes through `parentOf`
 * (test/adapters/python/parent-index.test.ts checks that no `.parent` is left).
 */
class ParentIndex {
  private readonly parents = new Map<number, Node>();

  constructor(root: Node) {
    // Node objects only for the nodes that have children (the parents); a leaf is known by its id alone.
    const cursor = root.walk();
    try {
      const ancestors = [root];
      if (!cursor.gotoFirstChild()) return;
      for (;;) {
        this.parents.set(cursor.nodeId, ancestors[ancestors.length - 1]!);
        if (cursor.gotoFirstChild()) {
          cursor.gotoParent();
          ancestors.push(cursor.currentNode);
          cursor.gotoFirstChild();
          continue;
        }
        while (!cursor.gotoNextSibling()) {
          cursor.gotoParent();
          ancestors.pop();
          if (ancestors.length === 0) return;
        }
      }
    } finally {
      cursor.delete();
    }
  }

  parentOf(node: Node): Node | null {
    // A node the walk did not meet (none should be): tree-sitter's own answer.
    return this.parents.get(node.id) ?? node.parent;
  }
}

// One index per parsed tree; nodes are fresh objects on every access, but each keeps its tree.
const indexes = new WeakMap<Tree, ParentIndex>();

/** The node's parent (null for the root), as `node.parent` answers, without its cost on wide trees. */
export function parentOf(node: Node): Node | null {
  let index = indexes.get(node.tree);
  if (!index) {
    index = new ParentIndex(node.tree.rootNode);
    indexes.set(node.tree, index);
  }
  return index.parentOf(node);
}
