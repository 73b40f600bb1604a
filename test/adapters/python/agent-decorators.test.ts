import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

const FILE = 'sql_agent.py';

describe('python agent prompt decorators (Pydantic AI)', () => {
  it('makes the module that builds the agent a consumer of each @agent.system_prompt and @agent.instructions(…) function', async () => {
    const result = await scanFixture('adapters/python/agent-decorators');
    expect(edgeStrings(result, ['consumes'])).toEqual([
      `consumer:${FILE}#<module> -consumes-> ${FILE}#sql_system_prompt`,
      `consumer:${FILE}#<module> -consumes-> ${FILE}#user_name`,
    ]);
    // On the agent's construction: editing a decorated function's body changes that prompt, not the consumer.
    expect(result.edges.find((candidate) => candidate.to === `${FILE}#sql_system_prompt`)).toMatchObject({ line: 15 });
    expect(nodeById(result, `consumer:${FILE}#<module>`)).toMatchObject({ range: { start: 15, end: 15 } });
  });

  it('composes the decorated function like any text function, so the schema it interpolates reaches the agent', async () => {
    const result = await scanFixture('adapters/python/agent-decorators');
    expect(edgeStrings(result, ['includes'])).toEqual([`${FILE}#sql_system_prompt -includes-> ${FILE}#DB_SCHEMA`]);
    expect(nodeById(result, `${FILE}#sql_system_prompt`)).toMatchObject({
      kind: 'prompt',
      range: { start: 18, end: 26 },
    });
  });

  it('leaves a function under an unrelated decorator (a web route) unconsumed', async () => {
    const result = await scanFixture('adapters/python/agent-decorators');
    expect(result.edges.filter((edge) => edge.to === `${FILE}#help_page`)).toEqual([]);
  });
});
