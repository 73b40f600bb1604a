import { describe, expect, it } from 'vitest';
import { parsedBuiltIn, SinkTable } from '../../../src/build/adapters/sinks/sink-table.js';
import { TYPESCRIPT_SINKS } from '../../../src/build/adapters/sinks/typescript-sinks.js';
import { parseConfig } from '../../../src/build/config/load-config.js';
import { PromptgraphError } from '../../../src/model/promptgraph-error.js';

function configError(text: string): PromptgraphError {
  try {
    parseConfig(text);
  } catch (error) {
    if (error instanceof PromptgraphError) return error;
    throw error;
  }
  throw new Error('the config was accepted');
}

describe('the sink table', () => {
  it('validates the built-in TypeScript table with the schema config entries use', () => {
    expect(parsedBuiltIn(TYPESCRIPT_SINKS).length).toBe(TYPESCRIPT_SINKS.length);
  });

  it('matches an SDK export, an instance method and a distinctive method on an unknown receiver', () => {
    const table = new SinkTable(parsedBuiltIn(TYPESCRIPT_SINKS));
    expect(table.match({ kind: 'module', module: 'ai', path: ['streamText'] })?.text).toContainEqual({
      property: 'system',
    });
    expect(
      table.match({
        kind: 'instance',
        module: '@mistralai/mistralai',
        className: 'Mistral',
        path: ['chat', 'complete'],
      }),
    ).toBeDefined();
    expect(table.match({ kind: 'unknown', written: ['client', 'chat', 'completions', 'create'] })).toBeDefined();
    // A repository module's own `generateText` is a wrapper found by flow, never a built-in sink.
    expect(
      table.match({ kind: 'module', module: 'src/llm', path: ['generateText'], repository: true }),
    ).toBeUndefined();
    expect(table.match({ kind: 'unknown', written: ['invoke'] })).toBeUndefined();
    // …but an SDK method path on a client a repository module exports is a sink.
    expect(
      table.match({
        kind: 'module',
        module: 'src/openai-client',
        path: ['openai', 'chat', 'completions', 'create'],
        repository: true,
      }),
    ).toBeDefined();
  });

  it('puts the config entries first, so a repository module can be declared a sink', () => {
    const config = parseConfig(
      'sinks:\n  - language: typescript\n    module: src/llm/client\n    function: complete\n    text:\n      - argument: 0\n        slot: system\n',
    );
    const table = new SinkTable([
      ...config.sinks.map(({ language: _, ...sink }) => sink),
      ...parsedBuiltIn(TYPESCRIPT_SINKS),
    ]);
    expect(
      table.match({ kind: 'module', module: 'src/llm/client', path: ['complete'], repository: true })?.text,
    ).toEqual([{ argument: 0, slot: 'system' }]);
  });
});

describe('config sinks validation', () => {
  it('reports a sink naming no text place at its line', () => {
    const error = configError(
      'sinks:\n  - language: typescript\n    module: "@acme/llm"\n    function: ask\n    text:\n      - slot: system\n',
    );
    expect(error.details).toMatchObject({ code: 'config-invalid', file: 'promptgraph.config.yaml', line: 6 });
    expect(error.details.issues?.[0]?.message).toContain('names where the text is');
  });

  it('reports an argument that is no position at its line', () => {
    const error = configError(
      'sinks:\n  - language: typescript\n    function: ask\n    text:\n      - argument: first\n',
    );
    expect(error.details.issues?.map((issue) => [issue.line, issue.message])).toEqual([
      [5, expect.stringContaining('text.0.argument')],
    ]);
  });

  it('reports a keyword argument on a TypeScript sink at the keyword', () => {
    const error = configError(
      'sinks:\n  - language: typescript\n    function: ask\n    text:\n      - keyword: system\n',
    );
    expect(error.details.issues?.map((issue) => [issue.line, issue.message])).toEqual([
      [5, expect.stringContaining('TypeScript calls have no keyword arguments')],
    ]);
  });

  it('reports a method sink with neither class nor receivers, and an unknown key, at the entry', () => {
    const error = configError(
      'sinks:\n  - language: python\n    method: complete\n    txt: []\n    text:\n      - keyword: system\n',
    );
    const messages = error.details.issues?.map((issue) => issue.message) ?? [];
    expect(messages).toContainEqual(expect.stringContaining('txt'));
    expect(messages).toContainEqual(expect.stringContaining('names its `class` or `receivers`'));
  });
});
