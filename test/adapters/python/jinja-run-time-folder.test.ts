import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe('python Jinja loader with a folder known only at run time', () => {
  it('guesses no file: two agents keep a system_prompt.j2 each, and either may be the one loaded', async () => {
    const result = await scanFixture('adapters/python/jinja-run-time-folder');
    expect(edgeStrings(result, ['consumes'])).toEqual([]);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'dangling-reference')).toEqual([]);
  });

  it('reports each load, direct and through a helper, as a dynamic-include info at its call (a folder passed at run time is no defect)', async () => {
    const result = await scanFixture('adapters/python/jinja-run-time-folder');
    expect(
      result.diagnostics.map(
        (diagnostic) =>
          `${diagnostic.severity} ${diagnostic.code} ${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`,
      ),
    ).toEqual([
      'info dynamic-include utils/prompt_manager.py:9:32',
      'info dynamic-include utils/prompt_manager.py:10:30',
    ]);
    expect(result.diagnostics[0]!.message).toContain('template folder known only at run time');
  });

  it('keeps the loading method a consumer, of a prompt the map cannot name', async () => {
    const result = await scanFixture('adapters/python/jinja-run-time-folder');
    expect(nodeById(result, 'consumer:utils/prompt_manager.py#PromptManager.__init__')).toMatchObject({
      kind: 'consumer',
      range: { start: 7, end: 10 },
    });
  });
});
