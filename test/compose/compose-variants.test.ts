import { describe, expect, it } from 'vitest';
import { composeVariants } from '../../src/query/compose/compose-variants.js';
import { composeText } from '../../src/query/compose/compose-text.js';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { edges, scanOf, textNode } from '../impact/hand-built.js';

const VARIANTS = ['VIP: [[rules.ts#RULES]]', 'Trial users only.', 'Answer tickets. [[rules.ts#RULES]]'];

describe('composeVariants', () => {
  it('composes each branch of a text with several, in source order, with the node’s includes', () => {
    const graph = new PromptGraph(
      scanOf(
        [
          textNode('prompts.ts#systemPrompt', VARIANTS[2]!, { variants: VARIANTS }),
          textNode('rules.ts#RULES', 'Never promise refunds.', { kind: 'fragment' }),
        ],
        edges('prompts.ts#systemPrompt -includes-> rules.ts#RULES'),
      ),
    );
    expect(composeVariants(graph, 'prompts.ts#systemPrompt')).toEqual([
      'VIP: Never promise refunds.',
      'Trial users only.',
      'Answer tickets. Never promise refunds.',
    ]);
    expect(composeText(graph, 'prompts.ts#systemPrompt')).toBe('Answer tickets. Never promise refunds.');
  });

  it('is undefined for a node of one text', () => {
    const graph = new PromptGraph(scanOf([textNode('reply.prompt', 'Be kind.')]));
    expect(composeVariants(graph, 'reply.prompt')).toBeUndefined();
  });
});
