import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { PromptGraph } from '../../../src/query/graph/prompt-graph.js';
import { composeText } from '../../../src/query/compose/compose-text.js';

const from = (edges: string[], id: string) => edges.filter((edge) => edge.startsWith(`${id} -`));

describe('python subclass in another module overriding an attribute', () => {
  it('gets its own view of the inherited method reading it, placed at its class header', async () => {
    const result = await scanFixture('adapters/python/override-across-modules');
    expect(nodeById(result, 'agents/billing.py#BillingAgent.system_prompt')).toMatchObject({
      kind: 'prompt',
      range: { start: 4, end: 4 },
      text: '{persona}\n{rules_prompt}\nTask: {task}',
      variables: ['task'],
    });
    expect(from(edgeStrings(result), 'agents/billing.py#BillingAgent.system_prompt')).toEqual([
      'agents/billing.py#BillingAgent.system_prompt -includes-> agents/base.py#BaseAgent.rules_prompt',
      'agents/billing.py#BillingAgent.system_prompt -includes-> agents/base.py#BaseAgent.template',
      'agents/billing.py#BillingAgent.system_prompt -includes-> agents/billing.py#BillingAgent.persona',
    ]);
    expect(composeText(new PromptGraph(result), 'agents/billing.py#BillingAgent.system_prompt')).toBe(
      'You are Billy, the billing agent.\nFollow the company policy.\nTask: {task}',
    );
  });

  it('gets its own view of the inherited consumer, consuming its view of the method', async () => {
    const result = await scanFixture('adapters/python/override-across-modules');
    expect(nodeById(result, 'consumer:agents/billing.py#BillingAgent.run')).toMatchObject({
      kind: 'consumer',
      range: { start: 4, end: 4 },
    });
    expect(from(edgeStrings(result), 'consumer:agents/billing.py#BillingAgent.run')).toEqual([
      'consumer:agents/billing.py#BillingAgent.run -consumes-> agents/billing.py#BillingAgent.system_prompt',
    ]);
  });

  it('follows a chain of subclasses through three modules, each class seeing the nearest override', async () => {
    const result = await scanFixture('adapters/python/override-across-modules');
    expect(from(edgeStrings(result), 'agents/refunds.py#RefundsAgent.system_prompt')).toEqual([
      'agents/refunds.py#RefundsAgent.system_prompt -includes-> agents/base.py#BaseAgent.template',
      'agents/refunds.py#RefundsAgent.system_prompt -includes-> agents/billing.py#BillingAgent.persona',
      'agents/refunds.py#RefundsAgent.system_prompt -includes-> agents/refunds.py#RefundsAgent.rules_prompt',
    ]);
  });

  it('adds nothing for a subclass whose overrides the inherited methods never read', async () => {
    const result = await scanFixture('adapters/python/override-across-modules');
    expect(result.nodes.filter((node) => node.file === 'agents/support.py').map((node) => node.id)).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });

  it('makes a caller of a method on an instance a consumer of what the method reads from it, as the instance class sees it', async () => {
    const result = await scanFixture('adapters/python/override-across-modules');
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.startsWith('consumer:handlers.py'))).toEqual([
      'consumer:handlers.py#handle_billing -consumes-> agents/billing.py#BillingAgent.system_prompt',
      'consumer:handlers.py#handle_support -consumes-> agents/base.py#BaseAgent.system_prompt',
    ]);
    expect(result.edges.find((edge) => edge.from === 'consumer:handlers.py#handle_billing')).toMatchObject({ line: 6 });
  });
});

describe('python subclass in another module overriding the template an inherited method formats', () => {
  it('formats its own template, filling **self.__dict__ fields from the subclass', async () => {
    const result = await scanFixture('adapters/python/override-template-across-modules');
    expect(nodeById(result, 'agents/legal.py#LegalAgent.system_prompt')).toMatchObject({
      range: { start: 4, end: 4 },
      text: '{persona}\nCite the clause.\n{rules_prompt}',
      variables: [],
    });
    expect(from(edgeStrings(result), 'agents/legal.py#LegalAgent.system_prompt')).toEqual([
      'agents/legal.py#LegalAgent.system_prompt -includes-> agents/base.py#Agent.rules_prompt',
      'agents/legal.py#LegalAgent.system_prompt -includes-> agents/legal.py#LegalAgent.persona',
      'agents/legal.py#LegalAgent.system_prompt -includes-> agents/legal.py#LegalAgent.template',
    ]);
    expect(composeText(new PromptGraph(result), 'agents/legal.py#LegalAgent.system_prompt')).toBe(
      'You are the legal reviewer.\nCite the clause.\nFollow the company policy.',
    );
  });

  it('views text written at the inherited model call that reads the instance, and its callers consume that view', async () => {
    const result = await scanFixture('adapters/python/override-template-across-modules');
    expect(nodeById(result, 'agents/legal.py#LegalAgent.run.system')).toMatchObject({
      kind: 'prompt',
      text: '{self.persona}\nBe brief.',
    });
    expect(
      edgeStrings(result).filter((edge) => edge.includes('LegalAgent.run') || edge.startsWith('consumer:review.py')),
    ).toEqual([
      'agents/legal.py#LegalAgent.run.system -includes-> agents/legal.py#LegalAgent.persona',
      'consumer:agents/legal.py#LegalAgent.run -consumes-> agents/legal.py#LegalAgent.run.system',
      'consumer:review.py#review -consumes-> agents/legal.py#LegalAgent.run.system',
    ]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('views of inherited members across modules', () => {
  it("name the ancestor's unit they show (viewOf)", async () => {
    const result = await scanFixture('audit-real', 'python-inherited-views');
    expect(result.nodes.filter((node) => node.viewOf).map((node) => `${node.id} <- ${node.viewOf}`)).toEqual([
      'tools/search.py#FetchTool.to_prompt <- tools/base.py#Tool.to_prompt',
      'tools/search.py#SearchTool.to_prompt <- tools/base.py#Tool.to_prompt',
    ]);
  });
});
