import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { impactJson } from './impact-harness.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

/** A monorepo whose agents read a root AGENTS.md, two nested ones, and a CLAUDE.md importing the root file. */
function monorepo(): GitRepo {
  const created = createGitRepo({
    '.github/CODEOWNERS': '/AGENTS.md @acme/platform\n/services/billing/ @acme/billing\n/services/chat/ @acme/chat\n',
    'AGENTS.md': '# Acme\n\nRun the tests before you commit.\n',
    'CLAUDE.md': '@AGENTS.md\n\nUse pnpm.\n',
    'services/billing/AGENTS.md': 'Amounts are integers in cents.\n',
    'services/billing/ledger/AGENTS.md': 'Ledger entries are append-only.\n',
    'services/chat/AGENTS.md': 'Answers stay under 120 words.\n',
  });
  created.commit('agent instructions');
  return created;
}

describe('impact of an agent instruction file', () => {
  it('reaches every nested AGENTS.md, the CLAUDE.md importing it, their agents and their teams', async () => {
    repo = monorepo();
    repo.write({ 'AGENTS.md': '# Acme\n\nRun the tests and the linter before you commit.\n' });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed.map((node) => [node.id, node.kind, node.classification])).toEqual([
      ['AGENTS.md', 'prompt', ['wording']],
    ]);
    expect(result.affected.map((node) => [node.id, node.distance])).toEqual([
      ['CLAUDE.md', 1],
      ['agent:codex', 1],
      ['agent:copilot', 1],
      ['agent:cursor', 1],
      ['agent:windsurf', 1],
      ['services/billing/AGENTS.md', 1],
      ['services/chat/AGENTS.md', 1],
      ['agent:claude-code', 2],
      ['services/billing/ledger/AGENTS.md', 2],
    ]);
    expect(result.teams.map((team) => [team.team, team.changed, team.affected])).toEqual([
      ['@acme/billing', [], ['services/billing/AGENTS.md', 'services/billing/ledger/AGENTS.md']],
      ['@acme/chat', [], ['services/chat/AGENTS.md']],
      ['@acme/platform', ['AGENTS.md'], []],
    ]);
  });

  it('composes the nested file with the root text first, before and after the change', async () => {
    repo = monorepo();
    repo.write({ 'AGENTS.md': '# Acme\n\nRun the linter too.\n' });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    const ledger = result.affected.find((node) => node.id === 'services/billing/ledger/AGENTS.md')!;
    expect(ledger.composed).toEqual({
      base: '# Acme\n\nRun the tests before you commit.\n\nAmounts are integers in cents.\n\nLedger entries are append-only.\n',
      head: '# Acme\n\nRun the linter too.\n\nAmounts are integers in cents.\n\nLedger entries are append-only.\n',
    });
  });
});
