import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { diskFileSource } from '../../src/build/files/file-source.js';
import type { ScanResult } from '../../src/model/schema/scan-result.js';

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throw-away folder holding `repo/` (the scanned root) and `outside/` (next to it, not scanned). */
function workspace(): { repo: string; outside: string } {
  const base = mkdtempSync(path.join(tmpdir(), 'promptgraph-symlinks-'));
  temporary.push(base);
  const repo = path.join(base, 'repo');
  const outside = path.join(base, 'outside');
  mkdirSync(path.join(repo, 'prompts'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(repo, 'prompts/greeting.md'), 'Greet the user warmly.\n');
  writeFileSync(path.join(outside, 'secret.md'), 'OUTSIDE-SECRET-TEXT\n');
  return { repo, outside };
}

const ids = (result: ScanResult): string[] => result.nodes.map((node) => node.id);
const symlinkDiagnostics = (result: ScanResult) =>
  result.diagnostics
    .filter((diagnostic) => diagnostic.code.startsWith('symlink-'))
    .map(({ severity, code, file, line }) => ({ severity, code, file, line }));

describe('symlinks on disk', () => {
  it('does not read a file symlink that leads outside the root: a diagnostic at line 1, and no node', async () => {
    const { repo, outside } = workspace();
    symlinkSync(path.join(outside, 'secret.md'), path.join(repo, 'prompts/outside-link.md'));
    symlinkSync('../../outside/secret.md', path.join(repo, 'prompts/relative-link.md'));
    const result = await scan(repo);
    expect(symlinkDiagnostics(result)).toEqual([
      { severity: 'warning', code: 'symlink-outside-root', file: 'prompts/outside-link.md', line: 1 },
      { severity: 'warning', code: 'symlink-outside-root', file: 'prompts/relative-link.md', line: 1 },
    ]);
    expect(ids(result)).toEqual(['prompts/greeting.md']);
    expect(JSON.stringify(result)).not.toContain('OUTSIDE-SECRET-TEXT');
  });

  it('reports a directory symlink looping back to its ancestor and lists each file once', async () => {
    const { repo } = workspace();
    mkdirSync(path.join(repo, 'tpl'));
    writeFileSync(path.join(repo, 'tpl/answer.j2'), 'Answer {{ question }}.\n');
    symlinkSync('..', path.join(repo, 'tpl/loop'));
    const result = await scan(repo);
    expect(symlinkDiagnostics(result)).toEqual([
      { severity: 'warning', code: 'symlink-loop', file: 'tpl/loop', line: 1 },
    ]);
    expect(ids(result)).toEqual(['prompts/greeting.md', 'tpl/answer.j2']);
  });

  it('does not follow a directory symlink that leads outside the root, and says so', async () => {
    const { repo, outside } = workspace();
    symlinkSync(outside, path.join(repo, 'prompts/shared'));
    const result = await scan(repo);
    expect(symlinkDiagnostics(result)).toEqual([
      { severity: 'warning', code: 'symlink-outside-root', file: 'prompts/shared', line: 1 },
    ]);
    expect(ids(result)).toEqual(['prompts/greeting.md']);
  });

  it('notes a directory symlink inside the root: its files are scanned once, where they are', async () => {
    const { repo } = workspace();
    symlinkSync('prompts', path.join(repo, 'prompts-alias'));
    const result = await scan(repo);
    expect(symlinkDiagnostics(result)).toEqual([
      { severity: 'info', code: 'symlink-not-followed', file: 'prompts-alias', line: 1 },
    ]);
    expect(ids(result)).toEqual(['prompts/greeting.md']);
  });

  it('still reads a file symlink inside the root, and a root reached through a symlink', async () => {
    const { repo } = workspace();
    symlinkSync('greeting.md', path.join(repo, 'prompts/hello.md'));
    const linkedRoot = path.join(path.dirname(repo), 'repo-link');
    symlinkSync(repo, linkedRoot);
    const result = await scan(linkedRoot);
    expect(symlinkDiagnostics(result)).toEqual([]);
    expect(ids(result)).toEqual(['prompts/greeting.md', 'prompts/hello.md']);
  });

  it('refuses a read through a symlinked folder that leads outside the root (CODEOWNERS, the config)', async () => {
    const { repo, outside } = workspace();
    symlinkSync(outside, path.join(repo, '.github'));
    await expect(diskFileSource(repo).readFile('.github/secret.md')).rejects.toMatchObject({
      code: 'symlink-outside-root',
    });
  });
});
