import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../src/api/impact.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

describe('file names cannot desynchronise the gate', () => {
  it('catches a contract-governed edit next to a file whose name holds a newline (critical)', async () => {
    repo = createGitRepo({
      CODEOWNERS: '* @owner\n',
      'contracts/reply.yaml': 'prompt: prompts/reply.prompt\napprovers: ["@reviewer"]\n',
      'prompts/a\nb.prompt': 'A prompt whose name holds a newline.\n',
      'prompts/reply.prompt': 'Answer kindly.\n',
      'prompts/x\t"y".prompt': 'Tabs and quotes.\n',
    });
    repo.commit('base');
    repo.git('checkout', '--quiet', '-b', 'change');
    repo.write({ 'prompts/reply.prompt': 'Answer rudely.\n' });
    repo.commit('edit a governed prompt');

    const { result, outcome } = await check(repo.dir, { base: 'main', head: 'HEAD' });
    expect(result.changed.map((node) => node.id)).toEqual(['prompts/reply.prompt']);
    expect(result.risk.level).not.toBe('none');
    expect(outcome.ok).toBe(false);
    expect(result.approvals.map((approval) => approval.approver)).toEqual(['@owner', '@reviewer']);
  });
});
