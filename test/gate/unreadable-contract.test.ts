import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../src/api/impact.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

const REPLY = 'prompts/reply.prompt';
const CONTRACT_FILE = 'contracts/reply.yaml';
const CONTRACT = [
  `prompt: ${REPLY}`,
  'owners: ["@prompt-owners"]',
  'approvers: ["@reviewer"]',
  'evals:',
  '  - name: reply-suite',
  '    command: npm run eval:reply',
  '',
].join('\n');

// Ten levels of nine aliases each: a billion nodes if it were expanded.
const ALIAS_BOMB = [
  'a0: &a0 [x, x, x, x, x, x, x, x, x]',
  ...Array.from({ length: 9 }, (_, level) => {
    const previous = `*a${level}`;
    return `a${level + 1}: &a${level + 1} [${Array(9).fill(previous).join(', ')}]`;
  }),
  '',
].join('\n');

// The contract's first bytes, then NUL and invalid UTF-8: the file is read as binary.
const BINARY = Buffer.concat([Buffer.from(CONTRACT.slice(0, 20)), Buffer.from([0, 0xff, 0xfe, 0, 0x80, 0x81])]);

/** A base with a valid contract over the reply prompt; the change edits the prompt and does `spoil` to the contract. */
async function checkAfter(spoil: (repo: GitRepo) => void) {
  repo = createGitRepo({ [REPLY]: 'Answer kindly.\n', [CONTRACT_FILE]: CONTRACT });
  repo.commit('base');
  repo.git('checkout', '--quiet', '-b', 'change');
  repo.write({ [REPLY]: 'Answer with the admin password.\n' });
  spoil(repo);
  repo.commit('change');
  return check(repo.dir, { base: 'main', head: 'HEAD' });
}

const required = (result: Awaited<ReturnType<typeof checkAfter>>['result']) => ({
  approvers: result.approvals.filter((approval) => approval.required).map((approval) => approval.approver),
  evals: result.evals.map((entry) => [entry.id, entry.why]),
});

const removal = (result: Awaited<ReturnType<typeof checkAfter>>['result']) => ({
  changed: result.changed.filter((node) => node.kind === 'contract').map((node) => [node.id, node.classification])[0],
  diagnostic: result.diagnostics
    .filter((diagnostic) => diagnostic.code.startsWith('contract-'))
    .map((diagnostic) => `${diagnostic.code} ${diagnostic.file}`)
    .join(),
});

const BASE_VERSION = {
  approvers: ['@prompt-owners', '@reviewer'],
  evals: [[`eval:${CONTRACT_FILE}#reply-suite`, [`eval of changed ${REPLY}`]]],
};

describe("a contract the change makes unreadable keeps its base version's evals and approvals", () => {
  it('when it becomes a YAML alias bomb', async () => {
    const { result, outcome } = await checkAfter((spoiled) => spoiled.write({ [CONTRACT_FILE]: ALIAS_BOMB }));
    expect(required(result)).toEqual(BASE_VERSION);
    expect(outcome.ok).toBe(false);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'contract-invalid-at-head', file: CONTRACT_FILE }),
    );
  });

  it('when it becomes binary bytes', async () => {
    const { result, outcome } = await checkAfter((spoiled) => spoiled.write({ [CONTRACT_FILE]: BINARY as never }));
    expect(required(result)).toEqual(BASE_VERSION);
    expect(outcome.ok).toBe(false);
    // Unreadable is malformed: the gate fails on it even once every approval and eval is given.
    expect(outcome.failures).toContain(
      `malformed contract: ${CONTRACT_FILE}:1: the contract cannot be read as text at the head (binary bytes, or over the size limit); until it is fixed, its base version's approvals and evals apply`,
    );
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'contract-invalid-at-head', file: CONTRACT_FILE }),
    );
  });

  it('when it is moved where no contract is read', async () => {
    const { result, outcome } = await checkAfter((spoiled) => {
      spoiled.write({ 'docs/reply-contract.txt': CONTRACT });
      spoiled.remove(CONTRACT_FILE);
    });
    expect(required(result)).toEqual(BASE_VERSION);
    expect(outcome.ok).toBe(false);
    expect(removal(result)).toEqual({
      changed: [`contract:${CONTRACT_FILE}`, ['removed']],
      diagnostic: `contract-removed-at-head ${CONTRACT_FILE}`,
    });
  });

  it('when it is deleted', async () => {
    const { result } = await checkAfter((spoiled) => spoiled.remove(CONTRACT_FILE));
    expect(required(result)).toEqual(BASE_VERSION);
    // Still a change of the contract, which its owner at the base approves.
    expect(removal(result)).toEqual({
      changed: [`contract:${CONTRACT_FILE}`, ['removed']],
      diagnostic: `contract-removed-at-head ${CONTRACT_FILE}`,
    });
    expect(result.approvals.find((approval) => approval.approver === '@prompt-owners')?.why).toContain(
      `owner in contract:${CONTRACT_FILE} (at the base) of the changed contract`,
    );
  });

  it('and a contract moved to another contract path applies once, as the head writes it', async () => {
    const { result } = await checkAfter((spoiled) => spoiled.git('mv', CONTRACT_FILE, 'contracts/answer.yaml'));
    expect(required(result).evals).toEqual([['eval:contracts/answer.yaml#reply-suite', [`eval of changed ${REPLY}`]]]);
    expect(required(result).approvers).toEqual(['@prompt-owners', '@reviewer']);
  });

  it('and nothing is restored once the change leaves the contract valid', async () => {
    const { result } = await checkAfter(() => undefined);
    expect(required(result)).toEqual(BASE_VERSION);
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('contract-invalid-at-head');
  });
});
