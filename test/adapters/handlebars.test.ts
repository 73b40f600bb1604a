import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../support/scan-fixture.js';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { composeText } from '../../src/query/compose/compose-text.js';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';

describe('handlebars adapter', () => {
  it('makes each .hbs, .handlebars and .mustache file one whole-file unit; _name and partials/ files are fragments named without the underscore', async () => {
    const result = await scanFixture('adapters/handlebars');
    expect(nodeById(result, 'support/reply.hbs')).toMatchObject({
      kind: 'prompt',
      format: 'handlebars',
      name: 'reply',
      range: { start: 1, end: 10 },
    });
    expect(nodeById(result, 'support/_persona.hbs')).toMatchObject({ kind: 'fragment', name: 'persona' });
    expect(nodeById(result, 'newsletter/digest.mustache')).toMatchObject({ kind: 'prompt', format: 'mustache' });
  });

  it('resolves {{> name}} to name, _name or partials/name in the same folder first, then up to the root', async () => {
    const result = await scanFixture('adapters/handlebars');
    expect(edgeStrings(result, ['includes']).filter((edge) => edge.startsWith('support/reply.hbs'))).toEqual([
      'support/reply.hbs -includes-> partials/footer.hbs',
      'support/reply.hbs -includes-> support/_persona.hbs',
      'support/reply.hbs -includes-> support/partials/layout.hbs',
      'support/reply.hbs -includes-> support/reply.hbs#signature',
    ]);
    expect(result.edges.find((edge) => edge.to === 'support/_persona.hbs')).toMatchObject({
      line: 1,
      placeholder: '{{> persona}}',
    });
  });

  it('prefers the including extension, then its family: a .handlebars partial for .hbs, never a .hbs one for .mustache', async () => {
    const result = await scanFixture('adapters/handlebars');
    expect(edgeStrings(result, ['includes'])).toEqual(
      expect.arrayContaining([
        'billing/reply.hbs -includes-> billing/persona.handlebars',
        'newsletter/digest.mustache -includes-> newsletter/header.mustache',
      ]),
    );
  });

  it('composes a partial block as the partial in place of its opening tag, keeping the block content', async () => {
    const result = await scanFixture('adapters/handlebars');
    expect(result.edges.find((edge) => edge.to === 'support/partials/layout.hbs')).toMatchObject({
      line: 2,
      placeholder: '{{#> layout}}',
    });
    const composed = composeText(new PromptGraph(result), 'support/reply.hbs');
    expect(composed).toContain(
      "{{> @partial-block}}\nKeep the answer under {{max_words}} words.\n\nAnswer {{customer.name}}'s ticket: {{ticket}}\n{{/layout}}",
    );
    expect(composed.startsWith('You are Ada, the support assistant of Acme.\n')).toBe(true);
  });

  it('makes an inline partial a fragment of the file that its {{> name}} includes, not a Portkey prompt', async () => {
    const result = await scanFixture('adapters/handlebars');
    expect(nodeById(result, 'support/reply.hbs#signature')).toMatchObject({
      kind: 'fragment',
      range: { start: 8, end: 8 },
      text: 'The Acme support team',
    });
    expect(result.nodes.filter((node) => node.id.startsWith('remote:'))).toEqual([]);
  });

  it('reads variables, not each-item fields or block params, and a Mustache section as a variable whose body reads the item', async () => {
    const result = await scanFixture('adapters/handlebars');
    expect(nodeById(result, 'support/reply.hbs').variables).toEqual(['customer', 'orders', 'ticket']);
    expect(nodeById(result, 'newsletter/digest.mustache').variables).toEqual(['signoff', 'stories']);
  });

  it('reports a dangling partial, a computed one, one leaving the repository, a cycle and a syntax error at their lines', async () => {
    const result = await scanFixture('adapters/handlebars');
    expect(diagnosticCodes(result).filter((code) => code.includes('broken/'))).toEqual([
      'include-cycle broken/cycle_a.hbs:1',
      'dangling-reference broken/dangling.hbs:1',
      'dynamic-include broken/dynamic.hbs:2',
      'include-outside-root broken/escape.hbs:1',
      'template-syntax broken/unclosed.hbs:1',
    ]);
    expect(result.diagnostics.find((diagnostic) => diagnostic.code === 'template-syntax')?.message).toContain(
      'unexpected INVALID',
    );
  });

  it('still follows the partials of a template Handlebars cannot parse', async () => {
    const result = await scanFixture('adapters/handlebars');
    expect(edgeStrings(result, ['includes'])).toContain('broken/unclosed.hbs -includes-> partials/footer.hbs');
  });

  it('keeps an HTML view out of the graph unless something uses it', async () => {
    const result = await scanFixture('adapters/handlebars');
    expect(result.nodes.filter((node) => node.file.startsWith('web/'))).toEqual([]);
  });

  it('leaves a Helicone {{hcp:…}} reference to the registry post-pass, not a variable', async () => {
    const result = await scan(
      memoryFileSource('repo', { 'prompts/answer.hbs': 'Answer {{question}}.\n{{hcp:safety-rules:0:production}}\n' }),
    );
    expect(edgeStrings(result, ['includes'])).toEqual(['prompts/answer.hbs -includes-> remote:helicone/safety-rules']);
    expect(nodeById(result, 'prompts/answer.hbs').variables).toEqual(['question']);
  });
});
