import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReleaseReport } from '../../src/model/schema/release-report.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { publishedSchemaParser } from '../support/published-schema.js';
import { runCli } from '../support/run-cli.js';
import { personaContract } from '../support/persona-contract.js';

const parseReport = publishedSchemaParser<ReleaseReport>('release-report.schema.json');

let repo: GitRepo;
afterEach(() => repo.dispose());

const PERSONA_CONTRACT = personaContract('shared/prompts/_persona.prompt', 'notify');

/**
 * Two releases of a monorepo: between v1.2.0 and v1.3.0 the shared persona is
 * edited twice and the support reply once, and the docs once; after v1.3.0 a
 * standalone prompt changes.
 */
function releases(): GitRepo {
  const created = createGitRepo({
    '.github/CODEOWNERS': 'shared/ @acme/platform\npackages/support/ @acme/support\npackages/sales/ @acme/sales\n',
    'shared/prompts/_persona.prompt': 'You are Ada, the assistant.\n',
    'packages/support/prompts/reply.prompt': '{{> shared/prompts/persona}}\nAnswer {{ticket}}.\n',
    'packages/sales/prompts/pitch.prompt': '{{> shared/prompts/persona}}\nPitch {{product}}.\n',
    'packages/sales/prompts/standalone.prompt': 'List the plans.\n',
    'contracts/persona.yaml': PERSONA_CONTRACT,
    'README.md': '# Acme\n',
  });
  created.commit('Initial prompts', { author: 'Ana <ana@example.com>', date: '2024-01-01T09:00:00Z' });
  created.git('tag', 'v1.2.0');
  created.write({ 'shared/prompts/_persona.prompt': 'You are Ada, the warm assistant.\n' });
  created.commit('Persona: warmer', { author: 'Bo <bo@example.com>', date: '2024-02-01T09:00:00Z' });
  created.write({ 'README.md': '# Acme prompts\n' });
  created.commit('Docs: title', { author: 'Cy <cy@example.com>', date: '2024-02-05T09:00:00Z' });
  created.write({
    'packages/support/prompts/reply.prompt': '{{> shared/prompts/persona}}\nAnswer {{ticket}}; ask for {{order}}.\n',
  });
  created.commit('Reply: ask for the order', { author: 'Ana <ana@example.com>', date: '2024-02-10T09:00:00Z' });
  created.write({ 'shared/prompts/_persona.prompt': 'You are Ada, the warm assistant of Acme.\n' });
  created.commit('Persona: name the company', { author: 'Bo <bo@example.com>', date: '2024-02-20T09:00:00Z' });
  created.git('tag', 'v1.3.0');
  created.write({ 'packages/sales/prompts/standalone.prompt': 'List the plans and prices.\n' });
  created.commit('Standalone: prices', { author: 'Dee <dee@example.com>', date: '2024-03-01T09:00:00Z' });
  return created;
}

async function reportJson(dir: string, ...args: string[]): Promise<ReleaseReport> {
  const run = await runCli(dir, 'report', ...args, '--format', 'json');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return parseReport(run.stdout);
}

describe('promptgraph report', () => {
  it('lists every prompt whose composed text changed between two tags, with exactly the commits that changed it', async () => {
    repo = releases();
    const report = await reportJson(repo.dir, '--base', 'v1.2.0', '--head', 'v1.3.0');
    expect(report.base).toEqual({ ref: 'v1.2.0', commit: repo.git('rev-parse', 'v1.2.0') });
    expect(
      report.prompts.map((prompt) => [
        prompt.id,
        prompt.change,
        prompt.classification,
        prompt.commits.map((entry) => `${entry.author.name}: ${entry.subject}`),
      ]),
    ).toEqual([
      [
        'packages/sales/prompts/pitch.prompt',
        'included',
        ['wording'],
        ['Bo: Persona: name the company', 'Bo: Persona: warmer'],
      ],
      [
        'packages/support/prompts/reply.prompt',
        'direct',
        ['wording', 'variables'],
        ['Bo: Persona: name the company', 'Ana: Reply: ask for the order', 'Bo: Persona: warmer'],
      ],
    ]);
    expect(report.prompts[1]!.commits[1]).toMatchObject({
      date: '2024-02-10T09:00:00+00:00',
      classification: ['wording', 'variables'],
      files: ['packages/support/prompts/reply.prompt'],
    });
    expect(report.prompts[0]!.diff).toContain(
      '-You are Ada, the assistant.\n+You are Ada, the warm assistant of Acme.',
    );
  });

  it('gives each prompt what it changed through, its teams, and the contract approvers, invariants and evals it answers to', async () => {
    repo = releases();
    const report = await reportJson(repo.dir, '--base', 'v1.2.0', '--head', 'v1.3.0');
    const pitch = report.prompts[0]!;
    expect(pitch).toMatchObject({
      through: ['shared/prompts/_persona.prompt'],
      teams: ['@acme/platform', '@acme/sales'],
      evals: ['eval:contracts/persona.yaml#persona-tone', 'eval:contracts/persona.yaml#support-pipeline'],
    });
    expect(pitch.contracts).toEqual([
      {
        id: 'contract:contracts/persona.yaml',
        governs: ['shared/prompts/_persona.prompt'],
        owners: ['@acme/platform'],
        approvers: ['@ada', { team: '@acme/platform', count: 2 }],
        downstream_approval: 'notify',
        invariants: ['Never promise refunds.'],
        evals: ['persona-tone', 'support-pipeline'],
        version: 1,
      },
    ]);
    expect(report.approvals.filter((approval) => approval.required).map((approval) => approval.approver)).toEqual([
      '@acme/platform',
      '@acme/support',
      '@ada',
    ]);
    expect(report.evals.map((entry) => entry.name)).toEqual(['persona-tone', 'support-pipeline']);
  });

  it('attributes nothing to commits outside the range, nor to a commit that touched no prompt', async () => {
    repo = releases();
    const report = await reportJson(repo.dir, '--base', 'v1.2.0', '--head', 'v1.3.0');
    const subjects = report.prompts.flatMap((prompt) => prompt.commits.map((entry) => entry.subject));
    expect(subjects).not.toContain('Docs: title');
    expect(subjects).not.toContain('Standalone: prices');
    expect(subjects).not.toContain('Initial prompts');
    expect(report.walk).toEqual({ commits: 4, scanned: 3 });
  });

  it('writes Markdown for a release PR: a summary, a section per prompt with its commits and invariants, the diff in <details>', async () => {
    repo = releases();
    const run = await runCli(repo.dir, 'report', '--base', 'v1.2.0', '--head', 'v1.3.0');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('# Prompt changes: v1.2.0 → v1.3.0\n')).toBe(true);
    expect(run.stdout).toContain('| Prompts changed | 2 (1 directly, 1 through fragments they include) |');
    expect(run.stdout).toContain('| Commits | 3 commits changed prompt text |');
    expect(run.stdout).toMatch(
      /\| `[0-9a-f]{10}` \| 2024-02-10 \| Ana &lt;ana@example\.com&gt; \| Reply: ask for the order \| wording, variables \(packages\/support\/prompts\/reply\.prompt\) \|/,
    );
    expect(run.stdout).toContain(
      'approvers @ada, 2 of @acme/platform; downstream approval notify\n- [ ] Never promise refunds.',
    );
    expect(run.stdout).toContain('<details><summary>Composed diff of packages/sales/prompts/pitch.prompt');
  });

  it('writes the report where --out says', async () => {
    repo = releases();
    const run = await runCli(
      repo.dir,
      'report',
      '--base',
      'v1.2.0',
      '--head',
      'v1.3.0',
      '--format',
      'html',
      '--out',
      'out/prompts.html',
    );
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', 'wrote out/prompts.html\n']);
    expect(readFileSync(path.join(repo.dir, 'out/prompts.html'), 'utf8')).toContain(
      '<title>Prompt changes: v1.2.0 → v1.3.0</title>',
    );
  });

  it('fails with exit code 2 without --base, and on a revision git does not know', async () => {
    repo = releases();
    const missing = await runCli(repo.dir, 'report');
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('report needs --base <rev-or-tag>')]);
    const unknown = await runCli(repo.dir, 'report', '--base', 'v0.9.0');
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining("unknown git revision 'v0.9.0'")]);
  });

  it('refuses a --format it has no reporter for, a name of an object built-in included', async () => {
    repo = releases();
    const run = await runCli(repo.dir, 'report', '--base', 'v1.2.0', '--format', 'constructor');
    expect([run.code, run.stderr]).toEqual([
      2,
      "promptgraph: report: unknown --format 'constructor' (use md, html or json)\n",
    ]);
  });
});

describe('promptgraph report --format html', () => {
  it('shows hostile prompt text and commit subjects as text, in a page with no script and no network', async () => {
    repo = createGitRepo({ 'prompts/reply.prompt': 'Answer.\n' });
    repo.commit('first');
    repo.git('tag', 'v1');
    repo.write({ 'prompts/reply.prompt': 'Answer.</script><img src=x onerror=alert(1)>\n' });
    repo.commit('<b>Bold</b> & </script>');
    const run = await runCli(repo.dir, 'report', '--base', 'v1', '--format', 'html');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+Answer.&#60;/script&#62;&#60;img src=x onerror=alert(1)&#62;');
    expect(run.stdout).toContain('&#60;b&#62;Bold&#60;/b&#62; &#38; &#60;/script&#62;');
    expect(run.stdout).not.toMatch(/<img|<script|<b>|<link|<iframe/i);
    expect(run.stdout).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
  });

  it('prints each prompt on its own page, without backgrounds, with diff lines marked for black and white', async () => {
    repo = releases();
    const run = await runCli(repo.dir, 'report', '--base', 'v1.2.0', '--head', 'v1.3.0', '--format', 'html');
    const print = run.stdout.slice(run.stdout.indexOf('@media print'));
    expect(print).toContain('section.prompt { break-before: page; page-break-before: always; }');
    expect(print).toContain(
      'pre.diff span, pre.diff .add, pre.diff .del, pre.diff .hunk { background: none; color: #000; }',
    );
    expect(print).toContain('pre.diff .del { text-decoration: line-through; border-left: 3px dashed #000; }');
    expect(run.stdout.match(/<section class="prompt"/g)).toHaveLength(2);
    expect(run.stdout).toContain(
      '<span class="del">-You are Ada, the assistant.</span><span class="add">+You are Ada, the warm assistant of Acme.</span>',
    );
  });
});
