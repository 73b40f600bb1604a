import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { consumerNode, edges, scanOf, textNode } from '../impact/hand-built.js';

/**
 * A persona included by two prompts of one file (one reaches a consumer through a
 * section), a tone fragment of the same file nobody uses, and a planner feeding a verifier.
 */
export function graph(): PromptGraph {
  const lines = (spec: string, line: number) => ({ ...edges(spec)[0]!, line });
  return new PromptGraph(
    scanOf(
      [
        textNode('kit/persona.ts#PERSONA', 'You are Ada.', { kind: 'fragment', owners: ['@acme/platform'] }),
        textNode('kit/persona.ts#TONE', 'Be warm.', { kind: 'fragment' }),
        textNode('kit/section.ts#section', '## [[kit/persona.ts#PERSONA]]', { kind: 'fragment' }),
        textNode('chat/prompts.ts#SYSTEM', '[[kit/persona.ts#PERSONA]] [[kit/section.ts#section]]', {
          owners: ['@acme/chat'],
        }),
        textNode('plan/planner.md', 'Plan.'),
        textNode('plan/verifier.md', 'Verify.'),
        consumerNode('consumer:chat/reply.ts#reply', { owners: ['@acme/chat'] }),
      ],
      [
        lines('chat/prompts.ts#SYSTEM -includes-> kit/persona.ts#PERSONA', 3),
        lines('chat/prompts.ts#SYSTEM -includes-> kit/section.ts#section', 4),
        lines('kit/section.ts#section -includes-> kit/persona.ts#PERSONA', 2),
        lines('consumer:chat/reply.ts#reply -consumes-> chat/prompts.ts#SYSTEM', 9),
        lines('plan/planner.md -feeds-> plan/verifier.md', 1),
      ],
    ),
  );
}
