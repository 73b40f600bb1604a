import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { impactJson, runCli } from './impact-harness.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

/** One CODEOWNERS line with three individual owners, a prompt file and the code that sends it to a model. */
function threeOwnerRepo(): GitRepo {
  const created = createGitRepo({
    '.github/CODEOWNERS': '* @alice @bob @carol\n',
    'prompts/reply.md': 'You are the support assistant. Answer briefly.\n',
    'src/reply.ts': [
      "import { readFileSync } from 'node:fs';",
      "import OpenAI from 'openai';",
      '',
      'const client = new OpenAI();',
      '',
      'export async function reply(ticket: string) {',
      "  const system = readFileSync('prompts/reply.md', 'utf8');",
      "  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: system }, { role: 'user', content: ticket }] });",
      '}',
      '',
    ].join('\n'),
  });
  created.commit('support reply prompt, owned by three people');
  created.write({ 'prompts/reply.md': 'You are the support assistant. Answer briefly and kindly.\n' });
  return created;
}

describe('check with a CODEOWNERS line of several owners (GitHub: any one of them approves)', () => {
  it('passes with an approval from @alice alone', async () => {
    repo = threeOwnerRepo();
    const run = await runCli(repo.dir, 'check', '--base', 'HEAD', '--approved-by', '@alice');
    expect(run.stdout).toContain('promptgraph check passed');
    expect(run.code).toBe(0);
  });

  it('fails without one, asking for one of the three', async () => {
    repo = threeOwnerRepo();
    const run = await runCli(repo.dir, 'check', '--base', 'HEAD');
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n').slice(1)).toEqual([
      'missing approval: one of @alice, @bob, @carol (users) — CODEOWNERS (.github/CODEOWNERS line 1) owner of changed file prompts/reply.md',
    ]);
  });

  it('reports three users, no teams, and a risk that does not count them as teams', async () => {
    repo = threeOwnerRepo();
    const result = await impactJson(repo.dir, '--base', 'HEAD', '--approved-by', '@alice');
    // Owner types and anyOf are additions a reader of version 1 still reads: a minor.
    expect(result.schemaVersion).toBe(1);
    expect(result.schemaMinor).toBeGreaterThanOrEqual(1);
    expect(result.teams.map((owner) => [owner.team, owner.type])).toEqual([
      ['@alice', 'user'],
      ['@bob', 'user'],
      ['@carol', 'user'],
    ]);
    expect(result.risk.reasons.join('; ')).not.toContain('team');
    expect(result.risk.level).not.toBe('high');
    expect(result.approvals.map((approval) => [approval.approver, approval.satisfied])).toEqual([
      ['@alice | @bob | @carol', true],
    ]);
  });
});
