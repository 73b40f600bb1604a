// The CLI as a few files instead of some 350: resolving and loading each ES module is
// most of what `--help` and a scan of a repository with no prompts cost (measured in
// docs/performance.md: an empty-repository scan took half the CPU time bundled). Split
// into chunks at each dynamic import, so a command still loads only what it runs.
// Left outside: packages that find their own files beside them (the TypeScript compiler
// through ts-morph, tree-sitter and its Python grammar, both loading .wasm files), and
// jsonc-parser, whose UMD build (its `main`) requires its own ./impl files at run time.
import { build } from 'esbuild';
import { sourceDigest } from './code-digest.mjs';

await build({
  // The extraction pool's worker is an entry of its own, sharing the adapters' chunks with the CLI.
  entryPoints: { main: 'src/cli/main.ts', 'extract-worker': 'src/build/extract/extract-worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // The extraction cache's keys name the code that extracted (src/build/cache/code-fingerprint.ts).
  define: { __PROMPTGRAPH_CODE_DIGEST__: JSON.stringify(sourceDigest('src')) },
  external: ['ts-morph', 'typescript', 'web-tree-sitter', 'tree-sitter-python', 'jsonc-parser'],
  // Bundled CommonJS packages (commander, yaml…) call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
  },
});
