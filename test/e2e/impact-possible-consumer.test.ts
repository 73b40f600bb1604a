import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { impactJson, runCli } from './impact-harness.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

const SYSTEM_V1 = "export const NOTES_SYSTEM = 'You write release notes for Acme from a git log.';\n";
const SYSTEM_V2 = "export const NOTES_SYSTEM = 'You write short release notes for Acme from a git log.';\n";

/**
 * A prompt sent through the repository's own model layer, an interface nothing in the
 * repository implements (the implementation is injected at run time): the flow is lost
 * at `client.complete`, so `writeNotes` is a possible consumer, never silently nothing.
 */
function interfaceWithoutImplementation(): GitRepo {
  const created = createGitRepo({
    '.github/CODEOWNERS': ['/src/prompts.ts @acme/prompts', '/src/notes.ts @acme/release', ''].join('\n'),
    'src/prompts.ts': SYSTEM_V1,
    'src/model-client.ts': [
      'export interface ModelClient {',
      '  complete(system: string, messages: string[]): Promise<string>;',
      '}',
      '',
    ].join('\n'),
    'src/notes.ts': [
      "import type { ModelClient } from './model-client.js';",
      "import { NOTES_SYSTEM } from './prompts.js';",
      '',
      'export async function writeNotes(client: ModelClient, log: string): Promise<string> {',
      '  return client.complete(NOTES_SYSTEM, [log]);',
      '}',
      '',
    ].join('\n'),
  });
  created.commit('release notes through an injected model client');
  return created;
}

describe('impact: a consumer reached through an interface with no implementation', () => {
  it('reports it as a possible consumer with the reason, notifies its owners and keeps the risk unknown', async () => {
    repo = interfaceWithoutImplementation();
    repo.write({ 'src/prompts.ts': SYSTEM_V2 });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed.map((node) => node.id)).toEqual(['src/prompts.ts#NOTES_SYSTEM']);
    expect(result.affected.map((node) => [node.id, node.certainty, node.possibleVia])).toEqual([
      ['consumer:src/notes.ts#writeNotes', 'possible', ['type ModelClient.complete']],
    ]);
    expect(result.risk.level).toBe('unknown');
    expect(result.risk.unknown.map((gap) => [gap.id, gap.reason])).toEqual([
      ['src/prompts.ts#NOTES_SYSTEM', 'possible-consumer'],
    ]);
    expect(result.teams.map((owner) => [owner.team, owner.changed, owner.affected, owner.possible])).toEqual([
      ['@acme/prompts', ['src/prompts.ts#NOTES_SYSTEM'], [], undefined],
      ['@acme/release', [], [], ['consumer:src/notes.ts#writeNotes']],
    ]);
    const release = result.approvals.find((approval) => approval.approver === '@acme/release');
    expect([release?.required, release?.sources]).toEqual([false, ['possible']]);
    // The first TypeScript file loads the compiler: on a busy two-core machine that alone can take half a minute.
  }, 90_000);

  it('shows it apart in the text report', async () => {
    repo = interfaceWithoutImplementation();
    repo.write({ 'src/prompts.ts': SYSTEM_V2 });
    const run = await runCli(repo.dir, 'impact', '--base', 'HEAD', '--no-color');
    expect(run.stdout).toContain(
      '\nPossibly affected (1): flow lost statically\n  ? consumer:src/notes.ts#writeNotes  consumer possible, via type ModelClient.complete\n',
    );
    expect(run.stdout).not.toContain('\nAffected (');
  });
});
