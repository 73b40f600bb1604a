import { describe, expect, it } from 'vitest';
import { edgeStrings, scanFixture } from '../../support/scan-fixture.js';

describe('python attributes a base class of another module builds from the class its subclass passes', () => {
  it('reads self.config as the config class handed to super().__init__, with the default it inherits from the base module', async () => {
    const result = await scanFixture('adapters/python/base-constructor-classes');
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.includes('observation_template'))).toEqual([
      'consumer:models/chat_model.py#ChatModel.observe -consumes-> models/chat_model.py#ChatConfig.observation_template',
      'consumer:models/routed_model.py#RoutedModel.observe -consumes-> models/routed_model.py#RoutedConfig.observation_template',
      'consumer:models/text_model.py#TextModel.observe -consumes-> models/chat_model.py#ChatConfig.observation_template',
    ]);
  });
});
