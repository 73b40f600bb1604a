import { describe, expect, it } from 'vitest';
import { composeVariants, MAX_VARIANTS } from '../../src/query/compose/compose-variants.js';
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

  it('composes a prompt built on a branching fragment once per branch, and each combination of several', () => {
    const graph = new PromptGraph(
      scanOf(
        [
          textNode('reply.prompt', 'Intro. [[tone.ts#tone]] [[rules.ts#rules]]'),
          textNode('tone.ts#tone', 'Be warm.', { kind: 'fragment', variants: ['Be brief.', 'Be warm.'] }),
          textNode('rules.ts#rules', 'Cite the policy.', {
            kind: 'fragment',
            variants: ['No refunds.', 'Cite the policy.'],
          }),
        ],
        edges('reply.prompt -includes-> tone.ts#tone', 'reply.prompt -includes-> rules.ts#rules'),
      ),
    );
    // Included nodes in id order: rules.ts#rules, then tone.ts#tone.
    expect(composeVariants(graph, 'reply.prompt')).toEqual([
      'Intro. Be brief. No refunds.',
      'Intro. Be warm. No refunds.',
      'Intro. Be brief. Cite the policy.',
      'Intro. Be warm. Cite the policy.',
    ]);
  });

  it('gives up past MAX_VARIANTS combinations, and on branches that compose to one text', () => {
    const many = Array.from({ length: MAX_VARIANTS + 1 }, (_, index) => `Branch ${index}.`);
    const wide = new PromptGraph(scanOf([textNode('wide.ts#prompt', many[0]!, { variants: many })]));
    expect(composeVariants(wide, 'wide.ts#prompt')).toBeUndefined();
    const unplaced = new PromptGraph(
      scanOf(
        [textNode('reply.prompt', 'No placeholder here.'), textNode('tone.ts#tone', 'A', { variants: ['A', 'B'] })],
        [{ from: 'reply.prompt', to: 'tone.ts#tone', kind: 'includes' }],
      ),
    );
    expect(composeVariants(unplaced, 'reply.prompt')).toBeUndefined();
  });
});
