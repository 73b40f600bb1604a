import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { runCliWith } from '../support/run-cli.js';
import { validSarif } from '../support/sarif-validator.js';

let repo: GitRepo;
let runner: string;
beforeEach(() => {
  runner = mkdtempSync(path.join(tmpdir(), 'promptgraph-runner-'));
});
afterEach(() => {
  repo.dispose();
  rmSync(runner, { recursive: true, force: true });
});

/** The environment a GitHub Actions step gets: the flag, a job summary file and a temp folder, all outside the checkout. */
const actions = () => ({
  GITHUB_ACTIONS: 'true',
  GITHUB_STEP_SUMMARY: path.join(runner, 'step-summary.md'),
  RUNNER_TEMP: path.join(runner, 'temp'),
});
const summary = () => readFileSync(path.join(runner, 'step-summary.md'), 'utf8');
const comment = () => readFileSync(path.join(runner, 'temp/promptgraph-comment.md'), 'utf8');

/** Two teams' prompts share a persona partial a contract governs; the PR rewords the persona. */
function pullRequest(): GitRepo {
  const created = createGitRepo({
    '.github/CODEOWNERS':
      '/prompts/_*.prompt @acme/platform\n/contracts/ @acme/platform\n/prompts/support/ @acme/support\n/prompts/sales/ @acme/sales\n',
    'prompts/_persona.prompt': 'You are Ada, the calm assistant of Acme.\n',
    'prompts/support/reply.prompt': '{{> persona}}\nReply to {{ticket}}.\n',
    'prompts/sales/outreach.prompt': '{{> persona}}\nWrite to {{lead}}.\n',
    'contracts/persona.yaml':
      "prompt: prompts/_persona.prompt\nowners: ['@acme/platform']\napprovers: ['@ada']\nevals:\n  - name: persona-tone\n    command: npm run eval:persona\n",
  });
  created.commit('Support and sales prompts share a persona');
  created.git('checkout', '-q', '-b', 'reword-persona');
  created.write({ 'prompts/_persona.prompt': 'You are Ada, the calm and precise assistant of Acme.\n' });
  created.commit('Persona: precise');
  return created;
}

const ANNOTATION =
  '::warning file=prompts/_persona.prompt,line=1,endLine=1,title=promptgraph%3A fragment changed (wording)::prompts/_persona.prompt changed (wording) and reaches 2 nodes (0 consumers) owned by 2 teams (@acme/sales, @acme/support). Its consumers are unknown (no consumer found for fragment prompts/_persona.prompt';

describe('impact under GitHub Actions', () => {
  it('keeps stdout as outside Actions, annotates the changed prompt on stderr, appends the summary and writes the sticky comment', async () => {
    repo = pullRequest();
    const plain = await runCliWith({ cwd: repo.dir, env: {} }, 'impact', '--base', 'main');
    const run = await runCliWith({ cwd: repo.dir, env: actions() }, 'impact', '--base', 'main');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr.split('\n')[0]).toContain(ANNOTATION);
    expect(run.stderr).toContain(`wrote PR comment ${path.join(runner, 'temp/promptgraph-comment.md')}\n`);
    expect(summary()).toMatch(/^## promptgraph impact: \w+ risk\n/);
    expect(summary()).toContain('| `prompts/_persona.prompt` | fragment | wording |');
    expect(comment().split('\n').slice(0, 2)).toEqual(['<!-- promptgraph:impact -->', summary().split('\n')[0]]);
  });

  it('leaves machine output on stdout clean: JSON parses, annotations stay on stderr', async () => {
    repo = pullRequest();
    const run = await runCliWith({ cwd: repo.dir, env: actions() }, 'impact', '--base', 'main', '--format', 'json');
    expect(JSON.parse(run.stdout).changed.map((node: { id: string }) => node.id)).toEqual(['prompts/_persona.prompt']);
    expect(run.stdout).not.toContain('::warning');
    expect(run.stderr).toContain('::warning file=prompts/_persona.prompt,');
  });

  it('with --format github prints only the annotations on stdout, and writes --comment-file, outside Actions too', async () => {
    repo = pullRequest();
    const run = await runCliWith(
      { cwd: repo.dir, env: {} },
      'impact',
      '--base',
      'main',
      '--format',
      'github',
      '--comment-file',
      'out/comment.md',
    );
    expect(run.stdout.startsWith(ANNOTATION)).toBe(true);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toBe(
      'GITHUB_STEP_SUMMARY is not set: no job summary written\nwrote PR comment out/comment.md\n',
    );
    expect(
      readFileSync(path.join(repo.dir, 'out/comment.md'), 'utf8').startsWith(
        '<!-- promptgraph:impact -->\n## promptgraph impact:',
      ),
    ).toBe(true);
  });

  it('with --format github outside Actions and no place given, writes no comment into the checkout and says how to get one', async () => {
    repo = pullRequest();
    const run = await runCliWith({ cwd: repo.dir, env: {} }, 'impact', '--base', 'main', '--format', 'github');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'GITHUB_STEP_SUMMARY is not set: no job summary written\nno PR comment written: pass --comment-file <path> to get it (under GitHub Actions it goes to $RUNNER_TEMP/promptgraph-comment.md)\n',
    );
    expect(existsSync(path.join(repo.dir, 'promptgraph-comment.md'))).toBe(false);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('with --format github and --out, writes the comment beside the output', async () => {
    repo = pullRequest();
    const run = await runCliWith(
      { cwd: repo.dir, env: {} },
      'impact',
      '--base',
      'main',
      '--format',
      'github',
      '--out',
      path.join(runner, 'annotations.txt'),
    );
    expect(run.code).toBe(0);
    expect(
      readFileSync(path.join(runner, 'promptgraph-comment.md'), 'utf8').startsWith('<!-- promptgraph:impact -->\n'),
    ).toBe(true);
  });

  it('writes nothing for GitHub with --no-github, and refuses --format github with it', async () => {
    repo = pullRequest();
    const plain = await runCliWith({ cwd: repo.dir, env: {} }, 'impact', '--base', 'main');
    const run = await runCliWith({ cwd: repo.dir, env: actions() }, 'impact', '--base', 'main', '--no-github');
    expect([run.stdout, run.stderr]).toEqual([plain.stdout, '']);
    expect(existsSync(path.join(runner, 'step-summary.md'))).toBe(false);
    expect(existsSync(path.join(runner, 'temp'))).toBe(false);
    expect(
      (await runCliWith({ cwd: repo.dir, env: {} }, 'impact', '--base', 'main', '--format', 'github', '--no-github'))
        .code,
    ).toBe(2);
  });

  it('outside Actions changes nothing, even with a stray GITHUB_STEP_SUMMARY', async () => {
    repo = pullRequest();
    const run = await runCliWith(
      { cwd: repo.dir, env: { GITHUB_STEP_SUMMARY: path.join(runner, 'step-summary.md') } },
      'impact',
      '--base',
      'main',
    );
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toContain('promptgraph impact  main (');
    expect(existsSync(path.join(runner, 'step-summary.md'))).toBe(false);
    expect(existsSync(path.join(repo.dir, 'promptgraph-comment.md'))).toBe(false);
  });
});

describe('check under GitHub Actions', () => {
  it('fails with one error annotation per missing approval or eval, and puts the verdict in the summary', async () => {
    repo = pullRequest();
    const run = await runCliWith(
      { cwd: repo.dir, env: actions() },
      'check',
      '--base',
      'main',
      '--approved-by',
      '@acme/platform',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✗ promptgraph check failed');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        /^::error file=contracts\/persona\.yaml,line=1,title=promptgraph check failed::missing approval: @ada \(user\) — approver in contract:contracts\/persona\.yaml/,
      ),
      expect.stringMatching(
        /^::error file=contracts\/persona\.yaml,line=\d+,title=promptgraph check failed::missing eval: persona-tone \(run: npm run eval:persona\)/,
      ),
    ]);
    expect(summary()).toContain('## ❌ promptgraph check failed\n\n- missing approval: @ada');
    expect(summary()).toContain('<details><summary>Impact report</summary>');
    expect(existsSync(path.join(runner, 'temp/promptgraph-comment.md'))).toBe(false);
  });

  it('passes with the approvals and evals given, and says so in the summary', async () => {
    repo = pullRequest();
    const run = await runCliWith(
      { cwd: repo.dir, env: actions() },
      'check',
      '--base',
      'main',
      '--approved-by',
      '@ada,@acme/platform',
      '--evals-passed',
      'persona-tone',
    );
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(summary().startsWith('## ✅ promptgraph check passed\n')).toBe(true);
  });
});

describe('audit under GitHub Actions', () => {
  it('writes SARIF to --out, annotates findings on stderr and appends its report after the impact one', async () => {
    repo = pullRequest();
    repo.write({ 'prompts/legacy.md': 'An old prompt nobody owns any more, kept for reference only.\n' });
    repo.commit('Keep the legacy prompt');
    await runCliWith({ cwd: repo.dir, env: actions() }, 'impact', '--base', 'main');
    const run = await runCliWith(
      { cwd: repo.dir, env: actions() },
      'audit',
      '--format',
      'sarif',
      '--out',
      'promptgraph.sarif',
    );
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect(run.stderr).toContain(
      '::warning file=prompts/legacy.md,line=1,endLine=1,title=promptgraph unowned-prompt%3A Prompt without an owner::',
    );
    expect(run.stderr).toContain('wrote promptgraph.sarif\n');
    expect(
      validSarif(readFileSync(path.join(repo.dir, 'promptgraph.sarif'), 'utf8')).runs[0]!.results.map(
        (result) => result.ruleId,
      ),
    ).toContain('unowned-prompt');
    const sections = summary()
      .split(/^(?=## )/m)
      .map((section) => section.split('\n')[0]);
    expect(sections).toEqual([
      expect.stringMatching(/^## promptgraph impact: /),
      '## promptgraph audit: 1 warning, 3 info',
    ]);
  });
});
