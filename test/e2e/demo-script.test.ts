import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/scan-fixture.js';
import { validImpactJson } from './impact-harness.js';

let scratch: string;
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const demo = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/demo.mjs'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('npm run demo (scripts/demo.mjs)', () => {
  it('writes the Markdown, JSON and HTML reports into the folder it is given and prints the impact summary', () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'promptgraph-demo-test-'));
    const cwd = path.join(scratch, 'cwd');
    mkdirSync(cwd);
    const run = demo(cwd, path.join(scratch, 'reports'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(path.join(scratch, 'reports')).sort()).toEqual(['impact.html', 'impact.json', 'impact.md']);
    expect(readdirSync(cwd)).toEqual([]);
    expect(run.stdout).toContain('+ End every reply by asking whether there is anything else you can help with.');
    expect(run.stdout).toContain('Risk: HIGH');
    expect(run.stdout).toContain('Changed (1)\n  packages/prompt-kit/src/persona.ts#PERSONA  fragment');
    expect(run.stdout).toContain(`Reports in ${path.join(scratch, 'reports')}${path.sep}\n  impact.md`);
    const json = validImpactJson(readFileSync(path.join(scratch, 'reports/impact.json'), 'utf8'));
    expect(json.changed.map((node) => node.id)).toEqual(['packages/prompt-kit/src/persona.ts#PERSONA']);
    expect(readFileSync(path.join(scratch, 'reports/impact.md'), 'utf8')).toContain('```mermaid');
    expect(readFileSync(path.join(scratch, 'reports/impact.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('writes into ./promptgraph-demo/ under the current directory by default', () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'promptgraph-demo-test-'));
    const run = demo(scratch);
    expect(run.status).toBe(0);
    expect(readdirSync(path.join(scratch, 'promptgraph-demo')).sort()).toEqual(['impact.html', 'impact.json', 'impact.md']);
    expect(run.stdout).toContain(`Reports in promptgraph-demo${path.sep}\n`);
  });
});
