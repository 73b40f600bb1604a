import type { AuditRule } from '../audit-rule.js';
import type { PromptGraph } from '../../graph/prompt-graph.js';
import type { GraphNode } from '../../../model/schema/scan-result.js';
import { isLocalPromptText } from '../node-traits.js';
import { at, nodeLabel } from '../message-parts.js';

/** Copilot `.prompt.md` and instructions files are used by the editor, never by the repository's code. */
const EDITOR_FORMATS = new Set(['prompt-md']);

/**
 * Prompt text no consumer uses, directly or through what includes it. Only the
 * top of a dead chain is reported: a fragment included by an orphan is covered
 * by the orphan's finding (except inside a cycle, where every member is a top).
 */
export const orphanPrompt: AuditRule = {
  id: 'orphan-prompt',
  title: 'Prompt no code uses',
  description:
    "A prompt or fragment that no consumer promptgraph follows loads or sends, directly or through a prompt that includes it. It may be dead, sent through code promptgraph does not follow (the project's own client, a helper function), loaded at run time by a name promptgraph cannot see (add a `loaders` entry to the config), or used only by a registry or tool outside the repository: check before removing it.",
  defaultSeverity: 'info',
  check({ result, graph }) {
    return result.nodes
      .filter(
        (node) => isLocalPromptText(node) && !EDITOR_FORMATS.has(node.format) && !node.flags?.includes('rendered-file'),
      )
      .filter((node) => !reachesConsumer(graph, node) && isTopOfChain(graph, node))
      .map((node) => {
        const evaluatedBy = graph.incoming(node.id, ['evaluates']).map((edge) => edge.from);
        return {
          ...at(node),
          nodes: [node.id],
          // Never "delete it": code promptgraph does not follow (the project's own client, a helper, a name built at run time) may send it.
          message: `${node.kind} ${nodeLabel(node)}: no consumer found (no model call, loader or including prompt that promptgraph follows reaches it)${evaluatedBy.length ? `; only evals reference it: ${evaluatedBy.join(', ')}` : ''}. Before removing it, check whether code sends it another way: through the project's own client or a helper, or by a name built at run time (add a loaders entry)`,
        };
      });
  },
};

/** Walks towards users: who includes or consumes it, transitively; feeds do not count as use. */
function reachesConsumer(graph: PromptGraph, node: GraphNode): boolean {
  const seen = new Set([node.id]);
  const stack = [node.id];
  while (stack.length) {
    for (const edge of graph.incoming(stack.pop()!, ['includes', 'consumes'])) {
      if (graph.node(edge.from)?.kind === 'consumer') return true;
      if (!seen.has(edge.from)) {
        seen.add(edge.from);
        stack.push(edge.from);
      }
    }
  }
  return false;
}

/** Nothing includes it, or only members of its own cycle do. */
function isTopOfChain(graph: PromptGraph, node: GraphNode): boolean {
  const builtFrom = graph.upstream(node.id);
  return graph.incoming(node.id, ['includes']).every((edge) => edge.from === node.id || builtFrom.has(edge.from));
}
