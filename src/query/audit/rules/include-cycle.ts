import type { AuditRule } from '../audit-rule.js';
import { describeCycle, findIncludeCycles } from '../../../build/graph/find-include-cycles.js';

/**
 * Prompts that include each other in a loop (what the scan reports as
 * `include-cycle`); found again here from the edges so the finding carries
 * every member of the cycle, at the first member, as the diagnostic is.
 */
export const includeCycle: AuditRule = {
  id: 'include-cycle',
  title: 'Include cycle',
  description:
    'Prompts or fragments that include each other in a loop. Composition cannot finish: renderers fail or recurse, and promptgraph stops composing at the repeat. Break the cycle by moving the shared part into a fragment both include.',
  defaultSeverity: 'error',
  check({ result, graph }) {
    return findIncludeCycles(result.edges).map((loop) => {
      const first = graph.node(loop.cycle[0]!);
      return {
        file: first?.file ?? '',
        line: first?.range.start ?? 0,
        endLine: first?.range.end ?? 0,
        nodes: loop.members,
        message: `include cycle ${describeCycle(loop)}: composition cannot finish; move the shared part into a fragment both include`,
      };
    });
  },
};
