import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatImpactText } from '../../src/output/report/impact-text.js';
import { formatImpactMarkdown } from '../../src/output/report/impact-markdown.js';
import { branchLabel } from '../../src/output/report/impact-labels.js';
import { ImpactResultSchema, type ImpactResult } from '../../src/model/schema/impact-result.js';
import { fixturePath } from '../support/scan-fixture.js';

const BRANCH_DIFF = [
  '--- base/src/prompts.ts#systemPrompt (branch 3 of 3)',
  '+++ head/src/prompts.ts#systemPrompt (branch 3 of 3)',
  '@@ -1,1 +1,1 @@',
  '-Answer tickets.',
  '+Answer tickets politely.',
  '',
].join('\n');

/** The saved persona change, its changed fragment made a function of three branches whose third was edited. */
function branchedImpact(): ImpactResult {
  const result = ImpactResultSchema.parse(JSON.parse(readFileSync(fixturePath('impact/persona-change.json'), 'utf8')));
  result.changed[0] = {
    ...result.changed[0]!,
    classification: ['wording'],
    variables: { added: [], removed: [] },
    diff: BRANCH_DIFF,
    variants: [
      { branch: 1, change: 'unchanged' },
      { branch: 2, change: 'unchanged' },
      { branch: 3, change: 'changed' },
    ],
  };
  return ImpactResultSchema.parse(result);
}

describe('reporters of a change to one branch of several', () => {
  it('names the changed branches only', () => {
    expect(
      branchLabel([
        { branch: 1, change: 'unchanged' },
        { branch: 2, change: 'changed' },
        { branch: 3, change: 'added' },
        { branch: 2, change: 'removed' },
      ]),
    ).toBe(' (branch 2 of 3 changed, branch 3 of 3 added, branch 2 of 3 removed)');
    expect(branchLabel([{ branch: 1, change: 'unchanged' }])).toBe('');
    expect(branchLabel(undefined)).toBe('');
  });

  it('text: the class names the branch, and the verbose diff is that branch’s alone', () => {
    const text = formatImpactText(branchedImpact(), { color: false, verbose: true });
    expect(text).toContain('    wording (branch 3 of 3 changed)\n');
    expect(text).toContain('      --- base/src/prompts.ts#systemPrompt (branch 3 of 3)\n');
    expect(text).toContain('      -Answer tickets.\n      +Answer tickets politely.');
  });

  it('Markdown: the table and the diff block name the branch', () => {
    const markdown = formatImpactMarkdown(branchedImpact());
    expect(markdown).toContain('| wording (branch 3 of 3 changed) |');
    expect(markdown).toContain('— wording (branch 3 of 3 changed)</summary>');
    expect(markdown).toContain('+++ head/src/prompts.ts#systemPrompt (branch 3 of 3)');
  });
});
