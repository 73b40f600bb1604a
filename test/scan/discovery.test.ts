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

  it('lets a deeper .gitignore re-include what a shallower one ignores, the last matching line winning', async () => {
    const found = await discover({
      '.gitignore': '*.draft.md\n',
      'prompts/.gitignore': '!persona.draft.md\n',
      'prompts/persona.draft.md': 'P',
      'prompts/other.draft.md': 'O',
      'notes/.gitignore': '*.md\n!*.keep.md\nsecret.keep.md\n',
      'notes/a.md': 'A',
      'notes/b.keep.md': 'B',
      'notes/secret.keep.md': 'S',
    });
    expect(found).toEqual([
      '.gitignore',
      'notes/.gitignore',
      'notes/b.keep.md',
      'prompts/.gitignore',
      'prompts/persona.draft.md',
    ]);
  });

  it('cannot re-include a file under an ignored folder, nor read a .gitignore inside one; reads .git/info/exclude', async () => {
    const found = await discover({
      '.gitignore': 'generated/\n',
      'generated/.gitignore': '!*\n',
      'generated/x.prompt': 'X',
      'apps/.gitignore': '!generated/x.prompt\n',
      'apps/generated/x.prompt': 'X',
      'local/y.prompt': 'Y',
      '.git/info/exclude': 'local/\n',
    });
    expect(found).toEqual(['.gitignore', 'apps/.gitignore']);
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

describe('tests and fixtures, left out by default (as knip production mode does)', () => {
  const repo = {
    'prompts/reply.prompt': 'R',
    'src/agent.ts': 'A',
    'src/testing.ts': 'not a test: its name only starts like one',
    'agents/contest.py': 'not a test either',
    'test/reply.prompt': 'T1',
    'tests/helpers/prompts.py': 'T2',
    'src/__tests__/agent.ts': 'T3',
    'spec/agent_spec.rb': 'T4',
    'fixtures/prompts/a.prompt': 'T5',
    'packages/bot/fixtures/b.md': 'T6',
    'src/agent.test.ts': 'T7',
    'src/agent.spec.tsx': 'T8',
    'agents/test_triage.py': 'T9',
    'agents/triage_test.py': 'T10',
    'conftest.py': 'T11',
  };

  it('skips test folders, *.test.*, *.spec.*, test_*.py, *_test.py, conftest.py and fixtures/, and counts them in an info diagnostic', async () => {
    const listing = await discoverFiles(memoryFileSource('repo', repo), parseConfig(undefined));
    expect(listing.files).toEqual(['agents/contest.py', 'prompts/reply.prompt', 'src/agent.ts', 'src/testing.ts']);
    expect(listing.diagnostics).toEqual([
      {
        severity: 'info',
        code: 'tests-left-out',
        file: '',
        line: 0,
        message:
          '11 test and fixture files left out of the scan (test/, tests/, __tests__/, spec/ and fixtures/ folders, *.test.*, *.spec.*, test_*.py, *_test.py, conftest.py); --include-tests scans them',
      },
    ]);
  });

  it('scans them all with includeTests, and says nothing', async () => {
    const listing = await discoverFiles(memoryFileSource('repo', repo), parseConfig(undefined), { includeTests: true });
    expect(listing.files).toHaveLength(Object.keys(repo).length);
    expect(listing.diagnostics).toEqual([]);
  });
});
