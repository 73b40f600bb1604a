import type { AuditRule } from '../audit-rule.js';
import { nodeLabel } from '../message-parts.js';
import type { GraphEdge } from '../../../model/schema/scan-result.js';

/**
 * A reference to a registry prompt that follows a moving pointer (a label such
 * as `production`, or latest): the registry can change what every dependent
 * sends without a commit, so no review, impact report or eval sees it. Reported
 * where the reference is made, once per referring unit; a reference to the same
 * prompt that pins a version stays quiet.
 */
export const unpinnedRemoteReference: AuditRule = {
  id: 'unpinned-remote-reference',
  title: 'Registry reference that follows a label or latest',
  description:
    'A prompt or consumer that takes a prompt from a registry (Langfuse, PromptLayer, Helicone, Portkey, Braintrust…) by a label or its latest version. Anyone with registry access can change what it sends, with no commit, review or eval. Pin a version (`|version=N`, `@version_number:N`, a commit) and bump it in a reviewed change.',
  defaultSeverity: 'warning',
  check({ result, graph }) {
    return result.nodes.flatMap((remote) => {
      if (!remote.remote?.moving) return [];
      const { registry, name } = remote.remote;
      // Each reference names its own pointer; an edge from an older scan has none, so the node's stands in.
      const pointer = (edge: GraphEdge) => {
        const label = edge.moving === undefined ? remote.remote?.label : edge.label;
        return label ? `label '${label}'` : 'its latest version';
      };
      return (
        graph
          .incoming(remote.id)
          // An edge from an older scan carries no mark of its own: the node's says whether any reference moves.
          .filter((edge) => edge.kind !== 'owns' && edge.moving !== false)
          .map((edge) => ({ edge, from: graph.node(edge.from)! }))
          .filter(({ from }) => from.file)
          .map(({ edge, from }) => ({
            file: from.file,
            line: edge.line || from.range.start,
            nodes: [from.id, remote.id],
            key: `${from.id} ${edge.kind} ${remote.id}`,
            message: `${nodeLabel(from)} takes ${registry} prompt '${name}' by ${pointer(edge)}: the registry can change it without a commit; pin a version`,
          }))
      );
    });
  },
};
