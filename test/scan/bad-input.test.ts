import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { parseConfig } from '../../src/build/config/load-config.js';
import type { ScanResult } from '../../src/model/schema/scan-result.js';

const GOOD = { 'prompts/good.prompt': 'Answer {{question}} politely.\n' };
const ids = (result: ScanResult): string[] => result.nodes.map((node) => node.id);
const diagnostic = (result: ScanResult, code: string) =>
  result.diagnostics.find((candidate) => candidate.code === code);

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('bad input gives a diagnostic and the scan goes on', () => {
  it('reads UTF-16 text, with or without a byte-order mark, instead of calling it binary', async () => {
    const text = 'You are Ada.\nAnswer {{question}} politely.\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const result = await scan(
      memoryFileSource('repo', {
        'prompts/bom-le.prompt': Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
        'prompts/bom-be.prompt': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
        'prompts/plain-le.prompt': le,
      }),
    );
    expect(result.diagnostics.map((entry) => [entry.code, entry.file, entry.severity])).toEqual([
      ['utf16', 'prompts/bom-be.prompt', 'info'],
      ['utf16', 'prompts/bom-le.prompt', 'info'],
      ['utf16', 'prompts/plain-le.prompt', 'info'],
    ]);
    for (const node of result.nodes) {
      expect(node.text, node.id).toBe(text);
      expect(node.variables, node.id).toEqual(['question']);
    }
    expect(result.nodes).toHaveLength(3);
  });

  it('skips a binary file that looks like a prompt, naming it', async () => {
    const result = await scan(
      memoryFileSource('repo', { ...GOOD, 'prompts/logo.prompt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) }),
    );
    expect(diagnostic(result, 'binary-file')).toMatchObject({ severity: 'warning', file: 'prompts/logo.prompt' });
    expect(ids(result)).toEqual(['prompts/good.prompt']);
  });

  it('skips a file over maxFileBytes and says how to raise the limit', async () => {
    const config = parseConfig('maxFileBytes: 100\n');
    const result = await scan(memoryFileSource('repo', { ...GOOD, 'prompts/huge.prompt': 'word '.repeat(100) }), {
      config,
    });
    expect(diagnostic(result, 'file-too-large')?.message).toContain('maxFileBytes');
    expect(ids(result)).toEqual(['prompts/good.prompt']);
  });

  it('reads non-UTF-8 text with replacement characters and reports the first bad line', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('---\nmodel: x\n---\nBonjour,\n'),
      Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      Buffer.from(' {{name}}\n'),
    ]);
    const result = await scan(memoryFileSource('repo', { ...GOOD, 'prompts/fr.prompt': latin1 }));
    expect(diagnostic(result, 'non-utf8')).toMatchObject({ file: 'prompts/fr.prompt', line: 5 });
    expect(ids(result)).toContain('prompts/fr.prompt');
  });

  it('reports malformed front matter with its line and keeps the other prompts', async () => {
    const result = await scan(
      memoryFileSource('repo', { ...GOOD, 'prompts/broken.prompt': '---\nmodel: [unclosed\n---\nHello.\n' }),
    );
    const broken = result.diagnostics.filter((candidate) => candidate.file === 'prompts/broken.prompt');
    expect(broken.length).toBeGreaterThan(0);
    expect(broken[0]!.line).toBeGreaterThanOrEqual(2);
    expect(ids(result)).toContain('prompts/good.prompt');
  });

  it('survives a symlink loop on disk: the looping file is reported unreadable, directories are not followed', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'promptgraph-loop-'));
    temporary.push(root);
    mkdirSync(path.join(root, 'prompts'));
    writeFileSync(path.join(root, 'prompts/good.prompt'), GOOD['prompts/good.prompt']);
    symlinkSync('b.prompt', path.join(root, 'prompts/a.prompt'));
    symlinkSync('a.prompt', path.join(root, 'prompts/b.prompt'));
    symlinkSync('..', path.join(root, 'prompts/parent'));
    const result = await scan(root);
    expect(ids(result)).toEqual(['prompts/good.prompt']);
    const unreadable = result.diagnostics
      .filter((candidate) => candidate.code === 'unreadable-file')
      .map((candidate) => candidate.file);
    expect(unreadable).toEqual(['prompts/a.prompt', 'prompts/b.prompt']);
    expect(result.diagnostics.find((candidate) => candidate.file === 'prompts/a.prompt')?.message).toContain(
      'symlink loop',
    );
  });

  it('reports a dangling partial at the line that names it', async () => {
    const result = await scan(memoryFileSource('repo', { ...GOOD, 'prompts/reply.prompt': 'Hi.\n\n{{> nowhere}}\n' }));
    expect(diagnostic(result, 'dangling-reference')).toMatchObject({ file: 'prompts/reply.prompt', line: 3 });
  });

  it('reports an include cycle naming every member', async () => {
    const result = await scan(
      memoryFileSource('repo', {
        'prompts/_a.prompt': '{{> b}}\n',
        'prompts/_b.prompt': '{{> a}}\n',
        'prompts/top.prompt': '{{> a}}\n',
      }),
    );
    const cycle = diagnostic(result, 'include-cycle');
    expect(cycle?.message).toContain('prompts/_a.prompt');
    expect(cycle?.message).toContain('prompts/_b.prompt');
  });
});
