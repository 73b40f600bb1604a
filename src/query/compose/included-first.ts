import type { PromptGraph } from '../graph/prompt-graph.js';

/**
 * `id` and every unit its include tree reaches, the included before the
 * including (post-order), leaving out units `skip` names and what only they
 * reach. Depth first with an explicit stack: an include chain of any depth takes
 * no stack. An edge back to a unit still open (a cycle) is not followed again.
 */
export function includedFirst(graph: PromptGraph, id: string, skip: (member: string) => boolean): string[] {
  if (skip(id)) return [];
  const order: string[] = [];
  const seen = new Set<string>([id]);
  const stack: { node: string; targets: string[]; next: number }[] = [];
  const enter = (node: string) =>
    stack.push({ node, targets: graph.outgoing(node, ['includes']).map((edge) => edge.to), next: 0 });
  enter(id);
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    if (frame.next === frame.targets.length) {
      stack.pop();
      order.push(frame.node);
      continue;
    }
    const target = frame.targets[frame.next++]!;
    if (seen.has(target) || skip(target)) continue;
    seen.add(target);
    enter(target);
  }
  return order;
}
