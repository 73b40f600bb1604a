import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'promptgraph-baseline-'));
  temporary.push(dir);
  for (const [file, text] of Object.entries(files)) write(dir, file, text);
  return dir;
}
function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

// Two prompt files an existing codebase already has, each loading a partial nobody wrote: two dangling errors.
const EXISTING = {
  'prompts/answer.prompt': '---\nmodel: gpt-4o\n---\n{{> tone}}\nAnswer {{question}}.\n',
  'prompts/summary.prompt': '---\nmodel: gpt-4o\n---\n{{> style}}\nSummarise {{text}}.\n',
  'promptgraph.config.yaml': 'audit:\n  rules:\n    orphan-prompt: off\n    unowned-prompt: off\n',
};

describe('audit --write-baseline and --baseline', () => {
  it('accepts today’s findings, fails only on a new one, and lists fixed ones so the baseline shrinks', async () => {
    const dir = repository(EXISTING);
    const before = await runCli(dir, 'audit', '.', '--fail-on', 'error');
    expect(before.code).toBe(1);

    const written = await runCli(dir, 'audit', '.', '--write-baseline', 'promptgraph-baseline.json');
    expect(written.code).toBe(0);
    expect(written.stderr).toContain('wrote 2 findings to promptgraph-baseline.json');
    const baseline = JSON.parse(readFileSync(path.join(dir, 'promptgraph-baseline.json'), 'utf8'));
    expect(baseline.findings.map((entry: { rule: string; file: string }) => `${entry.rule} ${entry.file}`)).toEqual([
      'dangling-reference prompts/answer.prompt',
      'dangling-reference prompts/summary.prompt',
    ]);

    // The accepted findings move down a line: the fingerprint still matches, the audit passes.
    write(dir, 'prompts/answer.prompt', '---\nmodel: gpt-4o\n---\nBe brief.\n{{> tone}}\nAnswer {{question}}.\n');
    const known = await runCli(dir, 'audit', '.', '--baseline', 'promptgraph-baseline.json');
    expect(known.code).toBe(0);
    expect(known.stdout).toContain('Baseline: 0 new, 2 known');

    // One is fixed, one new appears: the new one fails, the fixed one is reported.
    write(dir, 'prompts/summary.prompt', '---\nmodel: gpt-4o\n---\nSummarise {{text}}.\n');
    write(dir, 'prompts/greet.prompt', '---\nmodel: gpt-4o\n---\n{{> welcome}}\nGreet {{name}}.\n');
    const json = await runCli(dir, 'audit', '.', '--baseline', 'promptgraph-baseline.json', '--format', 'json');
    expect(json.code).toBe(1);
    expect(json.stderr).toContain('1 new finding at or above --fail-on error');
    const result = JSON.parse(json.stdout);
    expect(
      result.findings.map((finding: { file: string; baseline: string }) => `${finding.file} ${finding.baseline}`),
    ).toEqual(['prompts/answer.prompt known', 'prompts/greet.prompt new']);
    expect(result.fixed.map((entry: { file: string }) => entry.file)).toEqual(['prompts/summary.prompt']);

    const text = await runCli(dir, 'audit', '.', '--baseline', 'promptgraph-baseline.json');
    expect(text.stdout).toContain('Baseline: 1 new, 1 known');
    expect(text.stdout).toContain('Fixed since the baseline was written (1)');
    const sarif = JSON.parse(
      (await runCli(dir, 'audit', '.', '--baseline', 'promptgraph-baseline.json', '--format', 'sarif')).stdout,
    );
    expect(sarif.runs[0].results.map((entry: { baselineState: string }) => entry.baselineState)).toEqual([
      'unchanged',
      'new',
    ]);
  });

  it('refuses a baseline file that is missing or not a baseline, with exit 2', async () => {
    const dir = repository({
      ...EXISTING,
      'wrong.json': '{"schemaVersion": 1, "findings": [{"rule": "no-such-rule"}]}\n',
    });
    const missing = await runCli(dir, 'audit', '.', '--baseline', 'nowhere.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read baseline file nowhere.json');
    const wrong = await runCli(dir, 'audit', '.', '--baseline', 'wrong.json');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('wrong.json:1');
  });
});
