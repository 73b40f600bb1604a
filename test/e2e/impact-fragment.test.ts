import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { impactJson, runCli } from './impact-harness.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

/** A monorepo: the platform team's shared persona, included by prompts of two other teams' packages. */
function monorepo(): GitRepo {
  const created = createGitRepo({
    '.github/CODEOWNERS': 'shared/ @acme/platform\npackages/support/ @acme/support\npackages/sales/ @acme/sales\n',
    'shared/prompts/_persona.prompt': 'You are Ada, the assistant of Acme.\nBe warm and precise.\n',
    'packages/support/prompts/reply.prompt':
      '---\nmodel: googleai/gemini-2.5-flash\n---\n{{> shared/prompts/persona}}\nAnswer {{ticket}}.\n',
    'packages/sales/prompts/pitch.prompt':
      '---\nmodel: googleai/gemini-2.5-flash\n---\n{{> shared/prompts/persona}}\nPitch {{product}}.\n',
    'packages/sales/prompts/standalone.prompt': 'List the plans.\n',
    'README.md': '# Acme\n',
  });
  created.commit('initial prompts');
  return created;
}

describe('impact of a shared fragment edit', () => {
  it('propagates one sentence of the shared persona across packages to both teams', async () => {
    repo = monorepo();
    repo.git('checkout', '-q', '-b', 'tidy-persona');
    repo.write({ 'shared/prompts/_persona.prompt': 'You are Ada, the assistant of Acme.\nBe brief.\n' });
    repo.commit('Tidy the persona');
    const result = await impactJson(repo.dir, '--base', 'main', '--head', 'HEAD');
    expect(result.changed.map((node) => [node.id, node.kind, node.classification])).toEqual([
      ['shared/prompts/_persona.prompt', 'fragment', ['wording']],
    ]);
    expect(result.affected.map((node) => [node.id, node.distance, node.via, node.path])).toEqual([
      [
        'packages/sales/prompts/pitch.prompt',
        1,
        'includes',
        ['shared/prompts/_persona.prompt', 'packages/sales/prompts/pitch.prompt'],
      ],
      [
        'packages/support/prompts/reply.prompt',
        1,
        'includes',
        ['shared/prompts/_persona.prompt', 'packages/support/prompts/reply.prompt'],
      ],
    ]);
    expect(result.teams.map((team) => [team.team, team.changed, team.affected])).toEqual([
      ['@acme/platform', ['shared/prompts/_persona.prompt'], []],
      ['@acme/sales', [], ['packages/sales/prompts/pitch.prompt']],
      ['@acme/support', [], ['packages/support/prompts/reply.prompt']],
    ]);
    // No code sends these prompts to a model: the persona's own owners must approve, whatever else is asked.
    expect(result.approvals.map((approval) => [approval.approver, approval.sources])).toEqual([
      ['@acme/platform', ['codeowners', 'owners']],
    ]);
    expect(result.risk.level).toBe('high');
    expect(result.risk.unknown.map((gap) => [gap.id, gap.reason])).toEqual([
      ['shared/prompts/_persona.prompt', 'no-consumer'],
    ]);
  });

  it('composes the affected prompt at base and head with the partial resolved and variables kept', async () => {
    repo = monorepo();
    repo.write({ 'shared/prompts/_persona.prompt': 'You are Ada, the assistant of Acme.\nBe brief.\n' });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    const reply = result.affected.find((node) => node.id === 'packages/support/prompts/reply.prompt')!;
    expect(reply.composed).toEqual({
      // Rendered as Dotprompt renders it: the template trimmed, the standalone partial's line break its own, the unknown variable a marker.
      base: 'You are Ada, the assistant of Acme.\nBe warm and precise.\nAnswer {{ticket}}.',
      head: 'You are Ada, the assistant of Acme.\nBe brief.\nAnswer {{ticket}}.',
    });
    expect(reply.diff).toContain('-Be warm and precise.\n+Be brief.');
    expect(result.head).toEqual({ ref: 'working-tree' });
  });

  it('puts the blast radius in a Mermaid flowchart and the composed diffs in <details> for the PR comment', async () => {
    repo = monorepo();
    repo.write({ 'shared/prompts/_persona.prompt': 'You are Ada.\n' });
    const run = await runCli(repo.dir, 'impact', '--base', 'HEAD', '--format', 'md');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('```mermaid\nflowchart LR\n');
    expect(run.stdout).toMatch(/n0 -->\|includes\| n\d/);
    expect(run.stdout).toContain(
      '<details><summary><code>packages/sales/prompts/pitch.prompt</code> — wording</summary>',
    );
    expect(run.stdout).toContain('| Teams | @acme/platform, @acme/sales, @acme/support |');
  });

  it('reports an empty impact for a change to a file that holds no prompt', async () => {
    repo = monorepo();
    repo.write({ 'README.md': '# Acme, the monorepo\n' });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result).toMatchObject({
      changedFiles: ['README.md'],
      changed: [],
      affected: [],
      teams: [],
      approvals: [],
      evals: [],
      risk: { level: 'none' },
    });
  });

  it('names the changed files without git through --files', async () => {
    repo = monorepo();
    const result = await impactJson(repo.dir, '--files', 'shared/prompts/_persona.prompt');
    expect(result.base).toBeNull();
    expect(result.changed.map((node) => [node.id, node.classification])).toEqual([
      ['shared/prompts/_persona.prompt', []],
    ]);
    expect(result.affected.map((node) => node.id)).toEqual([
      'packages/sales/prompts/pitch.prompt',
      'packages/support/prompts/reply.prompt',
    ]);
  });

  it('fails with exit code 2 and a hint on a revision git does not know', async () => {
    repo = monorepo();
    const run = await runCli(repo.dir, 'impact', '--base', 'origin/nowhere');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown git revision 'origin/nowhere'");
  });
});

describe('impact of a front matter edit', () => {
  it('classifies a model change in a Dotprompt file as code: the composed text is the same', async () => {
    repo = monorepo();
    repo.write({
      'packages/sales/prompts/pitch.prompt':
        '---\nmodel: googleai/gemini-2.5-pro\n---\n{{> shared/prompts/persona}}\nPitch {{product}}.\n',
    });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed.map((node) => [node.id, node.classification, node.diff])).toEqual([
      ['packages/sales/prompts/pitch.prompt', ['code'], undefined],
    ]);
  });
});
