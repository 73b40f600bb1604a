// Transpiles src/ to dist/ file by file (the library, as imported), bundles the CLI
// into dist/bundle/ (code-split, so heavy modules still load lazily), bundles the map
// viewer from viz/, then emits the library's declarations. A declaration error fails
// the build: a published package with missing or wrong types is a broken package.
import { build } from 'esbuild';
import fg from 'fast-glob';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { sourceDigest } from './code-digest.mjs';

// A clean dist/: a module removed from src/ must not linger in the package `npm pack` builds.
rmSync('dist', { recursive: true, force: true });
const entryPoints = await fg('src/**/*.ts');
await build({
  entryPoints,
  outdir: 'dist',
  outbase: 'src',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // The extraction cache's keys name the code that extracted (src/build/cache/code-fingerprint.ts).
  define: { __PROMPTGRAPH_CODE_DIGEST__: JSON.stringify(sourceDigest('src')) },
});
await import('./bundle-cli.mjs');
if (existsSync('viz/build-viewer.mjs')) await import('../viz/build-viewer.mjs');

// The native compiler (TypeScript 7) is the fast one; `typescript` itself stays at 6 for the tools that need its JS API.
const declarations = spawnSync(
  process.execPath,
  ['node_modules/typescript-native/bin/tsc', '-p', 'tsconfig.json', '--emitDeclarationOnly'],
  { stdio: 'inherit' },
);
if (declarations.status !== 0) {
  process.stderr.write('build: the declaration build failed (see the errors above)\n');
  process.exit(declarations.status ?? 1);
}
