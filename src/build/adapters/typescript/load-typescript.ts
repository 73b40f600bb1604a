import { createRequire } from 'node:module';
import type { ts } from 'ts-morph';

export type TypeScriptApi = typeof ts;

let loaded: TypeScriptApi | undefined;

/**
 * The TypeScript compiler API bundled by ts-morph, loaded once per process on the
 * first TypeScript or JavaScript file that passes the prefilter, so `promptgraph
 * --help` and scans without such files never pay for it. It is required, not
 * `import()`ed: ts-morph is CommonJS, and an ESM import makes Node scan its 9 MB of
 * compiler source for export names first (measured: 0.3 s instead of 0.5 s).
 */
export async function loadTypeScript(): Promise<TypeScriptApi> {
  loaded ??= (createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph')).ts;
  return loaded;
}

/** The compiler API, for code that runs inside an extraction (after `loadTypeScript` resolved). */
export function api(): TypeScriptApi {
  if (!loaded) throw new Error('the TypeScript compiler API is used before loadTypeScript() resolved');
  return loaded;
}
