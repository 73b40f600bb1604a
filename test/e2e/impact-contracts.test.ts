import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { impactJson, runCli } from './impact-harness.js';
import { personaContract } from '../support/persona-contract.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

const PERSONA_CONTRACT = personaContract('prompts/_persona.prompt', 'required', true);

function supportRepo(extra: Record<string, string> = {}): GitRepo {
  const created = createGitRepo({
    '.github/CODEOWNERS': 'prompts/reply.prompt @acme/support\n',
    'prompts/_persona.prompt': 'You are Ada, the support assistant of Acme.\n',
    'prompts/reply.prompt':
      '---\ninput:\n  schema:\n    ticket: string\n---\n{{> persona}}\nAnswer the ticket: {{ticket}}\n',
    'contracts/persona.yaml': PERSONA_CONTRACT,
    ...extra,
  });
  created.commit('support prompts with a persona contract');
  return created;
}

describe('impact and check with contracts', () => {
  it('check fails with one line per missing approval and eval, then passes once they are given', async () => {
    repo = supportRepo();
    repo.write({ 'prompts/_persona.prompt': 'You are Ada, the brisk support assistant of Acme.\n' });
    const failing = await runCli(repo.dir, 'check', '--base', 'HEAD');
    expect(failing.code).toBe(1);
    expect(failing.stdout.trimEnd().split('\n').slice(1)).toEqual([
      'missing approval: @acme/platform (team) (0/2 approvals) — 2 approvals from @acme/platform required by contract:contracts/persona.yaml for changed prompts/_persona.prompt; owner (contract contracts/persona.yaml) of changed fragment prompts/_persona.prompt, whose consumers are unknown',
      'missing approval: @acme/support (team) — owns affected prompt prompts/reply.prompt (contract:contracts/persona.yaml says downstream_approval: required)',
      'missing approval: @ada (user) — approver in contract:contracts/persona.yaml for changed prompts/_persona.prompt',
      'missing eval: persona-tone (run: npx promptfoo eval -c evals/persona.yaml) — eval of changed prompts/_persona.prompt',
      'missing eval: support-pipeline (run: npm run eval:support) — composed eval of changed prompts/_persona.prompt',
    ]);

    repo.write({
      'review.json': JSON.stringify({
        approvedBy: ['@bo', '@cy'],
        teams: { '@acme/platform': ['@bo', '@cy'] },
        evalsPassed: ['support-pipeline'],
      }),
    });
    const passing = await runCli(
      repo.dir,
      'check',
      '--base',
      'HEAD',
      '--approved-by',
      '@ada,@acme/support',
      '--evals-passed',
      'persona-tone',
      '--review-data',
      'review.json',
    );
    expect(passing.stdout).toContain('promptgraph check passed');
    expect(passing.code).toBe(0);
  });

  it('fails the check when a governed prompt gains a variable without a default and the version stays', async () => {
    repo = supportRepo();
    repo.write({ 'prompts/_persona.prompt': 'You are Ada. Address {{customerName}} by name.\n' });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed[0]).toMatchObject({
      id: 'prompts/_persona.prompt',
      classification: ['wording', 'variables'],
      variables: { added: ['customerName'], removed: [] },
    });
    expect(result.affected[0]).toMatchObject({
      id: 'prompts/reply.prompt',
      variables: { added: ['customerName'], removed: [] },
    });
    expect(result.interfaceChanges).toEqual([
      {
        contract: 'contract:contracts/persona.yaml',
        nodes: ['prompts/_persona.prompt'],
        reasons: ["prompts/_persona.prompt: variable 'customerName' added without a default"],
        version: { base: 1, head: 1 },
        bumped: false,
      },
    ]);
    const review = [
      '--approved-by',
      '@ada,@acme/platform,@acme/support',
      '--evals-passed',
      'persona-tone,support-pipeline',
      '--review-data',
      'review.json',
    ];
    repo.write({ 'review.json': '{ "teams": { "@acme/platform": ["@ada", "@bo"] }, "approvedBy": ["@bo"] }' });
    const unbumped = await runCli(repo.dir, 'check', '--base', 'HEAD', ...review);
    expect(unbumped.code).toBe(1);
    expect(unbumped.stdout).toContain(
      "contract contract:contracts/persona.yaml interface broke without a version bump (prompts/_persona.prompt: variable 'customerName' added without a default); bump its version",
    );

    repo.write({ 'contracts/persona.yaml': PERSONA_CONTRACT.replace('version: 1', 'version: 2') });
    const bumped = await runCli(repo.dir, 'check', '--base', 'HEAD', ...review);
    expect(bumped.stdout).toContain('promptgraph check passed');
    expect(bumped.code).toBe(0);
  });

  it('reaches the verifier through consumes_output_of when the planner changes', async () => {
    repo = supportRepo({
      'agents/planner.prompt': 'Plan the steps to solve {{task}}.\n',
      'agents/verifier.prompt': 'Check the plan. Reply with JSON.\n',
      'contracts/verifier.yaml':
        'prompt: agents/verifier.prompt\nowners: ["@acme/quality"]\nconsumes_output_of:\n  - agents/planner.prompt\nevals:\n  - name: verifier-e2e\n    scope: composed\n    command: npm run eval:agents\n',
    });
    repo.write({ 'agents/planner.prompt': 'Plan at most five steps to solve {{task}}.\n' });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed.map((node) => node.id)).toEqual(['agents/planner.prompt']);
    expect(result.affected.map((node) => [node.id, node.via, node.path, node.classification])).toEqual([
      ['agents/verifier.prompt', 'feeds', ['agents/planner.prompt', 'agents/verifier.prompt'], []],
    ]);
    expect(result.teams.map((team) => team.team)).toEqual(['@acme/quality']);
    expect(result.evals.map((entry) => [entry.name, entry.why])).toEqual([
      ['verifier-e2e', ['composed eval of affected agents/verifier.prompt']],
    ]);
  });

  it('reports a malformed contract with line and column and still computes the impact', async () => {
    repo = supportRepo({ 'contracts/broken.yaml': 'prompt: prompts/reply.prompt\ndownstream_approval: sometimes\n' });
    repo.write({ 'prompts/_persona.prompt': 'You are Ada, brisk.\n' });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'contract-invalid',
        file: 'contracts/broken.yaml',
        line: 2,
        column: 22,
      }),
    ]);
    expect(result.changed.map((node) => node.id)).toEqual(['prompts/_persona.prompt']);
    expect(result.affected.map((node) => node.id)).toEqual(['prompts/reply.prompt']);
    const text = await runCli(repo.dir, 'impact', '--base', 'HEAD');
    expect(text.stdout).toContain('contracts/broken.yaml:2:22  error downstream_approval: ');
  });

  it('classifies a renamed prompt as renamed and reports a removed one as removed', async () => {
    repo = supportRepo({
      'prompts/old.prompt': 'Old prompt.\n',
      'prompts/farewell.prompt': 'Say goodbye to {{name}}.\n',
    });
    repo.git('mv', 'prompts/farewell.prompt', 'prompts/goodbye.prompt');
    repo.remove('prompts/old.prompt');
    repo.commit('rename and remove');
    const result = await impactJson(repo.dir, '--base', 'HEAD~1', '--head', 'HEAD');
    expect(result.changed.map((node) => [node.id, node.classification, node.renamedFrom])).toEqual([
      ['prompts/goodbye.prompt', ['renamed'], 'prompts/farewell.prompt'],
      ['prompts/old.prompt', ['removed'], undefined],
    ]);
  });

  it('reports the dangling partial a removed fragment leaves behind, though the including file did not change', async () => {
    repo = supportRepo();
    repo.remove('prompts/_persona.prompt');
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed.map((node) => [node.id, node.classification])).toEqual([
      ['prompts/_persona.prompt', ['removed']],
    ]);
    expect(result.affected.map((node) => node.id)).toEqual(['prompts/reply.prompt']);
    expect(
      result.diagnostics.map(
        (diagnostic) => `${diagnostic.severity} ${diagnostic.code} ${diagnostic.file}:${diagnostic.line}`,
      ),
    ).toEqual([
      'warning contract-target-missing contracts/persona.yaml:2',
      // Dotprompt cannot render a partial that is gone either: the composed text is the concatenated source.
      'info render-failed prompts/reply.prompt:1',
      'warning dangling-reference prompts/reply.prompt:6',
    ]);
  });

  it('lists the contract invariants reviewers must check in the Markdown report', async () => {
    repo = supportRepo();
    repo.write({ 'prompts/_persona.prompt': 'You are Ada.\n' });
    const run = await runCli(repo.dir, 'impact', '--base', 'HEAD', '--format', 'md');
    expect(run.stdout).toContain('- [ ] Never promise refunds. _(contract:contracts/persona.yaml)_');
  });
});

describe('check with a malformed contract', () => {
  it.each([
    [
      'an enum value it does not know',
      'prompt: prompts/reply.prompt\ndownstream_approval: sometimes\n',
      'contracts/broken.yaml:2:22: downstream_approval: ',
    ],
    ['YAML that does not parse', 'prompt: prompts/reply.prompt\nowners: [@acme/writer\n', 'contracts/broken.yaml:2:'],
    [
      'an unknown key',
      'prompt: prompts/reply.prompt\nownrs: ["@acme/writer"]\n',
      'contracts/broken.yaml:2:1: ownrs: unknown key',
    ],
  ])('fails on %s, one line with file:line:column, though nothing else is missing', async (_what, text, where) => {
    repo = supportRepo();
    repo.write({ 'contracts/broken.yaml': text });
    const run = await runCli(repo.dir, 'check', '--base', 'HEAD');
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/promptgraph check failed/);
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toContain(`malformed contract: ${where}`);
  });

  it('keeps the approvals and evals of a contract broken at the head from its base version, and fails', async () => {
    repo = supportRepo();
    repo.write({
      'contracts/persona.yaml': PERSONA_CONTRACT.replace(
        'downstream_approval: required',
        'downstream_approval: requird',
      ),
      'prompts/_persona.prompt': 'You are Ada, the brisk support assistant of Acme.\n',
    });
    const run = await runCli(repo.dir, 'check', '--base', 'HEAD', '--approved-by', '@ada');
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n').slice(1)).toEqual([
      'malformed contract: contracts/persona.yaml:8:22: downstream_approval: Invalid option: expected one of "none"|"notify"|"required"; until it is fixed, its base version\'s approvals and evals apply',
      'missing approval: @acme/platform (team) (0/2 approvals) — owner in contract:contracts/persona.yaml (at the base) of the changed contract; 2 approvals from @acme/platform required by contract:contracts/persona.yaml (at the base) for changing it; 2 approvals from @acme/platform required by contract:contracts/persona.yaml for changed prompts/_persona.prompt; owner (contract contracts/persona.yaml) of changed fragment prompts/_persona.prompt, whose consumers are unknown',
      'missing approval: @acme/support (team) — owns affected prompt prompts/reply.prompt (contract:contracts/persona.yaml says downstream_approval: required)',
      'missing eval: persona-tone (run: npx promptfoo eval -c evals/persona.yaml) — eval of changed prompts/_persona.prompt',
      'missing eval: support-pipeline (run: npm run eval:support) — composed eval of changed prompts/_persona.prompt',
    ]);
  });
});
