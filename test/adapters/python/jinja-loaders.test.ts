import { describe, expect, it } from 'vitest';
import { edgeStrings, scanFixture } from '../../support/scan-fixture.js';

describe('python Jinja loaders', () => {
  it("resolves get_template under each agent's own FileSystemLoader folder, so same-named templates never mix", async () => {
    const result = await scanFixture('adapters/python/jinja-loaders');
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.includes('system.j2'))).toEqual([
      'consumer:agents/billing/agent.py#system_prompt -consumes-> agents/billing/templates/system.j2',
      'consumer:agents/support/agent.py#SupportAgent.system_prompt -consumes-> agents/support/templates/system.j2',
    ]);
  });

  it('follows the loader directory through os.path.join(os.path.dirname(__file__)), Path(__file__).parent / … in a module constant, and self.env', async () => {
    const result = await scanFixture('adapters/python/jinja-loaders');
    const billing = result.edges.find((edge) => edge.from === 'consumer:agents/billing/agent.py#system_prompt')!;
    const support = result.edges.find(
      (edge) => edge.from === 'consumer:agents/support/agent.py#SupportAgent.system_prompt',
    )!;
    expect([billing.line, support.line]).toEqual([8, 12]);
  });

  it('reads a literal loader list relative to the working directory, and Template(open(...).read())', async () => {
    const result = await scanFixture('adapters/python/jinja-loaders');
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.includes('footer.j2'))).toEqual([
      'consumer:agents/shared_loader.py#footer -consumes-> shared/templates/footer.j2',
      'consumer:agents/shared_loader.py#inline_template -consumes-> shared/templates/footer.j2',
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('follows the environment through a function returning it and a property, and a render helper called with a literal name', async () => {
    const result = await scanFixture('adapters/python/jinja-loaders');
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.includes('research'))).toEqual([
      'consumer:agents/research/prompt_loader.py#Critic.system -consumes-> agents/research/prompts/critic.j2',
      'consumer:agents/research/prompt_loader.py#planner_system -consumes-> agents/research/prompts/planner.j2',
    ]);
  });
});
