// Transpiles src/ to dist/ file by file (no bundling) so the CLI can import heavy
// modules lazily, then bundles the map viewer from viz/ when it exists.
import { build } from 'esbuild';
import fg from 'fast-glob';
import { existsSync } from 'node:fs';

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
});
if (existsSync('viz/build-viewer.mjs')) await import('../viz/build-viewer.mjs');

// Declarations for the library API. Type errors are reported by `npm run typecheck`
// (and its test); they must not stop the CLI from building.
import { spawnSync } from 'node:child_process';
spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--emitDeclarationOnly'], {
  stdio: 'ignore',
});
