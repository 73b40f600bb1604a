import { describe, expect, it } from 'vitest';
import { computeImpact } from '../../src/query/impact/compute-impact.js';
import type { GraphEdge } from '../../src/model/schema/scan-result.js';
import { consumerNode, contractNode, edges, scanOf, textNode } from './hand-built.js';

/** `consumer -consumes-> prompt`, a flow the analysis lost: possible, with its reason. */
const possibly = (from: string, to: string, via?: string): GraphEdge => ({
  from,
  to,
  kind: 'consumes',
  certainty: 'possible',
  ...(via ? { via } : {}),
});

const ask = consumerNode('consumer:src/ask.ts#ask', { owners: ['@org/llm'] });
const traced = consumerNode('consumer:src/reply.ts#reply', { owners: ['@org/support'] });

/** `system.prompt` changes from `Be brief.` to `Be short.`; `ask` reads it through an interface nobody implements. */
const impactOf = (headEdges: GraphEdge[], extraNodes = [traced]) => {
  const nodes = (text: string) => [textNode('system.prompt', text, { owners: ['@org/prompts'] }), ask, ...extraNodes];
  return computeImpact({
    base: scanOf(nodes('Be brief.'), headEdges),
    head: scanOf(nodes('Be short.'), headEdges),
    changedFiles: ['system.prompt'],
  });
};

describe('possible consumers in impact', () => {
  it('marks a consumer only a lost flow reaches as possible, with where the flow was lost', () => {
    const result = impactOf([possibly(ask.id, 'system.prompt', 'interface ModelClient.complete')], []);
    expect(result.affected.map((node) => [node.id, node.certainty, node.possibleVia])).toEqual([
      ['consumer:src/ask.ts#ask', 'possible', ['interface ModelClient.complete']],
    ]);
  });

  it('leaves a consumer a traced flow reaches certain (no certainty field), even when a lost flow reaches it too', () => {
    const result = impactOf([
      ...edges('consumer:src/ask.ts#ask -consumes-> system.prompt'),
      possibly(ask.id, 'system.prompt', 'dynamic property'),
    ]);
    expect(result.affected.map((node) => [node.id, node.certainty])).toEqual([['consumer:src/ask.ts#ask', undefined]]);
  });

  it("notifies a possible consumer's owners: listed apart in teams, an approval that is never required", () => {
    const result = impactOf([possibly(ask.id, 'system.prompt', 'unknown callee send')], []);
    const llm = result.teams.find((owner) => owner.team === '@org/llm');
    expect(llm).toMatchObject({ changed: [], affected: [], possible: ['consumer:src/ask.ts#ask'] });
    expect(llm?.why).toEqual(['owns possible consumer consumer:src/ask.ts#ask (via unknown callee send)']);
    const notify = result.approvals.find((approval) => approval.approver === '@org/llm');
    expect(notify).toMatchObject({ required: false, sources: ['possible'], satisfied: false });
    expect(notify?.why).toEqual(['owns possible consumer consumer:src/ask.ts#ask (via unknown callee send)']);
  });

  it('keeps the risk at least unknown when only possible consumers are found, and asks the prompt owners', () => {
    const result = impactOf([possibly(ask.id, 'system.prompt', 'interface ModelClient.complete')], []);
    expect(result.risk.level).toBe('unknown');
    expect(result.risk.unknown).toEqual([
      {
        id: 'system.prompt',
        reason: 'possible-consumer',
        message:
          'only possible consumers found for prompt system.prompt: consumer:src/ask.ts#ask (via interface ModelClient.complete); the flow to each was lost statically, so who it reaches is not known for sure',
      },
    ]);
    expect(result.risk.reasons).toContain('1 possible consumer (flow lost statically)');
    const owners = result.approvals.find((approval) => approval.approver === '@org/prompts');
    expect(owners).toMatchObject({ required: true, sources: ['owners'] });
  });

  it('counts neither the possible consumer nor its owner towards the risk when a traced consumer is reached too', () => {
    const result = impactOf([
      ...edges('consumer:src/reply.ts#reply -consumes-> system.prompt'),
      possibly(ask.id, 'system.prompt', 'dynamic property'),
    ]);
    // Two teams for sure (@org/prompts owns the change, @org/support the traced consumer): medium; @org/llm would make three, high.
    expect(result.risk.level).toBe('medium');
    expect(result.risk.unknown).toEqual([]);
    expect(result.risk.reasons).toEqual([
      '2 teams reached',
      '1 consumer reached',
      '1 possible consumer (flow lost statically)',
      'change classes: wording',
    ]);
  });

  it("never makes a possible consumer's owners required, even under downstream_approval: required", () => {
    const contract = contractNode('contract:contracts/system.yaml', {
      prompt: 'system.prompt',
      downstream_approval: 'required',
    });
    const result = impactOf(
      [
        ...edges('contract:contracts/system.yaml -governs-> system.prompt'),
        possibly(ask.id, 'system.prompt', 'interface ModelClient.complete'),
      ],
      [contract],
    );
    const llm = result.approvals.filter((approval) => approval.approver === '@org/llm');
    expect(llm.map((approval) => [approval.required, approval.sources])).toEqual([[false, ['possible']]]);
  });
});
