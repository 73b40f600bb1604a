import type { AuditRule, RuleFinding } from '../audit-rule.js';
import { at, nodeLabel } from '../message-parts.js';

/**
 * Prompt text in an environment file, and the code that reads it from the
 * variable: the anti-pattern that hides a prompt from review, history and the
 * graph (each deployment can hold another text). Both ends are reported, so the
 * annotation lands on the `.env` line and on the `os.environ` / `process.env` read.
 */
export const promptInEnv: AuditRule = {
  id: 'prompt-in-env',
  title: 'Prompt text in an environment variable',
  description:
    'Prompt text kept in an `.env*` file and read from an environment variable. Each deployment can hold a different text, no review sees a change, and no history records it. Move the text into a prompt file in the repository and load it from there.',
  defaultSeverity: 'warning',
  check({ result, graph }) {
    return result.nodes.flatMap((node): RuleFinding[] => {
      if (!node.flags?.includes('env') || !node.file) return [];
      const readers = graph.incoming(node.id, ['consumes']).map((edge) => ({ edge, reader: graph.node(edge.from)! }));
      const variable = node.symbol ?? node.id;
      const declared: RuleFinding = {
        ...at(node),
        nodes: [node.id, ...readers.map(({ reader }) => reader.id)],
        message: `${variable} in ${node.file} holds prompt text${readers.length ? ` read by ${readers.map(({ reader }) => nodeLabel(reader)).join(', ')}` : ''}; move it into a prompt file under version control`,
      };
      const reads = readers
        .filter(({ reader }) => reader.file)
        .map(
          ({ edge, reader }): RuleFinding => ({
            file: reader.file,
            line: edge.line || reader.range.start,
            nodes: [reader.id, node.id],
            key: `${reader.id} reads ${node.id}`,
            message: `${nodeLabel(reader)} reads prompt text from the environment variable ${variable} (set in ${node.file}); load it from a prompt file instead`,
          }),
        );
      return [declared, ...reads];
    });
  },
};
