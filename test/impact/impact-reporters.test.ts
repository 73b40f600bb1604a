import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatImpactMarkdown } from '../../src/output/report/impact-markdown.js';
import { formatImpactText } from '../../src/output/report/impact-text.js';
import { formatImpactJson } from '../../src/output/report/impact-json.js';
import { impactMermaid } from '../../src/output/report/impact-mermaid.js';
import { ImpactResultSchema, type ImpactResult } from '../../src/model/schema/impact-result.js';
import { fixturePath } from '../support/scan-fixture.js';

/** A saved `impact --format json` result: a persona fragment gains a variable; one prompt includes it. */
const saved = (): ImpactResult =>
  ImpactResultSchema.parse(JSON.parse(readFileSync(fixturePath('impact/persona-change.json'), 'utf8')));

describe('impact reporters', () => {
  it('json re-renders a saved result byte for byte', () => {
    expect(formatImpactJson(saved())).toBe(readFileSync(fixturePath('impact/persona-change.json'), 'utf8'));
  });

  it('text shows risk, changes, approvals with their state, evals with commands and invariants', () => {
    const text = formatImpactText(saved(), { color: false });
    expect(text).toContain('promptgraph impact  HEAD (4f1c2a9e0b) → working tree\nRisk: HIGH — ');
    expect(text).toContain('    wording, variables  variables +customer');
    expect(text).toContain('  ✓ @ada (user)  approver in contract:contracts/persona.yaml');
    expect(text).toContain('  ✗ @acme/platform (team) 0/2  ');
    expect(text).toContain('  i @acme/support (team) (notify)  ');
    expect(text).toContain(
      '\nTeams (2)\n  @acme/platform  1 changed, 0 affected\n  @acme/support  0 changed, 1 affected\n',
    );
    expect(text).toContain(
      '\nConsumers unknown (1)\n  shared/prompts/_persona.prompt  no consumer found for fragment shared/prompts/_persona.prompt',
    );
    expect(text).toContain('  ✗ pipeline (composed)  $ npm run eval:pipe');
    expect(text).toContain('Invariants to check (contract:contracts/persona.yaml)\n  - Never promise refunds.');
    expect(text).not.toContain('\u001b[');
  });

  it('text uses ANSI colours only when asked', () => {
    expect(formatImpactText(saved(), { color: true })).toContain('\u001b[31m');
  });

  it('markdown fences a diff holding backticks with a longer fence and escapes HTML in summaries', () => {
    const markdown = formatImpactMarkdown(saved());
    expect(markdown).toContain('````diff\n');
    expect(markdown).toContain(
      '<details><summary><code>packages/support/prompts/reply.prompt</code> — wording, variables</summary>',
    );
    expect(markdown).toContain('| Approvals | 1/2 satisfied |');
  });

  it("markdown stays under the limit by dropping an affected node's diff before the changed node's, with an explicit note", () => {
    const full = formatImpactMarkdown(saved());
    const limit = full.length - 50;
    const cut = formatImpactMarkdown(saved(), { limit });
    expect(cut.length).toBeLessThanOrEqual(limit);
    expect(cut).toContain('<details><summary><code>shared/prompts/_persona.prompt</code>');
    expect(cut).not.toContain('<details><summary><code>packages/support/prompts/reply.prompt</code>');
    expect(cut).toContain(
      "\n> **Shortened** to stay under GitHub's 65536-character comment limit: 1 of 1 diffs of affected nodes not shown.",
    );
    expect(cut).toContain('### Approvals');
  });

  it('mermaid escapes characters that would end a label', () => {
    const result = saved();
    result.changed[0]!.id = 'prompts/a"b<c>|d.prompt';
    result.affected[0]!.path = ['prompts/a"b<c>|d.prompt', result.affected[0]!.id];
    expect(impactMermaid(result)).toContain('n0["prompts/a#34;b#60;c#62;#124;d.prompt<br/><i>fragment</i>"]:::changed');
  });
});

describe('impact mermaid size', () => {
  it('draws at most the node limit and says how many more there are', () => {
    const result = saved();
    result.changed = Array.from({ length: 70 }, (_, index) => ({
      ...result.changed[0]!,
      id: `prompts/p${index}.prompt`,
    }));
    const diagram = impactMermaid(result);
    expect(diagram.split('\n').filter((line) => line.endsWith(':::changed'))).toHaveLength(60);
    expect(diagram).toContain('more["… 11 more nodes (see the JSON report)"]:::affected');
  });
});
