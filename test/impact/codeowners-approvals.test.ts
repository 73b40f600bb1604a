import { describe, expect, it } from 'vitest';
import { codeownersOf } from '../../src/api/impact.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { findApprovals } from '../../src/query/impact/find-approvals.js';
import { impactGraphs } from '../../src/query/impact/impact-graphs.js';
import type { ReviewData } from '../../src/query/impact/impact-input.js';
import { scanOf, textNode } from './hand-built.js';

/**
 * Who must approve a change to `files` under `codeowners`, given the approvals in
 * `review`: every file holds one changed prompt, as in a pull request editing them.
 * The CODEOWNERS lines are the examples of GitHub's "About code owners" page
 * ("CODEOWNERS and branch protection") and GitLab's sections.
 */
async function approvalsFor(codeowners: string, files: string[], review: Partial<ReviewData> = {}) {
  const source = memoryFileSource('repo', {
    '.github/CODEOWNERS': codeowners,
    ...Object.fromEntries(files.map((file) => [file, 'Be brief.'])),
  });
  const head = scanOf(files.map((file) => textNode(file, 'Be brief.')));
  const changed = files.map((file) => ({ id: file, kind: 'prompt', file, contracts: [] }));
  return findApprovals(impactGraphs({ head }), changed, [], await codeownersOf(source, files), {
    approvedBy: [],
    evalsPassed: [],
    ...review,
  });
}

const verdicts = (approvals: Awaited<ReturnType<typeof approvalsFor>>) =>
  approvals.map((approval) => [approval.approver, approval.required, approval.count, approval.satisfied]);

describe('CODEOWNERS approvals with GitHub semantics', () => {
  it('`/apps/ @doctocat`: a change inside /apps requires approval from @doctocat', async () => {
    const approvals = await approvalsFor('/apps/ @doctocat', ['apps/prompts/reply.md']);
    expect(approvals).toEqual([
      {
        approver: '@doctocat',
        anyOf: [{ handle: '@doctocat', type: 'user' }],
        count: 1,
        required: true,
        sources: ['codeowners'],
        why: ['CODEOWNERS (.github/CODEOWNERS line 1) owner of changed file apps/prompts/reply.md'],
        // Where an annotation of the missing approval points: the changed file.
        file: 'apps/prompts/reply.md',
        line: 1,
        approvedBy: [],
        satisfied: false,
      },
    ]);
  });

  it('`/apps/ @doctocat @octocat`: one requirement that an approval from either owner satisfies', async () => {
    const missing = await approvalsFor('/apps/ @doctocat @octocat', ['apps/prompts/reply.md']);
    expect(missing.map((approval) => [approval.approver, approval.anyOf])).toEqual([
      [
        '@doctocat | @octocat',
        [
          { handle: '@doctocat', type: 'user' },
          { handle: '@octocat', type: 'user' },
        ],
      ],
    ]);
    const approved = await approvalsFor('/apps/ @doctocat @octocat', ['apps/prompts/reply.md'], {
      approvedBy: ['@octocat'],
    });
    expect(verdicts(approved)).toEqual([['@doctocat | @octocat', true, 1, true]]);
    expect(approved[0]!.approvedBy).toEqual(['@octocat']);
  });

  it('`/apps/ @example-org/content-team`: a team, satisfied by a member the review data lists', async () => {
    const codeowners = '/apps/ @example-org/content-team';
    const approvals = await approvalsFor(codeowners, ['apps/prompts/reply.md'], {
      approvedBy: ['@mona'],
      teams: { '@example-org/content-team': ['@mona', '@hubot'] },
    });
    expect(approvals[0]!.anyOf).toEqual([{ handle: '@example-org/content-team', type: 'team' }]);
    expect(approvals[0]!.approvedBy).toEqual(['@mona']);
    expect(approvals[0]!.satisfied).toBe(true);
  });

  it('`* @global-owner1 @global-owner2` then `*.js @js-owner`: a JS change asks only @js-owner, the rest either global owner', async () => {
    const codeowners = '* @global-owner1 @global-owner2\n*.js @js-owner';
    const approvals = await approvalsFor(codeowners, ['web/prompt.js', 'prompts/reply.md'], {
      approvedBy: ['@global-owner2'],
    });
    expect(verdicts(approvals)).toEqual([
      ['@global-owner1 | @global-owner2', true, 1, true],
      ['@js-owner', true, 1, false],
    ]);
  });

  it('`*.go docs@example.com`: an email address is a user', async () => {
    const approvals = await approvalsFor('*.go docs@example.com', ['cmd/prompt.go']);
    expect(approvals[0]!.anyOf).toEqual([{ handle: 'docs@example.com', type: 'user' }]);
  });

  it('`/apps/ @octocat` then `/apps/github` with no owners: the un-owned folder asks no one', async () => {
    expect(await approvalsFor('/apps/ @octocat\n/apps/github', ['apps/github/prompt.md'])).toEqual([]);
  });

  it('two files decided by the same line ask its owners once, naming both files', async () => {
    const approvals = await approvalsFor('/scripts/ @doctocat @octocat', ['scripts/a.md', 'scripts/b.md']);
    expect(approvals).toHaveLength(1);
    expect(approvals[0]!.why).toEqual([
      'CODEOWNERS (.github/CODEOWNERS line 1) owner of changed files scripts/a.md, scripts/b.md',
    ]);
  });
});

describe('CODEOWNERS approvals with GitLab sections', () => {
  it('`[Documentation][2]` asks two approvals from its owners; `^[Optional]` lists its owners as not required', async () => {
    const codeowners = ['[Documentation][2] @docs-lead', 'docs/ @alice @bob', '^[Style]', 'docs/ @carol'].join('\n');
    const approvals = await approvalsFor(codeowners, ['docs/prompts/intro.md'], { approvedBy: ['@alice'] });
    expect(verdicts(approvals)).toEqual([
      ['@alice | @bob', true, 2, false],
      ['@carol', false, 1, false],
    ]);
    expect(approvals[0]!.why).toEqual([
      'CODEOWNERS (.github/CODEOWNERS line 2, section Documentation) owner of changed file docs/prompts/intro.md',
    ]);
  });
});
