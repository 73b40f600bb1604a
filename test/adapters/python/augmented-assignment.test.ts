import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { PromptGraph } from '../../../src/query/graph/prompt-graph.js';
import { composeText } from '../../../src/query/compose/compose-text.js';
import { auditScan } from '../../../src/query/audit/run-audit.js';

describe('python += on a local', () => {
  it('composes a returned local from its assignment and what += adds to it', async () => {
    const result = await scanFixture('adapters/python/augmented-assignment');
    expect(nodeById(result, 'agent.py#system_prompt')).toMatchObject({
      kind: 'prompt',
      range: { start: 8, end: 11 },
      text: '{PERSONA}\n{RULES}',
    });
    expect(edgeStrings(result).filter((edge) => edge.startsWith('agent.py#system_prompt'))).toEqual([
      'agent.py#system_prompt -includes-> agent.py#PERSONA',
      'agent.py#system_prompt -includes-> agent.py#RULES',
    ]);
    expect(composeText(new PromptGraph(result), 'agent.py#system_prompt')).toBe(
      'You are Ada, the support assistant.\nNever promise refunds.',
    );
  });

  it('sends both to the model: the assigned constant, and the literal added, as text written at that line', async () => {
    const result = await scanFixture('adapters/python/augmented-assignment');
    expect(edgeStrings(result).filter((edge) => edge.startsWith('consumer:agent.py#answer'))).toEqual([
      'consumer:agent.py#answer -consumes-> agent.py#PERSONA',
      'consumer:agent.py#answer -consumes-> agent.py#answer.system',
    ]);
    expect(nodeById(result, 'agent.py#answer.system')).toMatchObject({
      range: { start: 16, end: 16 },
      text: '\nAlways answer in French.',
    });
  });
});

describe('python local assigned more than once', () => {
  it('sends each model call the assignment it follows: two prompts, not one twice (browser-use Tools.__init__, survey fixture)', async () => {
    const result = await scanFixture('audit-real', 'python-reassigned-local');
    const texts = result.nodes
      .filter((node) => node.kind === 'prompt')
      .map((node) => `${node.symbol} @${node.range.start}: ${node.text?.slice(0, 30)}`);
    expect(texts).toEqual([
      'extract.reply.system @7: You extract structured data fr',
      'extract.reply.system#2 @10: You extract the facts a reader',
    ]);
    const audit = auditScan(result);
    expect(audit.findings.filter((finding) => finding.rule === 'duplicate-prompt-text')).toEqual([]);
  });
});
