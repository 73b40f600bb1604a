import { describe, expect, it } from 'vitest';
import { createTypeScriptModuleResolver } from '../../src/build/resolve/typescript-module-resolver.js';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';

const files = new Set(['src/app/agent.ts', 'src/prompts/system.ts']);

describe('reading tsconfig.json as TypeScript does', () => {
  it('keeps the paths of a config with a trailing comma followed by a comment', () => {
    const tsconfig = [
      '{',
      '  "compilerOptions": {',
      '    "paths": { "@/*": ["./src/*"] }, // aliases of the app',
      '  },',
      '}',
      '',
    ].join('\n');
    const resolver = createTypeScriptModuleResolver(files, new Map([['tsconfig.json', tsconfig]]));
    expect(resolver.resolve('src/app/agent.ts', '@/prompts/system')).toBe('src/prompts/system.ts');
  });

  it('reports a config it cannot read, with its file and line, and resolves nothing through it', async () => {
    const tsconfig = [
      '{',
      '  "compilerOptions": {',
      '    "paths": { "@/*": ["./src/*"] }',
      '    "baseUrl": "."',
      '  }',
      '}',
    ];
    const result = await scan(
      memoryFileSource('repo', {
        'tsconfig.json': tsconfig.join('\n'),
        'src/prompts/system.ts': "export const SYSTEM = 'You are a careful support agent.';\n",
      }),
    );
    const unreadable = result.diagnostics.filter((diagnostic) => diagnostic.code === 'tsconfig-unreadable');
    expect(unreadable).toEqual([
      {
        severity: 'warning',
        code: 'tsconfig-unreadable',
        file: 'tsconfig.json',
        line: 4,
        column: 5,
        message:
          'cannot read this config (comma expected): promptgraph ignores its paths and baseUrl, so imports through them stay unresolved',
      },
    ]);
  });

  it('says nothing of a config it reads', async () => {
    const result = await scan(
      memoryFileSource('repo', {
        'tsconfig.json': '{ "compilerOptions": { "strict": true, }, /* done */ }\n',
        'src/prompts/system.ts': "export const SYSTEM = 'You are a careful support agent.';\n",
      }),
    );
    expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'tsconfig-unreadable')).toEqual([]);
  });
});
