import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../support/scan-fixture.js';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { composeText } from '../../src/query/compose/compose-text.js';

describe('promptl adapter', () => {
  it('makes the file one unit whose text is the body, with its front matter model and provider', async () => {
    const result = await scanFixture('adapters/promptl');
    const reply = nodeById(result, 'support/reply.promptl');
    expect(reply).toMatchObject({
      kind: 'prompt',
      format: 'promptl',
      name: 'reply',
      range: { start: 1, end: 26 },
      meta: { model: 'gpt-4o', provider: 'OpenAI' },
    });
    expect(reply.text!.startsWith('/* The persona')).toBe(true);
  });

  it('resolves <prompt path> as Latitude does: relative to the file, /-rooted from the project root, .promptl optional', async () => {
    const result = await scanFixture('adapters/promptl');
    expect(edgeStrings(result, ['includes']).filter((edge) => edge.startsWith('support/'))).toEqual([
      'support/reply.promptl -includes-> shared/safety.promptl',
      'support/reply.promptl -includes-> shared/vip.promptl',
      'support/reply.promptl -includes-> support/persona.promptl',
    ]);
    expect(result.edges.find((edge) => edge.to === 'shared/safety.promptl')).toMatchObject({
      line: 10,
      placeholder: '<prompt path="/shared/safety" tone={{ tone }} />',
    });
  });

  it('reads no reference or variable inside a /* comment */', async () => {
    const result = await scanFixture('adapters/promptl');
    expect(result.diagnostics.filter((diagnostic) => diagnostic.file === 'support/reply.promptl')).toEqual([]);
    expect(nodeById(result, 'support/reply.promptl').variables).not.toContain('not_read');
  });

  it('composes a referenced prompt in place of its element', async () => {
    const result = await scanFixture('adapters/promptl');
    expect(composeText(new PromptGraph(result), 'support/reply.promptl')).toContain(
      'You are Ada, the support assistant of Acme.\n\nNever share card numbers. Keep a {{ tone }} tone.\n\n{{ greeting =',
    );
  });

  it('reads parameters from expressions, conditions, loop lists and prompt attributes, not assignments, loop items, step results or comments', async () => {
    const result = await scanFixture('adapters/promptl');
    expect(nodeById(result, 'support/reply.promptl').variables).toEqual([
      'customer',
      'language',
      'question',
      'tickets',
      'tone',
      'vip',
    ]);
  });

  it('reports malformed front matter at its line and still reads the body', async () => {
    const result = await scanFixture('adapters/promptl');
    expect(diagnosticCodes(result)).toContain('malformed-front-matter broken/bad-front-matter.promptl:3');
    expect(nodeById(result, 'broken/bad-front-matter.promptl').variables).toEqual(['question']);
    expect(edgeStrings(result, ['includes'])).toContain(
      'broken/bad-front-matter.promptl -includes-> shared/vip.promptl',
    );
  });

  it('reports unbalanced blocks, expressions that are not JavaScript, dangling, computed and outside references and a cycle at their lines', async () => {
    const result = await scanFixture('adapters/promptl');
    expect(diagnosticCodes(result).filter((code) => !code.startsWith('malformed'))).toEqual([
      'template-syntax broken/bad-expression.promptl:2',
      'template-syntax broken/blocks.promptl:2',
      'template-syntax broken/blocks.promptl:3',
      'include-cycle broken/cycle_a.promptl:1',
      'dangling-reference broken/dangling.promptl:1',
      'dynamic-include broken/dynamic.promptl:2',
      'include-outside-root broken/escape.promptl:1',
    ]);
    expect(nodeById(result, 'broken/blocks.promptl').variables).toEqual(['items', 'name']);
  });
});
