import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe('python class inheritance', () => {
  it('fills {placeholders} from .format(**vars(self)) with same-named attributes only where the template has them', async () => {
    const result = await scanFixture('adapters/python/inheritance');
    expect(edgeStrings(result).filter((edge) => edge.startsWith('agents.py#BaseAgent.system_prompt'))).toEqual([
      'agents.py#BaseAgent.system_prompt -includes-> agents.py#BaseAgent.persona',
      'agents.py#BaseAgent.system_prompt -includes-> agents.py#BaseAgent.rules_prompt',
      'agents.py#BaseAgent.system_prompt -includes-> agents.py#BaseAgent.template',
    ]);
    expect(result.nodes.map((node) => node.id)).not.toContain('agents.py#BaseAgent.examples');
  });

  it('composes the formatted template in place, leaving unfilled fields as variables', async () => {
    const result = await scanFixture('adapters/python/inheritance');
    expect(nodeById(result, 'agents.py#BaseAgent.system_prompt')).toMatchObject({
      text: '{persona}\n{rules_prompt}\nTask: {task}',
      variables: ['task'],
    });
  });

  it('lets a subclass override one attribute and inherit the rest', async () => {
    const result = await scanFixture('adapters/python/inheritance');
    expect(
      edgeStrings(result, ['consumes']).filter((edge) => edge.startsWith('consumer:agents.py#BillingAgent.run')),
    ).toEqual([
      'consumer:agents.py#BillingAgent.run -consumes-> agents.py#BaseAgent.rules_prompt',
      'consumer:agents.py#BillingAgent.run -consumes-> agents.py#BaseAgent.template',
      'consumer:agents.py#BillingAgent.run -consumes-> agents.py#BillingAgent.persona',
    ]);
  });

  it('resolves self.method() to the method returning text', async () => {
    const result = await scanFixture('adapters/python/inheritance');
    expect(edgeStrings(result, ['consumes'])).toContain(
      'consumer:agents.py#BaseAgent.run -consumes-> agents.py#BaseAgent.system_prompt',
    );
  });
});

describe('python inherited methods', () => {
  it('gives a subclass that overrides an attribute its own view of an inherited method returning text', async () => {
    const result = await scanFixture('adapters/python/inheritance');
    expect(nodeById(result, 'agents.py#SupportAgent.system_prompt')).toMatchObject({
      range: { start: 12, end: 13 },
      text: '{persona}\n{rules_prompt}\nTask: {task}',
    });
    expect(edgeStrings(result).filter((edge) => edge.startsWith('agents.py#SupportAgent.system_prompt'))).toEqual([
      'agents.py#SupportAgent.system_prompt -includes-> agents.py#BaseAgent.rules_prompt',
      'agents.py#SupportAgent.system_prompt -includes-> agents.py#BaseAgent.template',
      'agents.py#SupportAgent.system_prompt -includes-> agents.py#SupportAgent.persona',
    ]);
    expect(edgeStrings(result, ['consumes'])).toContain(
      'consumer:agents.py#SupportAgent.run -consumes-> agents.py#SupportAgent.system_prompt',
    );
  });

  it('gives a subclass its own view of an inherited consumer whose text written at the call reads an attribute it overrides', async () => {
    const result = await scanFixture('adapters/python/inheritance');
    expect(nodeById(result, 'agents.py#NightGreeter.greet.system')).toMatchObject({
      range: { start: 38, end: 38 },
      text: 'You are {self.name}, the greeter.',
    });
    expect(edgeStrings(result).filter((edge) => edge.includes('NightGreeter'))).toEqual([
      'agents.py#NightGreeter.greet.system -includes-> agents.py#NightGreeter.name',
      'consumer:agents.py#NightGreeter.greet -consumes-> agents.py#NightGreeter.greet.system',
    ]);
  });

  it('adds nothing for a subclass whose overrides the inherited methods never read', async () => {
    const result = await scanFixture('adapters/python/inheritance');
    expect(result.nodes.filter((node) => node.id.includes('QuietAgent')).map((node) => node.id)).toEqual([]);
  });
});

describe('python inheritance across modules', () => {
  it('resolves self.attr a subclass does not define to the imported base class attribute', async () => {
    const result = await scanFixture('adapters/python/inheritance-across-modules');
    expect(edgeStrings(result)).toEqual([
      'consumer:agents/refunds.py#RefundsAgent.run -consumes-> agents/base.py#BaseAgent.system_prompt',
    ]);
  });
});
