import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../support/scan-fixture.js';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { composeText } from '../../src/query/compose/compose-text.js';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';

describe('poml adapter', () => {
  it('makes the document one whole-file unit whose text is the markup', async () => {
    const result = await scanFixture('adapters/poml');
    const answer = nodeById(result, 'support/answer.poml');
    expect(answer).toMatchObject({ kind: 'prompt', format: 'poml', name: 'answer', range: { start: 1, end: 18 } });
    expect(answer.symbol).toBeUndefined();
  });

  it('includes <include src> relative to the file, composed in place of the element', async () => {
    const result = await scanFixture('adapters/poml');
    expect(result.edges.find((edge) => edge.to === 'support/shared/safety.poml')).toMatchObject({
      from: 'support/answer.poml',
      line: 3,
      placeholder: '<include src="shared/safety.poml"/>',
    });
    expect(composeText(new PromptGraph(result), 'support/answer.poml')).toContain(
      '<role>You are the support assistant of Acme.</role>\n  <p>Never share card numbers or internal hostnames.</p>\n\n  Refunds within 30 days.\n\n  <let src="config.json"/>',
    );
  });

  it('inlines a text file a <let src> loads, and depends on JSON and CSV data without a placeholder', async () => {
    const result = await scanFixture('adapters/poml');
    const loads = result.edges
      .filter((edge) => edge.from === 'support/answer.poml' && edge.to !== 'support/shared/safety.poml')
      .map((edge) => [edge.to, edge.line, edge.placeholder]);
    expect(loads).toEqual([
      ['support/config.json', 5, undefined],
      ['support/orders.csv', 10, undefined],
      ['support/policy.txt', 4, '<let name="policy" src="policy.txt"/>'],
    ]);
  });

  it('leaves documents and images (manual.pdf, logo.png) alone', async () => {
    const result = await scanFixture('adapters/poml');
    expect(result.edges.filter((edge) => /\.(pdf|png)$/.test(edge.to))).toEqual([]);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.file.startsWith('support/'))).toEqual([]);
  });

  it('reads variables from expressions, if and for attributes and let values, not let names, loop variables, let content or comments', async () => {
    const result = await scanFixture('adapters/poml');
    expect(nodeById(result, 'support/answer.poml').variables).toEqual([
      'brand',
      'customer',
      'minimum',
      'orders',
      'question',
    ]);
  });

  it('reports an unclosed element, an unterminated tag and an expression that is not JavaScript at their lines', async () => {
    const result = await scanFixture('adapters/poml');
    expect(diagnosticCodes(result).filter((code) => code.startsWith('template-syntax'))).toEqual([
      'template-syntax broken/bad-expression.poml:2',
      'template-syntax broken/unclosed.poml:2',
      'template-syntax broken/unterminated.poml:1',
    ]);
    expect(nodeById(result, 'broken/unclosed.poml').variables).toEqual(['name']);
  });

  it('reports a dangling include, a computed one, one outside the repository and a cycle', async () => {
    const result = await scanFixture('adapters/poml');
    expect(diagnosticCodes(result).filter((code) => !code.startsWith('template-syntax'))).toEqual([
      'include-cycle broken/cycle_a.poml:1',
      'dangling-reference broken/dangling.poml:2',
      'dynamic-include broken/dynamic.poml:2',
      'include-outside-root broken/escape.poml:2',
    ]);
    expect(nodeById(result, 'broken/dynamic.poml').variables).toEqual(['section']);
  });

  it('leaves Helicone and Portkey references to the registry post-pass, not expressions to parse', async () => {
    const result = await scan(
      memoryFileSource('repo', {
        'prompts/answer.poml':
          '<poml><p>{{hcp:safety-rules:0:production}}</p><p>{{>pp-tone-1a2b}} {{ question }}</p></poml>',
      }),
    );
    expect(edgeStrings(result, ['includes'])).toEqual([
      'prompts/answer.poml -includes-> remote:helicone/safety-rules',
      'prompts/answer.poml -includes-> remote:portkey/pp-tone-1a2b',
    ]);
    expect(nodeById(result, 'prompts/answer.poml').variables).toEqual(['question']);
    expect(result.diagnostics).toEqual([]);
  });

  it('never reads a < inside an expression as a tag, and reads tag names case-insensitively', async () => {
    const result = await scan(
      memoryFileSource('repo', {
        'prompts/check.poml':
          '<poml><p if="count &lt; limit">{{ count<limit ? low : high }}</p><Include src="part.poml"/></poml>',
        'prompts/part.poml': '<p>Part.</p>',
      }),
    );
    expect(nodeById(result, 'prompts/check.poml').variables).toEqual(['count', 'high', 'limit', 'low']);
    expect(edgeStrings(result, ['includes'])).toEqual(['prompts/check.poml -includes-> prompts/part.poml']);
    expect(result.diagnostics).toEqual([]);
  });
});
