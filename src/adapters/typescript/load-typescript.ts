import type { ts } from 'ts-morph';

export type TypeScriptApi = typeof ts;

let pending: Promise<TypeScriptApi> | undefined;
let loaded: TypeScriptApi | undefined;

/**
 * The TypeScript compiler API bundled by ts-morph, loaded once per process on the
 * first TypeScript or JavaScript file that passes the prefilter. Importing it costs
 * about half a second, so `promptgraph --help` and scans without such files never pay it.
 */
export function loadTypeScript(): Promise<TypeScriptApi> {
  pending ??= import('ts-morph').then((module) => {
    loaded = module.ts;
    return loaded;
  });
  return pending;
}

/** The compiler API, for code that runs inside an extraction (after `loadTypeScript` resolved). */
export function api(): TypeScriptApi {
  if (!loaded) throw new Error('the TypeScript compiler API is used before loadTypeScript() resolved');
  return loaded;
}
