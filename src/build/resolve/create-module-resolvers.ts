import type { ModuleResolvers } from './module-resolver.js';
import { createTypeScriptModuleResolver } from './typescript-module-resolver.js';
import { createPythonModuleResolver } from './python-module-resolver.js';

const MANIFEST = /(^|\/)(package\.json|tsconfig[^/]*\.json|jsconfig\.json|pyproject\.toml|pnpm-workspace\.yaml)$/;

/** Files module resolution needs to read, besides the list of files. */
export const isManifest = (path: string): boolean => MANIFEST.test(path);

/** One resolver per language, built from the repository's files and manifests. */
export function createModuleResolvers(
  files: ReadonlySet<string>,
  manifests: ReadonlyMap<string, string>,
): ModuleResolvers {
  return {
    typescript: createTypeScriptModuleResolver(files, manifests),
    python: createPythonModuleResolver(files, manifests),
  };
}
