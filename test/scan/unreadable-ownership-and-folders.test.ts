import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { diskFileSource, memoryFileSource } from '../../src/build/files/file-source.js';
import type { FileSource } from '../../src/model/file-source.js';

let base: string;
// `rm -rf` walks folders relative to each other, so it also removes a tree deeper than PATH_MAX.
afterEach(() => execFileSync('rm', ['-rf', base]));

/** `base/repo` with one prompt, and `base/outside`. */
function repository(): string {
  base = mkdtempSync(path.join(tmpdir(), 'promptgraph-unreadable-'));
  const repo = path.join(base, 'repo');
  mkdirSync(path.join(repo, 'prompts'), { recursive: true });
  mkdirSync(path.join(base, 'outside'));
  writeFileSync(path.join(repo, 'prompts/reply.prompt'), 'Answer kindly.\n');
  return repo;
}

const located = (result: Awaited<ReturnType<typeof scan>>, code: string) =>
  result.diagnostics
    .filter((diagnostic) => diagnostic.code === code)
    .map((diagnostic) => `${diagnostic.severity} ${diagnostic.file}:${diagnostic.line} ${diagnostic.message}`);

describe('a CODEOWNERS that is there but cannot be read is said, not silently ownerless', () => {
  it('a symlink leading outside the root', async () => {
    const repo = repository();
    writeFileSync(path.join(base, 'outside/CODEOWNERS'), '* @outsiders\n');
    mkdirSync(path.join(repo, '.github'));
    symlinkSync(path.join(base, 'outside/CODEOWNERS'), path.join(repo, '.github/CODEOWNERS'));
    const result = await scan(diskFileSource(repo), { cache: false });
    expect(located(result, 'codeowners-unreadable')).toEqual([
      'warning .github/CODEOWNERS:0 ignored: it is a symlink leading outside the repository root, which promptgraph never reads, so no team owns anything through this file; make it a regular file inside the repository',
    ]);
    expect(result.nodes.find((node) => node.id === 'prompts/reply.prompt')?.owners).toEqual([]);
  });

  it('a FIFO, which would block a read forever', async () => {
    const repo = repository();
    execFileSync('mkfifo', [path.join(repo, 'CODEOWNERS')]);
    const result = await scan(diskFileSource(repo), { cache: false });
    expect(located(result, 'codeowners-unreadable')).toEqual([
      'warning CODEOWNERS:0 ignored: it is not a regular file (a FIFO, a socket or a device), so no team owns anything through this file; make it a regular file inside the repository',
    ]);
  });

  it('no permission to read it (an EACCES from the source), and the next location still applies', async () => {
    // The memory source holds both files; its reads of the first fail as a disk read without permission does.
    const files = memoryFileSource('repo', {
      '.github/CODEOWNERS': '* @hidden\n',
      'docs/CODEOWNERS': '* @docs-team\n',
      'prompts/reply.prompt': 'Answer kindly.\n',
    });
    const denied: FileSource = {
      ...files,
      readFile: (file) =>
        file === '.github/CODEOWNERS'
          ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' }))
          : files.readFile(file),
    };
    const result = await scan(denied, { cache: false });
    expect(located(result, 'codeowners-unreadable')).toEqual([
      'warning .github/CODEOWNERS:0 ignored: it cannot be read (permission denied), so no team owns anything through this file; make it a regular file inside the repository',
    ]);
    expect(result.nodes.find((node) => node.id === 'prompts/reply.prompt')?.owners).toEqual(['@docs-team']);
  });

  it('says nothing when there is no CODEOWNERS at all', async () => {
    const result = await scan(diskFileSource(repository()), { cache: false });
    expect(located(result, 'codeowners-unreadable')).toEqual([]);
  });
});

describe('a folder the walk cannot list is reported, not skipped silently', () => {
  it('a folder whose path is longer than the system allows (fails for root too)', async () => {
    const repo = repository();
    // Seventeen nested 250-character names: over PATH_MAX (4096), so listing the deepest fails with ENAMETOOLONG.
    const name = 'd'.repeat(250);
    // Made one level at a time, each relative to the last: no single call names the whole path.
    const script = `const fs = require('node:fs'); for (let i = 0; i < 17; i++) { fs.mkdirSync(${JSON.stringify(name)}); process.chdir(${JSON.stringify(name)}); } fs.writeFileSync('deep.prompt', 'Hi');`;
    execFileSync(process.execPath, ['-e', script], { cwd: path.join(repo, 'prompts') });
    const result = await scan(diskFileSource(repo), { cache: false });
    const [diagnostic, ...rest] = located(result, 'unreadable-folder');
    expect(rest).toEqual([]);
    expect(diagnostic).toMatch(
      new RegExp(
        `^warning prompts/(${name}/){16}${name}:0 skipped: cannot list the folder \\(its path is too long for the system\\), so none of its files is scanned$`,
      ),
    );
    expect(result.nodes.map((node) => node.id)).toContain('prompts/reply.prompt');
  });

  it.skipIf(process.getuid?.() === 0)(
    'a folder without read permission (chmod 000; skipped as root, whom permissions do not stop)',
    async () => {
      const repo = repository();
      mkdirSync(path.join(repo, 'private'));
      writeFileSync(path.join(repo, 'private/secret.prompt'), 'Hidden.\n');
      chmodSync(path.join(repo, 'private'), 0o000);
      try {
        const result = await scan(diskFileSource(repo), { cache: false });
        expect(located(result, 'unreadable-folder')).toEqual([
          'warning private:0 skipped: cannot list the folder (permission denied), so none of its files is scanned',
        ]);
      } finally {
        chmodSync(path.join(repo, 'private'), 0o755);
      }
    },
  );
});
