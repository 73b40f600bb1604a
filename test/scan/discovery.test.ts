import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/build/files/discover-files.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { parseConfig } from '../../src/build/config/load-config.js';

const discover = async (files: Record<string, string>, configText?: string) =>
  (await discoverFiles(memoryFileSource('repo', files), parseConfig(configText))).files;

describe('file discovery', () => {
  it('skips dependencies, build output and VCS folders at any depth', async () => {
    const found = await discover({
      'prompts/a.prompt': 'A',
      'node_modules/pkg/prompts/b.prompt': 'B',
      'apps/web/dist/prompts/c.prompt': 'C',
      'apps/web/.next/d.prompt': 'D',
      '.git/e.prompt': 'E',
      'services/py/.venv/lib/f.prompt': 'F',
    });
    expect(found).toEqual(['prompts/a.prompt']);
  });

  it('honours .gitignore files, each below its own folder', async () => {
    const found = await discover({
      '.gitignore': '*.draft.prompt\n',
      'apps/bot/.gitignore': 'generated/\n',
      'apps/bot/generated/x.prompt': 'X',
      'apps/bot/prompts/y.prompt': 'Y',
      'apps/bot/prompts/y.draft.prompt': 'Y2',
      'generated/z.prompt': 'Z',
    });
    expect(found).toEqual(['.gitignore', 'apps/bot/.gitignore', 'apps/bot/prompts/y.prompt', 'generated/z.prompt']);
  });

  it('restricts to config include globs and drops config excludes', async () => {
    const found = await discover(
      { 'apps/bot/prompts/a.prompt': 'A', 'apps/bot/prompts/fixtures/b.prompt': 'B', 'tools/c.prompt': 'C' },
      'include: ["apps/**"]\nexclude: ["**/fixtures/**"]\n',
    );
    expect(found).toEqual(['apps/bot/prompts/a.prompt']);
  });

  it('returns paths sorted, whatever order the source lists them in', async () => {
    const found = await discover({ 'b/x.prompt': '', 'a/y.prompt': '', 'a/b/z.prompt': '' });
    expect(found).toEqual(['a/b/z.prompt', 'a/y.prompt', 'b/x.prompt']);
  });
});
