import type { GraphEdge, GraphNode } from '../../model/schema/scan-result.js';

/**
 * A repository's scan settled each text node's kind from its own edges; across
 * repositories a prompt nothing included at home can be a fragment another
 * repository includes. Kinds are settled again from the merged edges, as the
 * scan settles them: included → fragment, consumed or not included → prompt,
 * and a node that was a fragment stays one.
 */
export function settleMergedKinds(nodes: GraphNode[], edges: readonly GraphEdge[]): GraphNode[] {
  const included = new Set(edges.filter((edge) => edge.kind === 'includes').map((edge) => edge.to));
  const consumed = new Set(edges.filter((edge) => edge.kind === 'consumes').map((edge) => edge.to));
  return nodes.map((node) => {
    if (node.kind !== 'prompt' && node.kind !== 'fragment') return node;
    const fragment = included.has(node.id) || node.kind === 'fragment';
    const prompt = consumed.has(node.id) || !fragment;
    const roles: ('prompt' | 'fragment')[] = [
      ...(fragment ? ['fragment' as const] : []),
      ...(prompt ? ['prompt' as const] : []),
    ];
    return { ...node, kind: prompt ? 'prompt' : 'fragment', roles };
  });
}
