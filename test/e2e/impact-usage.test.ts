import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { runCli } from './impact-harness.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

function tinyRepo(): GitRepo {
  const created = createGitRepo({ 'prompts/hello.prompt': 'Say hello to {{name}}.\n' });
  created.commit('hello');
  return created;
}

describe('impact and check usage errors', () => {
  it('refuses --files together with --base', async () => {
    repo = tinyRepo();
    const run = await runCli(repo.dir, 'impact', '--files', 'prompts/hello.prompt', '--base', 'HEAD');
    expect([run.code, run.stderr]).toEqual([2, 'promptgraph: --files cannot be combined with --base or --head\n']);
  });

  it('refuses an unknown format', async () => {
    repo = tinyRepo();
    const run = await runCli(repo.dir, 'impact', '--base', 'HEAD', '--format', 'sarif');
    expect([run.code, run.stderr]).toEqual([
      2,
      "promptgraph: impact: unknown --format 'sarif' (use text, md, json, html or github)\n",
    ]);
  });

  it('renders --format html as one self-contained page focused on the change', async () => {
    repo = tinyRepo();
    repo.write({ 'prompts/hello.prompt': 'Say hello to {{name}} warmly.\n' });
    const run = await runCli(repo.dir, 'impact', '--base', 'HEAD', '--format', 'html');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>/i);
    expect(run.stdout).toContain('prompts/hello.prompt');
  });

  it('reads a .json review data file as JSON, pointing at the JSON syntax error', async () => {
    repo = tinyRepo();
    repo.write({ 'review.json': '{\n  "approvedBy": ["@ada",]\n}\n' });
    const run = await runCli(repo.dir, 'check', '--base', 'HEAD', '--review-data', 'review.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^promptgraph: review\.json:2:25: review data is not valid JSON: Unexpected token ']'/);
  });

  it('reads a .yaml review data file as YAML', async () => {
    repo = tinyRepo();
    repo.write({ 'review.yaml': 'approvedBy:\n  - "@ada\n' });
    const run = await runCli(repo.dir, 'check', '--base', 'HEAD', '--review-data', 'review.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^promptgraph: review\.yaml:\d+:\d+: review data is not valid YAML: /);
    repo.write({ 'review.yaml': 'approvedBy:\n  - "@ada"\n' });
    expect((await runCli(repo.dir, 'check', '--base', 'HEAD', '--review-data', 'review.yaml')).code).toBe(0);
  });

  it('points at the line and column of a malformed review data file', async () => {
    repo = tinyRepo();
    repo.write({ 'review.json': '{\n  "approvedBy": "@ada"\n}\n' });
    const run = await runCli(repo.dir, 'check', '--base', 'HEAD', '--review-data', 'review.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^promptgraph: review\.json:2:17: review data approvedBy: /);
  });

  it('lists every problem of a malformed review data file, each at its line and column', async () => {
    repo = tinyRepo();
    repo.write({ 'review.json': '{\n  "approvedBy": "@ada",\n  "evalsPassed": [1],\n  "approvals": []\n}\n' });
    const run = await runCli(repo.dir, 'check', '--base', 'HEAD', '--review-data', 'review.json');
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'promptgraph: review.json:2:17: review data approvedBy: Invalid input: expected array, received string',
      '  review.json:3:19: review data evalsPassed.0: Invalid input: expected string, received number',
      '  review.json:4:3: review data approvals: unknown key',
    ]);
  });
});
