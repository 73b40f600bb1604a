import type { GraphNode } from '../../model/schema/scan-result.js';
import type { ChangedNode } from '../../model/schema/impact-result.js';

export type NodeRef = Pick<ChangedNode, 'id' | 'kind' | 'file' | 'symbol' | 'name' | 'range' | 'owners'>;

/** Where a node is and whose it is: the fields every impact and release entry starts with. */
export function nodeRef(node: Pick<GraphNode, keyof NodeRef>): NodeRef {
  return {
    id: node.id,
    kind: node.kind,
    file: node.file,
    ...(node.symbol ? { symbol: node.symbol } : {}),
    ...(node.name ? { name: node.name } : {}),
    range: node.range,
    owners: node.owners,
  };
}
