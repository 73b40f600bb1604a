import { afterAll, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { fixtureFiles } from '../support/fixture-files.js';
import { runCli } from '../support/run-cli.js';

let repo: GitRepo | undefined;
afterAll(() => repo?.dispose());

/** A contract on the kb-writer house style with one rule of each kind, each broken by the demo as it stands. */
const SEEDED = [
  'prompt: services/kb-writer/prompts/_house_style.prompt', // 1
  "owners: ['@acme/help-center']", // 2
  'must_include:', // 3
  "  - 'Offer a human agent'", // 4
  'must_not_include:', // 5
  "  - { regex: 'ticket numbers?', flags: i }", // 6
  'max_tokens: 40', // 7
  'variables: { exact: [tone] }', // 8
  'model: googleai/gemini-2.5-pro', // 9
  'version: 1', // 10
  '',
].join('\n');

describe('check on the demo monorepo with machine-checked contract rules', () => {
  it('passes on the unchanged demo, then fails on a seeded violation of each kind with both locations', async () => {
    repo = createGitRepo(fixtureFiles('demo-monorepo'));
    repo.commit('the demo monorepo');
    const unchanged = await runCli(repo.dir, 'check', '--base', 'HEAD');
    expect(unchanged.stdout).toContain('promptgraph check passed');
    expect(unchanged.code).toBe(0);

    repo.write({ 'contracts/house-style.yaml': SEEDED });
    const seeded = await runCli(repo.dir, 'check', '--base', 'HEAD', '--format', 'github');
    expect(seeded.code).toBe(1);
    const violations = seeded.stdout
      .split('\n')
      .filter((line) => line.includes('title=promptgraph%3A contract violation'))
      .map((line) =>
        /^::error file=([^,]+),line=(\d+),title=[^:]+\(([a-z_]+)\)::.*\(contract rule at ([^)]+)\)$/
          .exec(line)!
          .slice(1)
          .join(' '),
      );
    const style = 'services/kb-writer/prompts/_house_style.prompt';
    const translate = 'services/kb-writer/prompts/translate_article.prompt';
    expect(violations).toEqual(
      expect.arrayContaining([
        `${style} 1 must_include contracts/house-style.yaml:4`,
        `${style} 3 must_not_include contracts/house-style.yaml:6`,
        `${style} 1 variables contracts/house-style.yaml:8`,
        // Every prompt including the house style breaks the text rules too; a forbidden match is located where its text is written.
        `${translate} 1 must_include contracts/house-style.yaml:4`,
        `${translate} 1 max_tokens contracts/house-style.yaml:7`,
      ]),
    );
    expect(violations.filter((line) => line.includes(' must_not_include '))).toEqual(
      Array(4).fill(`${style} 3 must_not_include contracts/house-style.yaml:6`),
    );

    repo.write({
      'services/kb-writer/prompts/_house_style.prompt':
        '---\nmodel: googleai/gemini-2.5-flash\n---\nOffer a human agent when unsure.\n',
    });
    const model = await runCli(repo.dir, 'check', '--base', 'HEAD');
    expect(model.stdout).toContain(
      'contract violation (model): services/kb-writer/prompts/_house_style.prompt — names model googleai/gemini-2.5-flash; the contract pins googleai/gemini-2.5-pro [contract contracts/house-style.yaml:9, prompt services/kb-writer/prompts/_house_style.prompt:1]',
    );
  });
});
