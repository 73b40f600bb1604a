import { describe, expect, it } from 'vitest';
import { formatImpactMarkdown, GITHUB_COMMENT_LIMIT } from '../../src/output/report/impact-markdown.js';
import type { AffectedNode, ImpactResult } from '../../src/model/schema/impact-result.js';

const diffOf = (id: string, lines: number) =>
  `--- base/${id}\n+++ head/${id}\n@@ -1,${lines} +1,${lines} @@\n${'-Be calm.\n+Be calm and brief.\n'.repeat(lines)}`;
const composition = {
  classification: ['wording' as const],
  variables: { added: [], removed: [] },
  includes: { added: [], removed: [] },
};

/** A persona fragment every one of `count` prompts includes, each prompt with its own composed diff, and every other section filled. */
function largeImpact(count: number): ImpactResult {
  const changedId = 'shared/prompts/_persona.prompt';
  const affected: AffectedNode[] = Array.from({ length: count }, (_, index) => {
    const id = `packages/team-${index}/prompts/reply-${index}.prompt`;
    return {
      id,
      kind: 'prompt',
      file: id,
      range: { start: 1, end: 3 },
      owners: [`@acme/team-${index}`],
      ...composition,
      diff: diffOf(id, 8),
      distance: 1,
      path: [changedId, id],
      via: 'includes',
      contracts: [],
    };
  });
  return {
    schemaVersion: 1,
    schemaMinor: 1,
    base: { ref: 'origin/main', commit: '4f1c2a9e0b4f1c2a9e0b' },
    head: { ref: 'working-tree' },
    changedFiles: [changedId],
    changed: [
      {
        id: changedId,
        kind: 'fragment',
        file: changedId,
        range: { start: 1, end: 2 },
        owners: ['@acme/platform'],
        ...composition,
        diff: diffOf(changedId, 3),
        contracts: ['contract:contracts/persona.yaml'],
      },
    ],
    affected,
    teams: [
      { team: '@acme/platform', type: 'team', changed: [changedId], affected: [], why: ['owns changed fragment'] },
    ],
    approvals: [
      {
        approver: '@acme/platform',
        anyOf: [{ handle: '@acme/platform', type: 'team' }],
        count: 2,
        required: true,
        sources: ['contract'],
        why: ['2 approvals from @acme/platform required by contract:contracts/persona.yaml'],
        approvedBy: [],
        satisfied: false,
      },
    ],
    evals: [
      {
        id: 'eval:contracts/persona.yaml#persona-tone',
        name: 'persona-tone',
        scope: 'composed',
        file: 'contracts/persona.yaml',
        command: 'npm run eval:persona',
        why: ['composed eval of changed shared/prompts/_persona.prompt'],
        passed: false,
      },
    ],
    invariants: [
      { contract: 'contract:contracts/persona.yaml', nodes: [changedId], invariants: ['Never promise refunds.'] },
    ],
    interfaceChanges: [
      {
        contract: 'contract:contracts/persona.yaml',
        nodes: [changedId],
        reasons: ["shared/prompts/_persona.prompt: variable 'tone' removed"],
        version: { base: 1, head: 1 },
        bumped: false,
      },
    ],
    risk: { level: 'high', reasons: [`${count} teams reached`], unknown: [] },
    diagnostics: [
      {
        severity: 'warning',
        code: 'dangling-reference',
        file: 'packages/team-0/prompts/reply-0.prompt',
        line: 2,
        column: 4,
        message: 'partial {{> gone}} does not exist',
      },
    ],
  };
}

describe("impact Markdown over GitHub's comment limit", () => {
  const markdown = formatImpactMarkdown(largeImpact(400));

  it('stays under the limit', () => {
    expect(markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
  });

  it('keeps the summary, approvals, evals, invariants, interface changes and diagnostics whole', () => {
    expect(markdown.startsWith('## promptgraph impact: high risk\n')).toBe(true);
    expect(markdown).toContain(
      '\n### Approvals\n\n| | approver | needed | why |\n| --- | --- | --- | --- |\n| ❌ | @acme/platform (team) | 0/2 |',
    );
    expect(markdown).toContain('| ❌ | persona-tone | composed | `npm run eval:persona` |');
    expect(markdown).toContain('- [ ] Never promise refunds. _(contract:contracts/persona.yaml)_');
    expect(markdown).toContain(
      "- ❌ `contract:contracts/persona.yaml` — **version not bumped**: shared/prompts/\\_persona.prompt: variable 'tone' removed",
    );
    expect(markdown).toContain(
      '- **warning** `packages/team-0/prompts/reply-0.prompt:2:4` partial {{&gt; gone}} does not exist (dangling-reference)',
    );
  });

  it('keeps the changed fragment and its own diff', () => {
    expect(markdown).toContain('| `shared/prompts/_persona.prompt` | fragment | wording |');
    expect(markdown).toContain('<details><summary><code>shared/prompts/_persona.prompt</code> — wording</summary>');
  });

  it('shortens the affected table at a row, saying how many more are not shown', () => {
    const rows = markdown.split('\n').filter((line) => line.startsWith('| `packages/team-'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(400);
    expect(rows.every((row) => row.endsWith('|'))).toBe(true);
    expect(markdown).toContain(
      `\n_${400 - rows.length} more affected nodes not shown; the JSON report (\`--format json\`) lists them all._\n`,
    );
  });

  it('draws the blast radius with its own "more" node, and ends with a note naming what was left out', () => {
    expect(markdown).toMatch(/more\["… \d+ more nodes \(see the JSON report\)"\]/);
    expect(markdown).toMatch(
      /\n> \*\*Shortened\*\* to stay under GitHub's 65536-character comment limit: \d+ of 400 affected nodes, \d+ of 400 diffs of affected nodes not shown\. /,
    );
  });

  it('is unchanged, with no note, when everything fits', () => {
    const small = formatImpactMarkdown(largeImpact(3));
    expect(small).not.toContain('Shortened');
    expect(small.split('\n').filter((line) => line.startsWith('<details><summary>'))).toHaveLength(4);
  });
});
