import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, runCliWith } from '../support/run-cli.js';
import { fixturePath } from '../support/scan-fixture.js';

const dotprompt = fixturePath('adapters', 'dotprompt');
const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'promptgraph-scan-cli-'));
  temporary.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('promptgraph scan', () => {
  it('prints counts by kind, the most shared fragment and diagnostics with file:line:column as text', async () => {
    const run = await runCli(dotprompt, 'scan');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'dotprompt: 3 prompts, 1 fragment, 0 consumers, 0 contracts, 0 evals, 0 teams, 2 dependencies',
    );
    expect(run.stdout).toContain(
      'Most shared fragments\n  persona  prompts/_persona.prompt:1\n    2 dependents, 0 consumers, no owner',
    );
    expect(run.stdout).toContain('  prompts/escalation.prompt:1:1  warning partial {{> missing_tone}}');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('prints the stable JSON contract, sorted, with no absolute path', async () => {
    const run = await runCli(dotprompt, 'scan', '.', '--format', 'json');
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(['schemaVersion', 'schemaMinor', 'root', 'nodes', 'edges', 'diagnostics']);
    // Token counts arrived at minor 1; later minors only add.
    expect(result.schemaVersion).toBe(1);
    expect(result.schemaMinor).toBeGreaterThanOrEqual(1);
    expect(result.root).toBe('dotprompt');
    // Every prompt carries the tokens of its composed text, counted by the tokenizer its model chooses.
    const prompts = result.nodes.filter((node: { kind: string }) => node.kind === 'prompt');
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) expect(prompt.tokens).toEqual(expect.objectContaining({ count: expect.any(Number) }));
    const ids = result.nodes.map((node: { id: string }) => node.id);
    expect(ids).toEqual([...ids].sort());
    expect(run.stdout).not.toContain(dotprompt);
  });

  it('writes only the --out file and says so on stderr', async () => {
    const out = tempDir();
    const run = await runCli(out, 'scan', dotprompt, '--format', 'json', '--out', 'reports/graph.json');
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('wrote reports/graph.json\n');
    expect(JSON.parse(readFileSync(path.join(out, 'reports/graph.json'), 'utf8')).schemaVersion).toBe(1);
  });

  it('exits 2 on an unknown format', async () => {
    const run = await runCli(dotprompt, 'scan', '--format', 'yaml');
    expect([run.code, run.stderr]).toEqual([
      2,
      "promptgraph: scan: unknown --format 'yaml' (use text, json, graphml or gexf)\n",
    ]);
  });

  it('points at file, line and column of an invalid promptgraph.config.yaml and exits 2', async () => {
    const dir = tempDir({ 'promptgraph.config.yaml': 'include:\n  - "**/*"\nmaxFileBytes: lots\n' });
    const run = await runCli(dir, 'scan');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^promptgraph: promptgraph\.config\.yaml:3:15/);
    expect(run.stderr).toContain('maxFileBytes');
  });

  it('applies --config excludes to the scan', async () => {
    const dir = tempDir({
      'prompts/keep.prompt': 'Keep me.\n',
      'legacy/prompts/old.prompt': 'Old.\n',
      'pg.yaml': 'exclude:\n  - "legacy/**"\n',
    });
    const run = await runCli(dir, 'scan', '--format', 'json', '--config', 'pg.yaml');
    expect(JSON.parse(run.stdout).nodes.map((node: { id: string }) => node.id)).toEqual(['prompts/keep.prompt']);
  });

  it('leaves tests and fixtures out unless --include-tests is given', async () => {
    const dir = tempDir({
      'prompts/reply.prompt': 'Reply.\n',
      'tests/fixtures/prompts/sample.prompt': 'Sample.\n',
    });
    const ids = (stdout: string) => JSON.parse(stdout).nodes.map((node: { id: string }) => node.id);
    const plain = await runCli(dir, 'scan', '--format', 'json');
    expect(ids(plain.stdout)).toEqual(['prompts/reply.prompt']);
    expect(JSON.parse(plain.stdout).diagnostics.map((diagnostic: { code: string }) => diagnostic.code)).toEqual([
      'tests-left-out',
    ]);
    const withTests = await runCli(dir, 'scan', '--format', 'json', '--include-tests');
    expect(ids(withTests.stdout)).toEqual(['prompts/reply.prompt', 'tests/fixtures/prompts/sample.prompt']);
  });

  it('shows a progress bar only when stderr is a terminal, and never with --quiet', async () => {
    // Without the cache: a scan reusing an earlier identical result reads no file, so it has no bar to show.
    const tty = await runCliWith(
      { cwd: dotprompt, env: {}, stderrIsTTY: true },
      'scan',
      '--format',
      'json',
      '--no-cache',
    );
    expect(tty.stderr).toContain('scanning (reading files) [');
    expect(tty.stderr).toContain('] 4/4 files');
    expect(tty.stderr.endsWith('\u001b[2K')).toBe(true);
    const quiet = await runCliWith(
      { cwd: dotprompt, env: {}, stderrIsTTY: true },
      'scan',
      '--format',
      'json',
      '--quiet',
    );
    expect(quiet.stderr).toBe('');
    expect(JSON.parse(tty.stdout).schemaVersion).toBe(1);
  });

  it('lists the global --format and --out in its own help', async () => {
    const run = await runCli(dotprompt, 'scan', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Global Options:$/m);
    expect(run.stdout).toMatch(/^ {2}--format <format> /m);
    expect(run.stdout).toMatch(/^ {2}--out <file> /m);
  });

  it('exits 1 when the scan found an error-severity problem, still printing the whole graph', async () => {
    const dir = tempDir({ 'prompts/ok.prompt': 'Fine.\n', 'prompts/broken.prompt': '---\nmodel: x\nNever closed.\n' });
    const text = await runCli(dir, 'scan');
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/prompts\/broken\.prompt:1:1 {2}error front matter opened with --- is never closed/);
    const json = await runCli(dir, 'scan', '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).nodes.map((node: { id: string }) => node.id)).toContain('prompts/ok.prompt');
    expect(json.stderr).toBe("promptgraph scan: 1 error-severity diagnostic (exit 1); see the result's diagnostics\n");
  });
});
