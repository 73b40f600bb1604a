import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { personaContract } from '../support/persona-contract.js';
import { runCli } from '../support/run-cli.js';
import { fixturePath } from '../support/scan-fixture.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

function personaRepo(): GitRepo {
  const created = createGitRepo({
    'prompts/_persona.prompt': 'You are Ada.\n',
    'prompts/reply.prompt': '---\nmodel: openai/gpt-4o\n---\n{{> persona}}\nAnswer: {{question}}\n',
    'contracts/persona.yaml': personaContract('prompts/_persona.prompt', 'none'),
  });
  created.commit('persona and reply');
  created.write({ 'prompts/_persona.prompt': 'You are Ada, brisk.\n' });
  return created;
}
const results = (name: string) => fixturePath('eval-results', name);

describe('promptgraph evals and check --eval-results', () => {
  it('writes one promptfoo config per eval: base and head composed prompts, labelled, with the eval marked', async () => {
    repo = personaRepo();
    const run = await runCli(repo.dir, 'evals', '--base', 'HEAD', '--out', 'evals-out');
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(repo.dir, 'evals-out')).sort()).toEqual([
      'persona-tone.promptfooconfig.yaml',
      'support-pipeline.promptfooconfig.yaml',
    ]);
    const isolated = parse(readFileSync(path.join(repo.dir, 'evals-out/persona-tone.promptfooconfig.yaml'), 'utf8'));
    expect(isolated.prompts).toEqual([
      { label: 'prompts/_persona.prompt [base]', raw: 'You are Ada.' },
      { label: 'prompts/_persona.prompt [head]', raw: 'You are Ada, brisk.' },
    ]);
    expect(isolated.metadata.promptgraph.eval).toBe('eval:contracts/persona.yaml#persona-tone');
    const composed = parse(
      readFileSync(path.join(repo.dir, 'evals-out/support-pipeline.promptfooconfig.yaml'), 'utf8'),
    );
    // The composed eval reaches the prompt built on the persona, as the model receives it; its model chose the provider.
    expect(composed.prompts.map((prompt: { label: string }) => prompt.label)).toEqual([
      'prompts/_persona.prompt [base]',
      'prompts/_persona.prompt [head]',
      'prompts/reply.prompt [base]',
      'prompts/reply.prompt [head]',
    ]);
    expect(composed.prompts[3].raw).toBe('You are Ada, brisk.\nAnswer: {{question}}');
    expect(composed.providers).toEqual(['openai:chat:gpt-4o']);
  });

  it('marks an eval passed or failed from promptfoo result files, matched by eval and prompt', async () => {
    repo = personaRepo();
    const approvals = ['--approved-by', '@ada,@acme/platform', '--review-data', 'review.json'];
    repo.write({
      'review.json': JSON.stringify({ teams: { '@acme/platform': ['@bo', '@cy'] }, approvedBy: ['@bo', '@cy'] }),
    });
    const failed = await runCli(
      repo.dir,
      'check',
      '--base',
      'HEAD',
      ...approvals,
      '--eval-results',
      results('persona-tone.failed.json'),
      '--eval-results',
      results('support-pipeline.json'),
    );
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(
      `eval failed: persona-tone — 1 of 1 head tests failed (${results('persona-tone.failed.json')})`,
    );
    expect(failed.stdout).not.toContain('support-pipeline');

    const passed = await runCli(
      repo.dir,
      'check',
      '--base',
      'HEAD',
      ...approvals,
      '--eval-results',
      results('persona-tone.passed.json'),
      '--eval-results',
      results('support-pipeline.json'),
    );
    expect(passed.stdout).toContain('promptgraph check passed');
    expect(passed.code).toBe(0);
  });

  it('refuses a file that is not a promptfoo results file, naming it', async () => {
    repo = personaRepo();
    repo.write({ 'bogus.json': '{"results": 3}' });
    const run = await runCli(repo.dir, 'check', '--base', 'HEAD', '--eval-results', 'bogus.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bogus.json is not a promptfoo results file');
  });
});
