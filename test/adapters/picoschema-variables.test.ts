import { describe, expect, it } from 'vitest';
import { picoschemaVariables } from '../../src/build/adapters/shared/picoschema-variables.js';

describe('Picoschema input variables', () => {
  it('names optional typed fields without their ? and (type) suffixes', () => {
    // From Genkit's own prompt-file sample: `ingredients?(array): string`.
    expect(
      picoschemaVariables({ food: 'string', 'ingredients?(array)': 'string', 'topic?': 'string, the subject' }),
    ).toEqual(['food', 'ingredients', 'topic']);
  });

  it('reads JSON Schema properties', () => {
    expect(picoschemaVariables({ type: 'object', properties: { city: { type: 'string' } } })).toEqual(['city']);
  });

  it('names no variable for a schema reference by name', () => {
    expect(picoschemaVariables('Recipe')).toEqual([]);
  });
});
