import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/schema/scan-result.js';
import { publishedSchemaParser } from '../support/published-schema.js';
import { runCli } from '../support/run-cli.js';
import { fixturePath } from '../support/scan-fixture.js';

const validScan = publishedSchemaParser<ScanResult>('scan-result.schema.json');
const org = fixturePath('org');
let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Each repository scanned as its own CI job would, the JSON saved where the merge job finds it. */
async function savedScans(): Promise<string> {
  dir = mkdtempSync(path.join(tmpdir(), 'promptgraph-merge-'));
  for (const repository of ['prompt-kit', 'support-bot', 'triage']) {
    const run = await runCli(
      org,
      'scan',
      repository,
      '--format',
      'json',
      '--out',
      path.join(dir, `${repository}.json`),
    );
    expect(run.code).toBe(0);
  }
  return dir;
}

describe('promptgraph merge', () => {
  it('merges saved scan results into one graph matching the scan schema, with the links between repositories', async () => {
    const scans = await savedScans();
    const run = await runCli(scans, 'merge', 'prompt-kit.json', 'support-bot.json', 'triage.json', '--name', 'acme');
    expect(run.code).toBe(0);
    const merged = validScan(run.stdout);
    expect(merged.root).toBe('acme');
    expect(merged.edges.filter((edge) => edge.package).length).toBe(3);
    expect(merged.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['version-outside-range']);
  });

  it('reads a workspace file listing folders to scan and saved results, paths relative to it', async () => {
    const scans = await savedScans();
    writeFileSync(
      path.join(scans, 'org.yaml'),
      `name: acme\nrepositories:\n  - path: ${path.join(org, 'prompt-kit')}\n  - scan: support-bot.json\n  - scan: triage.json\n    name: ticket-triage\n`,
    );
    const run = await runCli(scans, 'merge', '--workspace', 'org.yaml', '--out', 'org.json');
    expect(run.code).toBe(0);
    const merged = validScan(readFileSync(path.join(scans, 'org.json'), 'utf8'));
    expect(merged.repositories?.map((repository) => repository.name)).toEqual([
      'prompt-kit',
      'support-bot',
      'ticket-triage',
    ]);
  });

  it('points at the line of a broken workspace file and exits 2', async () => {
    const scans = await savedScans();
    writeFileSync(path.join(scans, 'org.yaml'), 'repositories:\n  - folder: ../prompt-kit\n');
    const run = await runCli(scans, 'merge', '--workspace', 'org.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^promptgraph: org\.yaml:2:\d+: workspace /);
  });

  it('exports the merged graph as GraphML and GEXF', async () => {
    for (const format of ['graphml', 'gexf']) {
      const run = await runCli(org, 'merge', 'prompt-kit', 'support-bot', 'triage', '--format', format);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('prompt-kit::src/persona.ts#PERSONA');
    }
  });

  it('refuses to merge nothing', async () => {
    const run = await runCli(org, 'merge');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give scan results or repository folders, or --workspace <file>');
  });
});
