import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { IMPACT_COMMENT_MARKER } from '../../src/output/report/pr-comment.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { validCodeQuality } from '../support/gitlab-code-quality.js';
import { runCli, runCliWith } from '../support/run-cli.js';
import { REPO_ROOT } from '../support/scan-fixture.js';

interface Job {
  stage: string;
  image: string;
  rules: { if: string }[];
  variables: Record<string, string | number>;
  script: string[];
  artifacts: { when: string; reports: { codequality: string[] } };
}

const doc = readFileSync(path.join(REPO_ROOT, 'docs/gitlab-ci.md'), 'utf8');
const yamlBlocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
const job = (parse(yamlBlocks[0]!) as Record<string, Job>).promptgraph!;
const commandOf = (command: string): string =>
  job.script.find((line) => line.startsWith(`npx promptgraph ${command}`)) ??
  expect.unreachable(`no script line runs ${command}`);
/** A documented command's arguments, with the approvals the job would fetch left empty. */
const argumentsOf = (command: string): string[] =>
  commandOf(command)
    .replace('"$APPROVED"', '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(2)
    .map((argument) => (argument === '--approved-by' ? '--approved-by=' : argument));

let repo: GitRepo | undefined;
afterEach(() => repo?.dispose());

// Each test spawns the CLI, some several times: on a loaded machine one run can take 20 s.
describe('docs/gitlab-ci.md', { timeout: 120_000 }, () => {
  it('holds one job that runs in merge-request pipelines with the whole history', () => {
    expect(yamlBlocks).toHaveLength(1);
    expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(job.variables.GIT_DEPTH).toBe(0);
  });

  it('uploads the Code Quality reports the audit and the check write, whatever the gate says', () => {
    expect(job.artifacts.when).toBe('always');
    expect(job.artifacts.reports.codequality).toEqual([
      commandOf('audit').match(/--out (\S+)/)![1],
      commandOf('check').match(/--out (\S+)/)![1],
    ]);
  });

  it('posts the note file impact writes, finding the earlier note by its marker, with approvals from the API', () => {
    const noteFile = commandOf('impact').match(/--note-file (\S+)/)![1]!;
    const posting = job.script.find((line) => line.includes('/notes'))!;
    expect(posting).toContain(`startswith("${IMPACT_COMMENT_MARKER}")`);
    expect(posting).toContain(`body@${noteFile}`);
    expect(job.script.some((line) => line.includes('/merge_requests/$CI_MERGE_REQUEST_IID/approvals'))).toBe(true);
  });

  it('uses only flags the commands accept', async () => {
    for (const command of ['impact', 'audit', 'check']) {
      const help = (await runCli(REPO_ROOT, command, '--help')).stdout + (await runCli(REPO_ROOT, '--help')).stdout;
      const flags = commandOf(command).match(/--[a-z-]+/g) ?? [];
      expect(flags.length).toBeGreaterThan(0);
      expect(flags.filter((flag) => !help.includes(`${flag} `) && !help.includes(`${flag}\n`))).toEqual([]);
    }
  });

  it("run as documented in a merge-request pipeline, compares from the MR's diff base and writes valid reports", async () => {
    repo = createGitRepo({
      '.github/CODEOWNERS': '/prompts/ @acme/platform\n',
      'prompts/_persona.prompt': 'You are Ada.\n',
      'prompts/reply.prompt': '{{> persona}}\nAnswer {{question}}.\n',
      'prompts/orphan.md': 'Nobody sends this.\n',
    });
    const base = repo.commit('prompts');
    repo.git('checkout', '-q', '-b', 'tidy-persona');
    repo.write({ 'prompts/_persona.prompt': 'You are Ada, brief and warm.\n' });
    repo.commit('Tidy the persona');
    const gitlab = { cwd: repo.dir, env: { GITLAB_CI: 'true', CI_MERGE_REQUEST_DIFF_BASE_SHA: base } };

    const impact = await runCliWith(gitlab, ...argumentsOf('impact'), '--format', 'json');
    expect(impact.code).toBe(0);
    expect(JSON.parse(impact.stdout).base).toEqual({ ref: base, commit: base });
    const note = readFileSync(path.join(repo.dir, commandOf('impact').match(/--note-file (\S+)/)![1]!), 'utf8');
    expect(note.split('\n')[0]).toBe(IMPACT_COMMENT_MARKER);
    expect(note).toContain('prompts/_persona.prompt');

    const audit = await runCliWith(gitlab, ...argumentsOf('audit'));
    expect(audit.code).toBe(0);
    const auditIssues = validCodeQuality(
      readFileSync(path.join(repo.dir, job.artifacts.reports.codequality[0]!), 'utf8'),
    );
    expect(auditIssues.map((issue) => issue.check_name)).toContain('promptgraph/orphan-prompt');

    const check = await runCliWith(gitlab, ...argumentsOf('check'));
    expect(check.code).toBe(1);
    const checkFile = path.join(repo.dir, job.artifacts.reports.codequality[1]!);
    expect(existsSync(checkFile)).toBe(true);
    expect(validCodeQuality(readFileSync(checkFile, 'utf8'))).toEqual([
      expect.objectContaining({
        check_name: 'promptgraph/check/missing-approval',
        severity: 'critical',
        location: { path: 'prompts/_persona.prompt', lines: { begin: 1 } },
      }),
    ]);
  });
});
