import type { ImpactResult } from '../../model/schema/impact-result.js';
import { oneLine } from './markdown-escape.js';

/** More nodes than this make a diagram GitHub renders too small to read. */
export const MERMAID_NODE_LIMIT = 60;

/**
 * A Mermaid flowchart of the blast radius: changed nodes in one style, affected
 * in another, one edge per step of each node's path back to the change. Node
 * labels are quoted and escaped so prompt ids cannot break the diagram. At
 * most `limit` nodes are drawn; one more node says how many are not.
 */
export function impactMermaid(result: ImpactResult, limit = MERMAID_NODE_LIMIT): string {
  const changed = result.changed.slice(0, limit);
  const affected = result.affected.slice(0, Math.max(0, limit - changed.length));
  const ids = new Map<string, string>();
  const key = (id: string): string => {
    if (!ids.has(id)) ids.set(id, `n${ids.size}`);
    return ids.get(id)!;
  };
  const lines = ['flowchart LR'];
  for (const node of changed) lines.push(`  ${key(node.id)}["${label(node.id, node.kind)}"]:::changed`);
  for (const node of affected) lines.push(`  ${key(node.id)}["${label(node.id, node.kind)}"]:::affected`);
  const edges = new Set<string>();
  for (const node of affected) {
    const from = node.path[node.path.length - 2]!;
    if (!ids.has(from)) continue;
    edges.add(`  ${key(from)} -->|${node.via}| ${key(node.id)}`);
  }
  lines.push(...[...edges].sort());
  const left = result.changed.length - changed.length + result.affected.length - affected.length;
  if (left) lines.push(`  more["… ${left} more nodes (see the JSON report)"]:::affected`);
  lines.push(
    '  classDef changed fill:#ffd8a8,stroke:#e8590c,color:#000',
    '  classDef affected fill:#d0ebff,stroke:#1c7ed6,color:#000',
  );
  return lines.join('\n');
}

/** Mermaid's entity codes keep quotes, angle brackets and pipes from ending the label; the name stays on one line. */
function label(id: string, kind: string): string {
  // A line break would end the node's line; a right-to-left override would reverse what follows.
  const escaped = oneLine(id).replace(/["<>|#&`]/g, (char) => `#${char.charCodeAt(0)};`);
  return `${escaped}<br/><i>${kind}</i>`;
}
