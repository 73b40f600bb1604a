import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { IMPACT_COMMENT_MARKER } from '../../src/output/report/pr-comment.js';
import { runCli } from '../support/run-cli.js';
import { REPO_ROOT } from '../support/scan-fixture.js';

interface Step {
  name: string;
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { description: string; required: boolean; default: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as Action;
const steps = action.runs.steps;
const step = (name: string): Step => steps.find((candidate) => candidate.name === name) ?? expect.unreachable(name);
const text = JSON.stringify(action);

/** The promptgraph commands a step runs, with the flags each passes (from its args array and its appended flags). */
function flagsOf(run: string, command: string): string[] {
  return [...run.matchAll(new RegExp(`${command}[^\\n]*|args\\+=\\([^)]*\\)`, 'g'))]
    .flatMap((match) => match[0].match(/--[a-z-]+/g) ?? [])
    .filter((flag, index, all) => all.indexOf(flag) === index);
}

const helpOf = async (command: string): Promise<string> =>
  (await runCli(REPO_ROOT, command, '--help')).stdout + (await runCli(REPO_ROOT, '--help')).stdout;

describe('action.yml (the GitHub Action in this repository)', () => {
  it('is a composite action whose run steps say their shell', () => {
    expect(action.runs.using).toBe('composite');
    for (const candidate of steps.filter((each) => each.run)) expect(candidate.shell, candidate.name).toBe('bash');
  });

  it('installs the promptgraph of its own package.json unless a version is given: versioned with the package', () => {
    expect(action.inputs.version?.default).toBe('');
    const install = step('Install promptgraph');
    expect(install.env).toEqual({ VERSION: '${{ inputs.version }}', ACTION_PATH: '${{ github.action_path }}' });
    expect(install.run).toContain(
      `version="\${VERSION:-$(node -p "require(process.env.ACTION_PATH + '/package.json').version")}"`,
    );
    expect(install.run).toContain('"promptgraph@$version"');
  });

  it('uses every input it declares, and declares every input it uses', () => {
    const used = new Set([...text.matchAll(/inputs\.([a-z-]+)/g)].map((match) => match[1]!));
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('passes only flags impact, audit and check accept, and each of those steps runs its command', async () => {
    for (const [name, command] of [
      ['Impact', 'impact'],
      ['Audit', 'audit'],
      ['Check', 'check'],
    ] as const) {
      const run = step(name).run!;
      expect(run).toMatch(new RegExp(`(args=\\(${command} |"\\$PROMPTGRAPH" ${command} )`));
      const help = await helpOf(command);
      const flags = flagsOf(run, command);
      expect(flags.length).toBeGreaterThan(0);
      expect(flags.filter((flag) => !help.includes(`${flag} `) && !help.includes(`${flag}\n`))).toEqual([]);
    }
  });

  it('maps each input that is a CLI flag to that flag', () => {
    const impact = step('Impact');
    const check = step('Check');
    expect(impact.env?.AGAINST).toBe('${{ inputs.against }}');
    expect(impact.run).toContain('--against "$AGAINST"');
    expect(check.env).toMatchObject({ EVALS: '${{ inputs.evals-passed }}', REVIEW_DATA: '${{ inputs.review-data }}' });
    expect(check.run).toContain('--evals-passed "$EVALS"');
    expect(check.run).toContain('--review-data "$REVIEW_DATA"');
    for (const candidate of [impact, check, step('Audit')]) expect(candidate.env?.DIR).toBe('${{ inputs.path }}');
  });

  it('writes the comment where the posting step reads it, and finds the sticky comment by the marker', () => {
    expect(step('Impact').run).toContain('--comment-file "$RUNNER_TEMP/promptgraph-comment.md"');
    const post = step('Post or update the sticky comment');
    expect(post.uses).toMatch(/^actions\/github-script@v\d+$/);
    expect(post.with?.script).toContain('`${process.env.RUNNER_TEMP}/promptgraph-comment.md`');
    expect(post.with?.script).toContain(`const marker = '${IMPACT_COMMENT_MARKER}';`);
    expect(post.if).toContain("inputs.comment == 'true'");
  });

  it('uploads the SARIF the audit writes, and gates last', () => {
    expect(step('Audit').run).toContain('--format sarif --out "$RUNNER_TEMP/promptgraph.sarif"');
    const upload = step('Upload the audit to code scanning');
    expect(upload.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/);
    expect(upload.with?.sarif_file).toBe('${{ steps.audit.outputs.sarif }}');
    expect(steps.at(-1)?.name).toBe('Check');
    expect(action.outputs['sarif-file']?.value).toBe('${{ steps.audit.outputs.sarif }}');
  });

  it('is the action the README shows in three lines, pinned to this version', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const version = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string })
      .version;
    expect(readme).toContain(
      `      - uses: actions/checkout@v4\n        with: { fetch-depth: 0 }\n      - uses: promptgraph/promptgraph@v${version}\n`,
    );
  });
});
