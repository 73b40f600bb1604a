import { afterEach, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/model/schema/check-outcome.js';
import { publishedSchemaParser } from '../support/published-schema.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { impactJson, runCli } from './impact-harness.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

const validCheckJson = publishedSchemaParser<CheckResult>('check-result.schema.json');

/** A system prompt a deployment's YAML points at: no code in the repository is seen sending it to a model. */
function unknownReachRepo(): GitRepo {
  const created = createGitRepo({
    '.github/CODEOWNERS': 'prompts/ @acme/ml\n',
    'prompts/system.md': 'You are the triage assistant.\n',
    'deploy/agent.yaml': 'system_prompt_file: prompts/system.md\n',
  });
  created.commit('triage system prompt, configured in YAML');
  created.write({ 'prompts/system.md': 'You are the triage assistant. Never guess a severity.\n' });
  return created;
}

describe('the UNKNOWN risk of a prompt with no known consumer', () => {
  it('says unknown and why, and asks the prompt’s own owners', async () => {
    repo = unknownReachRepo();
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.risk.level).toBe('unknown');
    expect(result.risk.reasons[0]).toBe('consumers unknown for prompts/system.md (no consumer found)');
    expect(result.approvals.map((approval) => [approval.approver, approval.sources, approval.required])).toEqual([
      ['@acme/ml', ['codeowners', 'owners'], true],
    ]);
  });

  it('passes check once the owners approve, unless --fail-on-risk reaches unknown', async () => {
    repo = unknownReachRepo();
    const approved = ['check', '--base', 'HEAD', '--approved-by', '@acme/ml'];
    expect((await runCli(repo.dir, ...approved)).code).toBe(0);
    expect((await runCli(repo.dir, ...approved, '--fail-on-risk', 'medium')).code).toBe(0);
    const gated = await runCli(repo.dir, ...approved, '--fail-on-risk', 'unknown');
    expect(gated.code).toBe(1);
    expect(gated.stdout.trimEnd().split('\n').slice(1)).toEqual([
      'risk unknown is at or above --fail-on-risk unknown: consumers unknown for prompts/system.md (no consumer found); 1 team reached; change classes: wording',
    ]);
  });

  it('rejects a level it does not know as a usage error', async () => {
    repo = unknownReachRepo();
    const run = await runCli(repo.dir, 'check', '--base', 'HEAD', '--fail-on-risk', 'severe');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown --fail-on-risk 'severe' (use none, low, unknown, medium, high)");
  });

  it('prints the verdict as JSON matching contracts/check-result.schema.json', async () => {
    repo = unknownReachRepo();
    const run = await runCli(repo.dir, 'check', '--base', 'HEAD', '--format', 'json', '--fail-on-risk', 'unknown');
    expect(run.code).toBe(1);
    const document = validCheckJson(run.stdout);
    expect([document.ok, document.failOnRisk, document.impact.risk.level]).toEqual([false, 'unknown', 'unknown']);
    expect(document.failures).toHaveLength(2);
  });

  it('links each file and line of the Markdown to the web view of the origin remote, at the head commit', async () => {
    repo = unknownReachRepo();
    repo.git('remote', 'add', 'origin', 'git@github.com:acme/triage.git');
    const head = repo.git('rev-parse', 'HEAD');
    const run = await runCli(repo.dir, 'check', '--base', 'HEAD', '--format', 'md');
    expect(run.stdout).toContain(
      `- [\`prompts/system.md\`](https://github.com/acme/triage/blob/${head}/prompts/system.md#L1): no consumer found for prompt prompts/system.md`,
    );
    expect(run.stdout).toContain(
      `| [\`prompts/system.md\`](https://github.com/acme/triage/blob/${head}/prompts/system.md#L1) |`,
    );
  });
});
