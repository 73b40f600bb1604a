import type { AuditRule, RuleFinding } from '../audit-rule.js';
import { at, nodeLabel } from '../message-parts.js';
import { readsAsInstructions } from '../../../build/adapters/shared/prose.js';

/** `You are a helpful assistant.`, the classic system prompt kept in `.env`, is five words. */
const ENV_MIN_WORDS = 4;

/**
 * Prompt text in an environment file, and the code that sends it from the
 * variable to a model: the anti-pattern that hides a prompt from review, history
 * and the graph (each deployment can hold another text). Only a value that reads
 * as instructions (a role, a rule, an imperative: `readsAsInstructions`) and that
 * a model call is seen to receive counts; a banner or help text a page shows
 * ("You are viewing the beta site") is neither. Both ends are reported, so the
 * annotation lands on the `.env` line and on the read that sends it.
 */
export const promptInEnv: AuditRule = {
  id: 'prompt-in-env',
  title: 'Prompt text in an environment variable',
  description:
    'Instructions to a model kept in an `.env*` file and sent to a model call from an environment variable. Each deployment can hold a different text, no review sees a change, and no history records it. Move the text into a prompt file in the repository and load it from there.',
  defaultSeverity: 'warning',
  check({ result, graph }) {
    return result.nodes.flatMap((node): RuleFinding[] => {
      if (!node.flags?.includes('env') || !node.file || !readsAsInstructions(node.text ?? '', ENV_MIN_WORDS)) return [];
      const readers = graph
        .incoming(node.id, ['consumes'])
        .filter((edge) => edge.sent)
        .map((edge) => ({ edge, reader: graph.node(edge.from)! }));
      if (!readers.length) return [];
      const variable = node.symbol ?? node.id;
      const declared: RuleFinding = {
        ...at(node),
        nodes: [node.id, ...readers.map(({ reader }) => reader.id)],
        message: `${variable} in ${node.file} holds prompt text sent to a model by ${readers.map(({ reader }) => nodeLabel(reader)).join(', ')}; move it into a prompt file under version control`,
      };
      const reads = readers
        .filter(({ reader }) => reader.file)
        .map(
          ({ edge, reader }): RuleFinding => ({
            file: reader.file,
            line: edge.line || reader.range.start,
            nodes: [reader.id, node.id],
            key: `${reader.id} reads ${node.id}`,
            message: `${nodeLabel(reader)} sends a model prompt text from the environment variable ${variable} (set in ${node.file}); load it from a prompt file instead`,
          }),
        );
      return [declared, ...reads];
    });
  },
};
