import { describe, expect, it } from 'vitest';
import { findingsOf, places } from '../audit-fixture.js';
import { audit } from '../../../src/api/audit.js';
import { auditScan } from '../../../src/query/audit/run-audit.js';
import type { GraphNode, ScanResult } from '../../../src/model/schema/scan-result.js';
import { fixturePath } from '../../support/scan-fixture.js';

describe('audit rule duplicate-prompt-text', () => {
  it('reports every copy of the same text, whatever its case and whitespace, and not short or different texts', async () => {
    const findings = await findingsOf('duplicate-prompt-text');
    expect(places(findings)).toEqual([
      '.env:1-1 warning',
      'prompts/sales/reply.md:1-2 warning',
      'prompts/support/reply.md:1-2 warning',
    ]);
    expect(findings[1]?.nodes).toEqual([
      'prompts/sales/reply.md',
      '.env#SUPPORT_SYSTEM_PROMPT',
      'prompts/support/reply.md',
    ]);
  });

  it('points each copy at the others', async () => {
    const [, sales] = await findingsOf('duplicate-prompt-text');
    expect(sales?.message).toContain('has the same text as .env:1, prompts/support/reply.md:1');
  });
});

describe('duplicate-prompt-text and views of inherited members', () => {
  const text = 'Tool {name}: {description}. Call it with a JSON object of its inputs.';
  const node = (id: string, viewOf?: string): GraphNode => ({
    id,
    kind: 'prompt',
    file: id.split('#')[0]!,
    symbol: id.split('#')[1]!,
    range: { start: 1, end: 1 },
    format: 'python',
    owners: [],
    variables: [],
    text,
    ...(viewOf ? { viewOf } : {}),
  });
  const scanOf = (nodes: GraphNode[]): ScanResult => ({
    schemaVersion: 1,
    root: 'repo',
    nodes,
    edges: [],
    diagnostics: [],
  });
  const duplicates = (nodes: GraphNode[]) =>
    auditScan(scanOf(nodes)).findings.filter((finding) => finding.rule === 'duplicate-prompt-text');

  it("counts a subclass's view as its ancestor's text, not a copy (smolagents' 32 Tool subclasses, survey fixture)", async () => {
    expect(
      duplicates([
        node('tools/base.py#Tool.to_prompt'),
        node('tools/search.py#SearchTool.to_prompt', 'tools/base.py#Tool.to_prompt'),
        node('tools/search.py#FetchTool.to_prompt', 'tools/base.py#Tool.to_prompt'),
      ]),
    ).toEqual([]);
    const result = await audit(fixturePath('audit-real', 'python-inherited-views'));
    expect(result.findings.filter((finding) => finding.rule === 'duplicate-prompt-text')).toEqual([]);
  });

  it('still reports a real copy, once per origin: on the ancestor and on the copy, not on each view', () => {
    expect(
      duplicates([
        node('tools/base.py#Tool.to_prompt'),
        node('tools/search.py#SearchTool.to_prompt', 'tools/base.py#Tool.to_prompt'),
        node('legacy/tools.py#LegacyTool.to_prompt'),
      ]).map((finding) => finding.nodes),
    ).toEqual([
      ['legacy/tools.py#LegacyTool.to_prompt', 'tools/base.py#Tool.to_prompt'],
      ['tools/base.py#Tool.to_prompt', 'legacy/tools.py#LegacyTool.to_prompt'],
    ]);
  });
});
