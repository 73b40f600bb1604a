import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../support/run-cli.js';
import { REPO_ROOT, fixturePath } from '../support/scan-fixture.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  env: Record<string, string>;
  jobs: Record<string, { needs?: string; strategy?: { matrix: Record<string, string[]> }; steps: Step[] }>;
}
interface GitlabJob {
  needs?: string[];
  script: string[];
  artifacts: { paths: string[] };
}

const doc = readFileSync(path.join(REPO_ROOT, 'docs/organisation.md'), 'utf8');
const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parse(match[1]!) as unknown);
const github = blocks.find((block) => (block as Workflow).jobs) as Workflow;
const gitlab = blocks.find((block) => (block as Record<string, GitlabJob>).merge?.script) as Record<
  string,
  GitlabJob
> & {
  variables: Record<string, string>;
};
const version = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** Every promptgraph command the doc runs, with its subcommand. */
const commands = [
  ...Object.values(github.jobs).flatMap((job) => job.steps.map((step) => step.run ?? '')),
  ...Object.values(gitlab).flatMap((job) => (job as GitlabJob).script ?? []),
  ...[...doc.matchAll(/^promptgraph [^\n]+$/gm)].map((match) => match[0]),
]
  .map((line) => /promptgraph(?:@\S+)?"? (\w+)([^|]*)/.exec(line))
  .filter((match): match is RegExpExecArray => match !== null);

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

// Each test spawns the CLI, some several times: on a loaded machine one run can take 20 s.
describe('docs/organisation.md', { timeout: 120_000 }, () => {
  it('pins the promptgraph version the package is at, on both CIs', () => {
    expect(github.env.PROMPTGRAPH_VERSION).toBe(version);
    expect(String(gitlab.variables.PROMPTGRAPH_VERSION)).toBe(version);
  });

  it('scans in a matrix, uploads each scan, and merges them all in one job after it', () => {
    const scan = github.jobs.scan!;
    expect(scan.strategy?.matrix.repository?.length).toBeGreaterThan(1);
    // The checkout folder is the repository's name: the merge names each scan by its root.
    expect(scan.steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.path).toBe(
      '${{ steps.name.outputs.name }}',
    );
    expect(scan.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))?.with?.path).toBe('scans/');
    const merge = github.jobs.merge!;
    expect(merge.needs).toBe('scan');
    expect(merge.steps.find((step) => step.uses?.startsWith('actions/download-artifact@'))?.with).toMatchObject({
      pattern: 'scan-*',
      path: 'scans',
      'merge-multiple': true,
    });
    expect(gitlab.merge?.needs).toEqual(['scan']);
    expect(gitlab.scan?.artifacts.paths).toEqual(['scans/']);
  });

  it('uses only commands and flags promptgraph accepts', async () => {
    expect(commands.map((match) => match[1])).toEqual(expect.arrayContaining(['scan', 'merge', 'render', 'impact']));
    for (const [, command, rest] of commands) {
      const help = (await runCli(REPO_ROOT, command!, '--help')).stdout + (await runCli(REPO_ROOT, '--help')).stdout;
      const flags = rest!.match(/--[a-z-]+/g) ?? [];
      expect(flags.filter((flag) => !help.includes(`${flag} `) && !help.includes(`${flag}\n`))).toEqual([]);
    }
  });

  it('run as documented, the scans of three repositories merge into one graph with the links between them', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'promptgraph-org-doc-'));
    for (const repository of ['prompt-kit', 'support-bot', 'triage']) {
      // The scan step: the repository checked out in a folder of its own name, scanned to scans/<name>.json.
      const out = path.join(dir, 'scans', `${repository}.json`);
      expect((await runCli(fixturePath('org'), 'scan', repository, '--format', 'json', '--out', out)).code).toBe(0);
    }
    const scans = readdirSync(path.join(dir, 'scans')).map((file) => path.join('scans', file));
    const merge = await runCli(dir, 'merge', ...scans, '--name', 'acme', '--out', 'org.json');
    expect(merge.code).toBe(0);
    const org = JSON.parse(readFileSync(path.join(dir, 'org.json'), 'utf8')) as { repositories: { name: string }[] };
    expect(org.repositories.map((repository) => repository.name)).toEqual(['prompt-kit', 'support-bot', 'triage']);
  });
});
