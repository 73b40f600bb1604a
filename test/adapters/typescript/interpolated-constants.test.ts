import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe('typescript: every value interpolated into a prompt is a dependency', () => {
  it('makes a directory name, a tag name and a number imported from a constants module fragments of the prompt writing them', async () => {
    const result = await scanFixture('adapters/typescript/interpolated-constants');
    expect(edgeStrings(result, ['includes'])).toEqual([
      'src/system.ts#SYSTEM_PROMPT -includes-> src/constants.ts#MAX_TURNS',
      'src/system.ts#SYSTEM_PROMPT -includes-> src/constants.ts#MEMORY_DIR',
      'src/system.ts#SYSTEM_PROMPT -includes-> src/constants.ts#TOOL_TAG',
    ]);
    expect(nodeById(result, 'src/constants.ts#MAX_TURNS')).toMatchObject({ kind: 'fragment', text: '12' });
    expect(nodeById(result, 'src/constants.ts#MEMORY_DIR')).toMatchObject({ kind: 'fragment', text: '.assistant' });
  });
});
