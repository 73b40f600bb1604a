import { describe, expect, it } from 'vitest';
import { nodeById, scanFixture } from '../support/scan-fixture.js';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { ConfigSchema } from '../../src/model/schema/config.js';

describe('prompt-text adapter (Markdown and text under prompt folders)', () => {
  it('makes each .md and .txt under prompts/ one whole-file prompt named by its stem', async () => {
    const result = await scanFixture('adapters/prompt-text');
    expect(nodeById(result, 'app/prompts/support/triage.md')).toMatchObject({
      kind: 'prompt',
      name: 'triage',
      format: 'markdown',
      range: { start: 1, end: 4 },
    });
    expect(nodeById(result, 'app/prompts/summarise.txt')).toMatchObject({
      kind: 'prompt',
      name: 'summarise',
      format: 'text',
      range: { start: 1, end: 1 },
    });
  });

  it('reads {{var}} by its head name and {var} only when it is an identifier', async () => {
    const result = await scanFixture('adapters/prompt-text');
    expect(nodeById(result, 'app/prompts/support/triage.md').variables).toEqual(['customer', 'product']);
    expect(nodeById(result, 'app/prompts/summarise.txt').variables).toEqual(['document', 'max_words']);
  });

  it('skips a README in a prompt folder and Markdown outside prompt folders', async () => {
    const result = await scanFixture('adapters/prompt-text');
    expect(result.nodes.map((node) => node.id)).toEqual(['app/prompts/summarise.txt', 'app/prompts/support/triage.md']);
  });

  it('follows configured promptGlobs instead of the default', async () => {
    const files = { 'llm/system.md': 'Be terse.', 'app/prompts/old.md': 'Unused default.' };
    const result = await scan(memoryFileSource('repo', files), {
      config: ConfigSchema.parse({ promptGlobs: ['llm/*.md'] }),
    });
    expect(result.nodes.map((node) => node.id)).toEqual(['llm/system.md']);
  });
});
