import { describe, expect, it } from 'vitest';
import { createTypeScriptModuleResolver } from '../../../src/build/resolve/typescript-module-resolver.js';

const files = new Set([
  'apps/web/src/app/page.ts',
  'apps/web/src/lib/prompts.ts',
  'apps/web/src/shared/tone.ts',
  'packages/prompts/src/index.ts',
  'packages/prompts/src/persona.ts',
  'packages/exported/src/main.ts',
  'packages/exported/src/safety.ts',
  'packages/plain/index.js',
  'libs/core/src/extensions/index.ts',
  'tools/scripts/run.ts',
]);

const manifests = new Map([
  ['package.json', JSON.stringify({ name: 'acme', private: true, workspaces: ['packages/*'] })],
  ['pnpm-workspace.yaml', 'packages:\n  - "libs/*"\n  - "!libs/ignored"\n'],
  ['packages/prompts/package.json', JSON.stringify({ name: '@acme/prompts', main: './dist/index.js' })],
  [
    'packages/exported/package.json',
    JSON.stringify({
      name: '@acme/exported',
      exports: { '.': { types: './dist/main.d.ts', import: './dist/main.js' }, './safety': './dist/safety.js' },
    }),
  ],
  ['packages/plain/package.json', JSON.stringify({ name: 'plain' })],
  ['libs/core/package.json', JSON.stringify({ name: '@acme/core' })],
  [
    'tsconfig.base.json',
    '{\n  // shared by every app\n  "compilerOptions": { "baseUrl": ".", "paths": { "@core/*": ["libs/core/dist/*/index.d.ts"], }, },\n}\n',
  ],
  [
    'apps/web/tsconfig.json',
    JSON.stringify({
      extends: '../../tsconfig.base.json',
      compilerOptions: { baseUrl: 'src', paths: { '@/*': ['*'], '~lib': ['lib/prompts.ts'] } },
    }),
  ],
]);

const resolver = createTypeScriptModuleResolver(files, manifests);
const from = 'apps/web/src/app/page.ts';

describe('typescript module resolver', () => {
  it('resolves relative specifiers, with .js written for a .ts source and index files', () => {
    expect(resolver.resolve(from, '../lib/prompts.js')).toBe('apps/web/src/lib/prompts.ts');
    expect(resolver.resolve(from, '../lib/prompts')).toBe('apps/web/src/lib/prompts.ts');
    expect(resolver.resolve('packages/prompts/src/persona.ts', '.')).toBe('packages/prompts/src/index.ts');
  });

  it('maps tsconfig paths (wildcards and exact names), relative to the baseUrl of the config', () => {
    expect(resolver.resolve(from, '@/lib/prompts')).toBe('apps/web/src/lib/prompts.ts');
    expect(resolver.resolve(from, '~lib')).toBe('apps/web/src/lib/prompts.ts');
  });

  it('without baseUrl, reads paths relative to the tsconfig declaring them (also a jsconfig.json)', () => {
    const jsconfig = createTypeScriptModuleResolver(
      files,
      new Map([
        [
          'apps/web/jsconfig.json',
          JSON.stringify({ compilerOptions: { paths: { '#prompts': ['./src/lib/prompts.ts'] } } }),
        ],
      ]),
    );
    expect(jsconfig.resolve(from, '#prompts')).toBe('apps/web/src/lib/prompts.ts');
  });

  it('resolves a bare specifier from baseUrl, and inherits paths through extends into a build output mapped back to its source', () => {
    expect(resolver.resolve(from, 'shared/tone')).toBe('apps/web/src/shared/tone.ts');
    const base = createTypeScriptModuleResolver(
      files,
      new Map(
        [...manifests]
          .filter(([path]) => path !== 'apps/web/tsconfig.json')
          .concat([['apps/web/tsconfig.json', JSON.stringify({ extends: '../../tsconfig.base.json' })]]),
      ),
    );
    expect(base.resolve(from, '@core/extensions')).toBe('libs/core/src/extensions/index.ts');
  });

  it('resolves workspace packages by name: main pointing at dist falls back to the source, exports conditions and subpaths', () => {
    expect(resolver.resolve(from, '@acme/prompts')).toBe('packages/prompts/src/index.ts');
    expect(resolver.resolve(from, '@acme/prompts/persona')).toBe('packages/prompts/src/persona.ts');
    expect(resolver.resolve(from, '@acme/exported')).toBe('packages/exported/src/main.ts');
    expect(resolver.resolve(from, '@acme/exported/safety')).toBe('packages/exported/src/safety.ts');
    expect(resolver.resolve(from, 'plain')).toBe('packages/plain/index.js');
    expect(resolver.resolve(from, '@acme/core/extensions')).toBe('libs/core/src/extensions/index.ts');
  });

  it('calls npm packages external, and a workspace package or a mapped path that resolves to nothing a finding', () => {
    expect(resolver.isExternal(from, 'openai')).toBe(true);
    expect(resolver.isExternal(from, '@ai-sdk/openai')).toBe(true);
    expect(resolver.isExternal(from, '@acme/prompts/missing')).toBe(false);
    expect(resolver.resolve(from, '@acme/prompts/missing')).toBeUndefined();
    expect(resolver.isExternal(from, '@/missing')).toBe(false);
    expect(resolver.isExternal(from, './missing')).toBe(false);
  });

  it('calls external what the scan cannot judge: assets and data files, node_modules mappings, folders holding no scanned file', () => {
    const survey = createTypeScriptModuleResolver(
      new Set([...files, 'apps/web/package.json', 'apps/web/src/logo.png']),
      new Map([
        [
          'apps/web/tsconfig.json',
          JSON.stringify({
            compilerOptions: {
              paths: { react: ['./node_modules/@types/react'], '@gen/*': ['./src/generated/*'], '@/*': ['./src/*'] },
            },
          }),
        ],
      ]),
    );
    // cline: ../package.json, a .png, a .json and a .css that exist or not; none can hold a prompt.
    expect(survey.isExternal(from, '../../package.json')).toBe(true);
    expect(survey.isExternal(from, '../logo.png')).toBe(true);
    expect(survey.isExternal(from, '../theme.css')).toBe(true);
    expect(survey.isExternal(from, '@/icons/check.svg?react')).toBe(true);
    // cline: `react` mapped into node_modules to pin its types; protoc output under a .gitignore'd folder.
    expect(survey.isExternal(from, 'react')).toBe(true);
    expect(survey.isExternal(from, '@gen/proto/common')).toBe(true);
    expect(survey.isExternal(from, '../generated/client')).toBe(true);
    // Still provable: a missing module or prompt file in a folder the scan holds.
    expect(survey.isExternal(from, '@/shared/missing')).toBe(false);
    expect(survey.isExternal(from, '../lib/missing')).toBe(false);
    expect(survey.isExternal(from, '../lib/system.md')).toBe(false);
  });

  it('uses the tsconfig nearest to the importing file: a file outside the app sees no @/ mapping', () => {
    expect(resolver.resolve('tools/scripts/run.ts', '@/lib/prompts')).toBeUndefined();
    expect(resolver.isExternal('tools/scripts/run.ts', '@/lib/prompts')).toBe(true);
  });
});
