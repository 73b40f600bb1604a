import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixtureFiles } from '../support/fixture-files.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { fixturePath } from '../support/scan-fixture.js';
import { impactJson, runCli } from './impact-harness.js';

let repo: GitRepo;
let org: string;
afterEach(() => repo.dispose());

/** The organisation graph as its merge job writes it, from the three repositories of fixtures/org. */
beforeAll(async () => {
  const folder = fixturePath('org');
  org = path.join(mkdtempSync(path.join(tmpdir(), 'promptgraph-org-')), 'org.json');
  const run = await runCli(folder, 'merge', 'prompt-kit', 'support-bot', 'triage', '--name', 'acme', '--out', org);
  expect(run.code).toBe(0);
  // Three scans in one CLI run: on a loaded machine that takes longer than a hook's default 10 s.
}, 120_000);

afterAll(() => rmSync(path.dirname(org), { recursive: true, force: true }));

/** The prompt kit's own checkout, named as the organisation graph names it. */
function promptKit(): GitRepo {
  const created = createGitRepo(fixtureFiles('org', 'prompt-kit'), 'prompt-kit');
  created.commit('prompt kit');
  return created;
}

describe('impact --against an organisation graph', () => {
  it('reports the nodes and teams of other repositories a change to a published fragment reaches', async () => {
    repo = promptKit();
    repo.write({ 'src/persona.ts': 'export const PERSONA = `You are Ada. Be brief.`;\n' });
    const result = await impactJson(repo.dir, '--base', 'HEAD', '--against', org);
    expect(result.affected).toEqual([]);
    expect(result.organisation).toEqual({
      graph: 'acme',
      repository: 'prompt-kit',
      affected: [
        expect.objectContaining({
          id: 'src/reply.ts#SUPPORT_SYSTEM',
          repository: 'support-bot',
          kind: 'prompt',
          distance: 1,
          via: 'includes',
          owners: ['@acme/support'],
          path: ['prompt-kit::src/persona.ts#PERSONA', 'support-bot::src/reply.ts#SUPPORT_SYSTEM'],
        }),
        expect.objectContaining({ id: 'consumer:src/reply.ts#reply', repository: 'support-bot', distance: 2 }),
      ],
      teams: [
        {
          team: '@acme/support',
          type: 'team',
          repositories: ['support-bot'],
          nodes: ['support-bot::consumer:src/reply.ts#reply', 'support-bot::src/reply.ts#SUPPORT_SYSTEM'],
        },
      ],
    });
  });

  it('follows the Python package into the Python service, and says so in the text and the PR comment', async () => {
    repo = promptKit();
    repo.write({ 'python/src/acme_prompts/persona.py': 'PERSONA = """You are Ada. Be brief."""\n' });
    const text = await runCli(repo.dir, 'impact', '--base', 'HEAD', '--against', org);
    expect(text.stdout).toContain('Beyond prompt-kit (2 nodes in 1 other repository of acme)');
    expect(text.stdout).toContain('triage:consumer:triage/classify.py#classify');
    expect(text.stdout).toMatch(/@acme\/triage \(team\) +2 nodes in triage/);
    const markdown = await runCli(repo.dir, 'impact', '--base', 'HEAD', '--against', org, '--format', 'md');
    expect(markdown.stdout).toContain('| Other repositories | 2 nodes in 1 repository — @acme/triage (team) |');
    expect(markdown.stdout).toContain('### Beyond prompt-kit');
  });

  it('names this repository explicitly when its folder is named otherwise, and refuses an unknown name', async () => {
    repo = createGitRepo(fixtureFiles('org', 'prompt-kit'), 'kit-checkout');
    repo.commit('prompt kit');
    const unnamed = await runCli(repo.dir, 'impact', '--base', 'HEAD', '--against', org);
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toContain(
      "no repository scanned from a folder named 'kit-checkout' in acme (prompt-kit, support-bot, triage)",
    );
    repo.write({ 'src/safety.ts': 'export const SAFETY = `Never share personal data.`;\n' });
    const named = await impactJson(repo.dir, '--base', 'HEAD', '--against', org, '--repository', 'prompt-kit');
    expect(named.organisation?.teams.map((team) => team.team)).toEqual(['@acme/support']);
  });
});
