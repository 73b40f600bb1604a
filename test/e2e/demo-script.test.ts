import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/scan-fixture.js';
import { validImpactJson } from './impact-harness.js';

let scratch: string;
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run demo (scripts/demo.mjs)', () => {
  it('writes the Markdown, JSON and HTML reports into ./promptgraph-demo/ of the current directory, nothing else there, and prints the impact summary', () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'promptgraph-demo-test-'));
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/demo.mjs')], {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(scratch)).toEqual(['promptgraph-demo']);
    const out = path.join(scratch, 'promptgraph-demo');
    expect(readdirSync(out).sort()).toEqual(['impact.html', 'impact.json', 'impact.md']);
    expect(run.stdout).toContain('+ End every reply by asking whether there is anything else you can help with.');
    expect(run.stdout).toContain('Risk: HIGH');
    expect(run.stdout).toContain('Changed (1)\n  packages/prompt-kit/src/persona.ts#PERSONA  fragment');
    expect(run.stdout).toContain(`Reports in promptgraph-demo${path.sep}\n  impact.md`);
    const json = validImpactJson(readFileSync(path.join(out, 'impact.json'), 'utf8'));
    expect(json.changed.map((node) => node.id)).toEqual(['packages/prompt-kit/src/persona.ts#PERSONA']);
    expect(readFileSync(path.join(out, 'impact.md'), 'utf8')).toContain('```mermaid');
    expect(readFileSync(path.join(out, 'impact.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });
});
