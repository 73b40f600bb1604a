import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/build/config/load-config.js';
import { PromptgraphError } from '../../src/model/promptgraph-error.js';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { savedFindingText } from '../support/saved-finding.js';

/** The error parseConfig throws for `text`; fails the test when it throws none. */
function configError(text: string): PromptgraphError {
  try {
    parseConfig(text);
  } catch (error) {
    if (error instanceof PromptgraphError) return error;
    throw error;
  }
  throw new Error('the config was accepted');
}

const THREE_MISTAKES = ['maxFileBytes: lots', 'exclude: legacy', 'includePatterns:', '  - name: wiki', ''].join('\n');

describe('promptgraph.config.yaml validation', () => {
  it('reports every invalid field, each at its own line and column, not only the first', () => {
    const error = configError(THREE_MISTAKES);
    expect(error.details).toMatchObject({
      code: 'config-invalid',
      file: 'promptgraph.config.yaml',
      line: 1,
      column: 15,
      exitCode: 2,
    });
    expect(error.details.issues).toEqual([
      { line: 1, column: 15, message: 'maxFileBytes: Invalid input: expected number, received string' },
      { line: 2, column: 10, message: 'exclude: Invalid input: expected array, received string' },
      { line: 4, column: 5, message: 'includePatterns.0.pattern: Invalid input: expected string, received undefined' },
    ]);
  });

  it('prints the further issues under the first, each with file:line:column', () => {
    expect(configError(THREE_MISTAKES).format()).toBe(
      [
        'promptgraph.config.yaml:1:15: maxFileBytes: Invalid input: expected number, received string',
        '  promptgraph.config.yaml:2:10: exclude: Invalid input: expected array, received string',
        '  promptgraph.config.yaml:4:5: includePatterns.0.pattern: Invalid input: expected string, received undefined',
      ].join('\n'),
    );
  });

  it.each([
    ['loaders', 'loaders:\n  - call: loadPrompt\n    argumnt: 1\n', 'loaders.0.argumnt: unknown key', 3],
    [
      'includePatterns',
      'includePatterns:\n  - name: wiki\n    pattern: "\\\\[\\\\[(?<ref>[^\\\\]]+)\\\\]\\\\]"\n    flags: i\n',
      'includePatterns.0.flags: unknown key',
      4,
    ],
  ])('rejects an unknown key inside %s, as at the top level, at the key', (_field, text, message, line) => {
    const error = configError(text);
    expect(error.details.issues?.map((issue) => issue.message)).toEqual([message]);
    expect(error.details).toMatchObject({ line, column: 5 });
  });

  it('reports a misspelt top-level key at the key, not at the start of the file', () => {
    expect(configError('include: ["**/*"]\nexclued: [legacy/**]\n').details).toMatchObject({
      code: 'config-invalid',
      line: 2,
      column: 1,
    });
  });
});

describe('globs in the config', () => {
  it('refuses an empty glob at its line and column, where picomatch threw a TypeError mid-scan (crash-f9a1ca6a5a, crash-bd7208ffaa)', () => {
    for (const [name, field] of [
      ['crash-f9a1ca6a5a', 'promptGlobs'],
      ['crash-bd7208ffaa', 'contracts'],
    ] as const) {
      const error = configError(savedFindingText(name, 'promptgraph.config.yaml'));
      expect(error.details).toMatchObject({ code: 'config-invalid', line: 1, exitCode: 2 });
      expect(error.message).toBe(`${field}.0: an empty glob matches nothing`);
    }
  });

  it.each([
    [
      'paths',
      'audit:\n  rules:\n    orphan-prompt:\n      level: error\n      paths: ["services/**", "+(a|b)/**"]\n',
      5,
      'paths.1',
    ],
    [
      'ignore',
      'audit:\n  rules:\n    orphan-prompt:\n      ignore:\n        - "**/tests/**"\n        - ""\n',
      6,
      'ignore.1',
    ],
  ])(
    "refuses a glob the matcher refuses in an audit rule's %s at its line, where it used to match nothing silently",
    (_field, text, line, at) => {
      const error = configError(text);
      expect(error.details).toMatchObject({
        code: 'config-invalid',
        file: 'promptgraph.config.yaml',
        line,
        exitCode: 2,
      });
      expect(error.details.issues?.map((issue) => issue.message)).toEqual([
        expect.stringMatching(
          new RegExp(`^audit\\.rules\\.orphan-prompt\\.${at.replace('.', '\\.')}: (the extglobs|an empty glob)`),
        ),
      ]);
    },
  );

  it('accepts the audit rule globs it can match', () => {
    const config = parseConfig(
      'audit:\n  rules:\n    orphan-prompt:\n      paths: ["services/**"]\n      ignore: ["**/tests/**"]\n',
    );
    expect(config.audit.rules['orphan-prompt']).toEqual({ paths: ['services/**'], ignore: ['**/tests/**'] });
  });

  it('accepts a backtracking-shaped exclude glob and scans with it in linear time', async () => {
    const config = parseConfig("exclude: ['*a*a*a*a*a*a*a*a*b']\n");
    const files = Object.fromEntries(
      Array.from({ length: 200 }, (_, index) => [`prompts/${'a'.repeat(40)}${index}.md`, 'Text.\n']),
    );
    const started = performance.now();
    const result = await scan(memoryFileSource('repo', files), { config });
    expect((performance.now() - started) / 1000).toBeLessThan(5);
    expect(result.nodes).toHaveLength(200);
  });
});
