import { describe, expect, it } from 'vitest';
import { computeImpact } from '../../src/query/impact/compute-impact.js';
import { formatImpactText } from '../../src/output/report/impact-text.js';
import { formatImpactMarkdown } from '../../src/output/report/impact-markdown.js';
import { formatImpactJson } from '../../src/output/report/impact-json.js';
import { impactMermaid } from '../../src/output/report/impact-mermaid.js';
import { formatCheckText } from '../../src/output/report/check-text.js';
import { ImpactResultSchema } from '../../src/model/schema/impact-result.js';
import { consumerNode, edges, scanOf, textNode } from '../impact/hand-built.js';

/** `system.prompt` changes; `reply` sends it (traced), `ask` reads it through an interface nobody implements. */
const result = (() => {
  const nodes = (text: string) => [
    textNode('system.prompt', text, { owners: ['@org/prompts'] }),
    consumerNode('consumer:src/reply.ts#reply', { owners: ['@org/support'] }),
    consumerNode('consumer:src/ask.ts#ask', { owners: ['@org/llm'] }),
  ];
  const graphEdges = [
    ...edges('consumer:src/reply.ts#reply -consumes-> system.prompt'),
    {
      from: 'consumer:src/ask.ts#ask',
      to: 'system.prompt',
      kind: 'consumes' as const,
      certainty: 'possible' as const,
      via: 'interface ModelClient.complete',
    },
  ];
  return computeImpact({
    base: scanOf(nodes('Be brief.'), graphEdges),
    head: scanOf(nodes('Be short.'), graphEdges),
    changedFiles: ['system.prompt'],
  });
})();

describe('reporters show possible consumers apart', () => {
  it('text: the traced consumer under Affected, the possible one in its own list with the reason', () => {
    const text = formatImpactText(result, { color: false });
    expect(text).toContain('\nAffected (1)\n  consumer:src/reply.ts#reply  consumer, 1 step away via consumes\n');
    expect(text).toContain(
      '\nPossibly affected (1): flow lost statically\n  ? consumer:src/ask.ts#ask  consumer possible, via interface ModelClient.complete\n',
    );
    expect(text).toContain('  @org/llm  0 changed, 0 affected, 1 possible\n');
    expect(text).toContain('  i @org/llm (team) (notify)  owns possible consumer consumer:src/ask.ts#ask');
  });

  it('Markdown: a summary row and a section of its own, not rows of the Affected table', () => {
    const markdown = formatImpactMarkdown(result);
    expect(markdown).toContain('| Affected | 1 node (1 consumer) |');
    expect(markdown).toContain('| Possibly affected | 1 node (1 possible consumer) |');
    const affected = markdown.slice(markdown.indexOf('### Affected'), markdown.indexOf('### Possible consumers'));
    expect(affected).toContain('`consumer:src/reply.ts#reply`');
    expect(affected).not.toContain('ask.ts');
    expect(markdown).toContain('### Possible consumers (flow lost statically)');
    expect(markdown).toContain(
      '| ❔ `consumer:src/ask.ts#ask` | consumer | interface ModelClient.complete | system.prompt → consumer:src/ask.ts#ask | @org/llm |',
    );
    expect(markdown).toContain('| ℹ️ notify | @org/llm (team) |');
  });

  it('Mermaid: the possible consumer in its own class behind a dotted edge', () => {
    const diagram = impactMermaid(result);
    expect(diagram).toContain('  n1["consumer:src/ask.ts#35;ask<br/><i>consumer</i>"]:::possible\n');
    expect(diagram).toContain('  n2["consumer:src/reply.ts#35;reply<br/><i>consumer</i>"]:::affected\n');
    expect(diagram).toContain('  n0 -.->|consumes| n1\n');
    expect(diagram).toContain('  n0 -->|consumes| n2\n');
    expect(diagram).toContain('classDef possible ');
  });

  it('JSON: the optional fields validate against the published schema, at schemaMinor 4 or later', () => {
    const document = JSON.parse(formatImpactJson(result));
    expect(ImpactResultSchema.parse(document)).toBeTruthy();
    expect(document.schemaMinor).toBeGreaterThanOrEqual(4);
    const ask = document.affected.find((node: { id: string }) => node.id === 'consumer:src/ask.ts#ask');
    expect([ask.certainty, ask.possibleVia]).toEqual(['possible', ['interface ModelClient.complete']]);
  });

  it('check text counts the possible node apart', () => {
    expect(formatCheckText(result, { ok: true, failures: [], findings: [] }, { color: false })).toBe(
      '✓ promptgraph check passed (1 changed, 1 affected, 1 possibly, risk medium)\n',
    );
  });
});
