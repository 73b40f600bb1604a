import { describe, expect, it } from 'vitest';
import type { Extraction, Target } from '../../src/model/extraction.js';
import { filesToFollow, type RejectedFile } from '../../src/build/extract/follow-imports.js';
import { createTypeScriptModuleResolver } from '../../src/build/resolve/typescript-module-resolver.js';
import { typescriptAdapter } from '../../src/build/adapters/typescript/typescript-adapter.js';

const FILES = [
  'src/agent.ts',
  'src/barrel.ts',
  'src/tone.ts',
  'src/colors.ts',
  'src/llm.ts',
  'src/jobs.ts',
  'src/widget.ts',
];
const resolvers = { typescript: createTypeScriptModuleResolver(new Set(FILES), new Map()) };
const exportTarget = (specifier: string, name: string): Target => ({
  type: 'export',
  language: 'typescript',
  fromFile: 'src/agent.ts',
  specifier,
  name,
});
const extraction = (fields: Partial<Extraction>): Extraction => ({
  units: [],
  references: [],
  diagnostics: [],
  ...fields,
});
const rejected = (...entries: [string, string[]][]): Map<string, RejectedFile> =>
  new Map(entries.map(([path, specifiers]) => [path, { adapter: typescriptAdapter, specifiers }]));

describe('reading prefilter-rejected files the graph needs', () => {
  it('reads a rejected file an extracted file imports a name from, directly or through a barrel re-export', () => {
    const extractions = new Map([
      [
        'src/agent.ts',
        extraction({
          references: [{ kind: 'includes', from: 'SYSTEM', target: exportTarget('./barrel', 'TONE'), line: 3 }],
        }),
      ],
      [
        'src/barrel.ts',
        extraction({
          exports: [
            { name: 'TONE', reexport: { specifier: './tone', name: 'TONE' } },
            { name: 'RED', reexport: { specifier: './colors', name: 'RED' } },
          ],
        }),
      ],
    ]);
    expect(filesToFollow(extractions, rejected(['src/tone.ts', []], ['src/colors.ts', []]), resolvers)).toEqual([
      'src/tone.ts',
    ]);
  });

  it('reads a rejected file that imports a module declaring wrappers, and not one importing something else', () => {
    const extractions = new Map([['src/llm.ts', extraction({ wrappers: [{ symbol: 'ask', paramIndex: 0 }] })]]);
    expect(
      filesToFollow(
        extractions,
        rejected(['src/jobs.ts', ['./llm']], ['src/widget.ts', ['react', './colors']]),
        resolvers,
      ),
    ).toEqual(['src/jobs.ts']);
  });

  it('wants nothing when no extracted file reaches a rejected one', () => {
    const extractions = new Map([
      [
        'src/agent.ts',
        extraction({
          references: [{ kind: 'includes', from: 'SYSTEM', target: exportTarget('openai', 'OpenAI'), line: 1 }],
        }),
      ],
    ]);
    expect(filesToFollow(extractions, rejected(['src/widget.ts', ['react']]), resolvers)).toEqual([]);
  });
});
