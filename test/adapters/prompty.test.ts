import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../support/scan-fixture.js';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { composeText } from '../../src/query/compose/compose-text.js';

describe('prompty adapter', () => {
  it('makes the file one unit named by its front matter, with description, model and the body as text', async () => {
    const result = await scanFixture('adapters/prompty');
    const chat = nodeById(result, 'support/chat.prompty');
    expect(chat).toMatchObject({
      kind: 'prompt',
      format: 'prompty',
      name: 'support-chat',
      range: { start: 1, end: 34 },
      meta: { model: 'gpt-4o', description: 'Answers support tickets; resolves ${file:} and ${env:} values' },
    });
    expect(chat.symbol).toBeUndefined();
    expect(chat.text!.startsWith('system:\n{{ persona }}\n')).toBe(true);
  });

  it('takes variables from the Jinja body and the v2 inputs list, with defaults for inputs that have one', async () => {
    const result = await scanFixture('adapters/prompty');
    expect(nodeById(result, 'support/chat.prompty')).toMatchObject({
      variables: ['orders', 'persona', 'question'],
      meta: { defaults: ['persona', 'question'] },
    });
  });

  it('reads v1 inputs as a map and its model from configuration.azure_deployment', async () => {
    const result = await scanFixture('adapters/prompty');
    expect(nodeById(result, 'shakespeare/writer.prompty')).toMatchObject({
      name: 'Shakespearean Writer',
      variables: ['question', 'style'],
      meta: { model: 'gpt-4o', defaults: ['style'] },
    });
  });

  it('makes a front matter ${file:…} an include of that file relative to the .prompty, with no placeholder, and ignores a ${file:} inside a sentence', async () => {
    const result = await scanFixture('adapters/prompty');
    expect(edgeStrings(result, ['includes']).filter((edge) => edge.endsWith('.json'))).toEqual([
      'shakespeare/writer.prompty -includes-> shakespeare/sample.json',
      'support/chat.prompty -includes-> shared/connection.json',
    ]);
    const connection = result.edges.find((edge) => edge.to === 'shared/connection.json')!;
    expect(connection.line).toBe(8);
    expect(connection.placeholder).toBeUndefined();
  });

  it('makes ${env:VAR} an include of the .env prompt holding it, and leaves endpoint and key variables alone', async () => {
    const result = await scanFixture('adapters/prompty');
    expect(edgeStrings(result, ['includes']).filter((edge) => edge.includes('.env'))).toEqual([
      'support/chat.prompty -includes-> support/.env#SUPPORT_PERSONA',
    ]);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.message.includes('AZURE_OPENAI'))).toEqual([]);
  });

  it('resolves a Jinja body include from the .prompty folder and composes it in place', async () => {
    const result = await scanFixture('adapters/prompty');
    expect(result.edges.find((edge) => edge.to === 'support/safety.jinja2')).toMatchObject({
      from: 'support/chat.prompty',
      line: 28,
      placeholder: "{% include 'safety.jinja2' %}",
    });
    expect(composeText(new PromptGraph(result), 'support/chat.prompty')).toContain(
      '{{ persona }}\nNever share card numbers or internal hostnames.\n\n{% for order',
    );
  });

  it('reads a Mustache body when the front matter says so, with its partials and sections', async () => {
    const result = await scanFixture('adapters/prompty');
    expect(nodeById(result, 'mustache/greeting.prompty').variables).toEqual(['customer', 'offers']);
    expect(result.edges.find((edge) => edge.from === 'mustache/greeting.prompty')).toMatchObject({
      to: 'mustache/signoff.mustache',
      line: 12,
      placeholder: '{{> signoff}}',
    });
  });

  it('reports malformed front matter at its file line and still reads the body', async () => {
    const result = await scanFixture('adapters/prompty');
    const malformed = result.diagnostics.find((diagnostic) => diagnostic.file === 'broken/bad-yaml.prompty')!;
    expect(malformed).toMatchObject({ code: 'malformed-front-matter', line: 4 });
    expect(malformed.message).not.toMatch(/at line \d/);
    expect(nodeById(result, 'broken/bad-yaml.prompty')).toMatchObject({ name: 'bad-yaml', variables: ['question'] });
    expect(edgeStrings(result, ['includes'])).toContain('broken/bad-yaml.prompty -includes-> broken/tone.j2');
  });

  it('reports a missing ${file:…}, one outside the repository, unparsable Jinja at its file line and a body include cycle', async () => {
    const result = await scanFixture('adapters/prompty');
    expect(diagnosticCodes(result).filter((code) => code.includes('broken/') && !code.includes('bad-yaml'))).toEqual([
      'include-cycle broken/cycle_a.j2:1',
      'dangling-reference broken/missing-file.prompty:3',
      'include-outside-root broken/missing-file.prompty:4',
      'template-syntax broken/python-only.prompty:5',
    ]);
    expect(edgeStrings(result, ['includes'])).toContain('broken/python-only.prompty -includes-> broken/tone.j2');
  });
});
