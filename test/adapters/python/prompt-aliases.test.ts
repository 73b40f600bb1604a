import { describe, expect, it } from 'vitest';
import { edgeStrings, scanFixture } from '../../support/scan-fixture.js';

describe('python class attributes that alias a prompt of another module', () => {
  it('keeps the alias as that prompt under its own name, so editing the section reaches it', async () => {
    const result = await scanFixture('adapters/python/prompt-aliases');
    expect(edgeStrings(result, ['includes'])).toEqual([
      'coders/edit_prompts.py#EditPrompts.shell_cmd_prompt -includes-> coders/shell.py#shell_cmd_prompt',
    ]);
  });

  it('keeps no alias of a value that is no prompt', async () => {
    const result = await scanFixture('adapters/python/prompt-aliases');
    expect(result.nodes.map((node) => node.id)).not.toContain('coders/edit_prompts.py#EditPrompts.retries');
  });
});
