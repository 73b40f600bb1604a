import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { PromptgraphError } from '../../src/errors/promptgraph-error.js';

describe('parseConfig', () => {
  it('reports a misspelt top-level key at the key, not at the start of the file', () => {
    const thrown = (() => {
      try {
        parseConfig('include: ["**/*"]\nexclued: [legacy/**]\n');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(PromptgraphError);
    expect((thrown as PromptgraphError).details).toMatchObject({ code: 'config-invalid', line: 2, column: 1 });
  });
});
