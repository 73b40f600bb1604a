import { describe, expect, it } from 'vitest';
import { edgeStrings, scanFixture } from '../../support/scan-fixture.js';

describe('python: text read through an instance a field holds', () => {
  it('follows self.settings.system_prompt and self.config.observation_template (a class defaulted by a parameter, imported) to the class attribute', async () => {
    const result = await scanFixture('adapters/python/held-instance');
    expect(edgeStrings(result, ['consumes'])).toEqual([
      'consumer:app/model.py#Llm.observe -consumes-> app/config.py#LlmConfig.observation_template',
      'consumer:app/model.py#Llm.review -consumes-> app/model.py#ReviewSettings.system_prompt',
    ]);
  });
});
