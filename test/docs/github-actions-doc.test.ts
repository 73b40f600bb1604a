import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { IMPACT_COMMENT_MARKER } from '../../src/output/report/pr-comment.js';
import { DEFAULT_CACHE_FOLDER } from '../../src/model/cache-options.js';
import { runCli } from '../support/run-cli.js';
import { REPO_ROOT } from '../support/scan-fixture.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

const doc = readFileSync(path.join(REPO_ROOT, 'docs/github-actions.md'), 'utf8');
const yamlBlocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
const workflow = parse(yamlBlocks[0]!) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
};
const steps = Object.values(workflow.jobs)[0]!.steps;
const stepUsing = (action: string): Step =>
  steps.find((step) => step.uses?.startsWith(action)) ?? expect.unreachable(`no step uses ${action}`);
const commandOf = (command: string): string =>
  steps.map((step) => step.run ?? '').find((run) => run.startsWith(`npx --no-install promptgraph ${command}`)) ??
  expect.unreachable(`no step runs ${command}`);

describe('docs/github-actions.md', () => {
  it('holds one workflow that is valid YAML and runs on pull_request with the permissions its steps need', () => {
    expect(yamlBlocks).toHaveLength(1);
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write' });
  });

  it('checks out the whole history and sets up Node', () => {
    expect(stepUsing('actions/checkout@').with).toEqual({ 'fetch-depth': 0 });
    expect(stepUsing('actions/setup-node@').with).toEqual({ 'node-version': 20 });
  });

  it('restores the extraction cache after npm ci (which empties node_modules) and saves it under a new key each run', () => {
    const cache = stepUsing('actions/cache@');
    expect(cache.with?.path).toBe(DEFAULT_CACHE_FOLDER);
    expect(cache.with?.key).toContain('${{ github.sha }}');
    expect(String(cache.with?.key).startsWith(String(cache.with?.['restore-keys']))).toBe(true);
    expect(steps.indexOf(cache)).toBeGreaterThan(steps.findIndex((step) => step.run === 'npm ci'));
  });

  it("runs impact against the PR base writing the comment file, audit as SARIF, and check with the reviews' approvals", () => {
    expect(commandOf('impact')).toBe(
      'npx --no-install promptgraph impact --base "origin/${{ github.base_ref }}" --head HEAD --approved-by "$APPROVED" --comment-file "$RUNNER_TEMP/promptgraph-comment.md"',
    );
    expect(commandOf('audit')).toBe('npx --no-install promptgraph audit --format sarif --out promptgraph.sarif');
    expect(commandOf('check')).toContain('--approved-by "$APPROVED"');
    expect(steps.find((step) => step.name?.startsWith('Approvals'))?.run).toContain(
      'gh api --paginate "repos/$REPO/pulls/$PR/reviews"',
    );
  });

  it("uploads the SARIF the audit wrote and posts the comment by promptgraph's marker", () => {
    expect(stepUsing('github/codeql-action/upload-sarif@').with?.sarif_file).toBe('promptgraph.sarif');
    const script = String(stepUsing('actions/github-script@').with?.script);
    expect(script).toContain(`const marker = '${IMPACT_COMMENT_MARKER}';`);
    expect(script).toContain('updateComment');
    expect(script).toContain('promptgraph-comment.md');
  });

  it('uses only flags the commands accept', async () => {
    for (const command of ['impact', 'check', 'audit']) {
      const help = (await runCli(REPO_ROOT, command, '--help')).stdout + (await runCli(REPO_ROOT, '--help')).stdout;
      // `--no-install` is npx's own flag, not promptgraph's.
      const flags = (commandOf(command).match(/--[a-z-]+/g) ?? []).filter((flag) => flag !== '--no-install');
      expect(flags.length).toBeGreaterThan(0);
      expect(flags.filter((flag) => !help.includes(`${flag} `) && !help.includes(`${flag}\n`))).toEqual([]);
    }
  });
});
