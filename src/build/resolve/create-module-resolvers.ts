import type { ModuleResolver, ModuleResolvers } from './module-resolver.js';
import { dirname } from '../../model/repo-path.js';
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
    typescript: memoised(createTypeScriptModuleResolver(files, manifests)),
    python: memoised(createPythonModuleResolver(files, manifests)),
  };
}

/**
 * Both resolvers read `fromFile` only through its folder, so one answer per folder
 * and specifier: a barrel is looked through thousands of times, and a Python
 * import tried from each folder up to the root and from every project root cost
 * half of a history walk.
 */
function memoised(resolver: ModuleResolver): ModuleResolver {
  const resolved = new Map<string, string | undefined>();
  const external = new Map<string, boolean>();
  const key = (fromFile: string, specifier: string) => `${dirname(fromFile)}\0${specifier}`;
  return {
    resolve(fromFile, specifier) {
      const k = key(fromFile, specifier);
      if (resolved.has(k)) return resolved.get(k);
      const file = resolver.resolve(fromFile, specifier);
      resolved.set(k, file);
      return file;
    },
    isExternal(fromFile, specifier) {
      const k = key(fromFile, specifier);
      const known = external.get(k);
      if (known !== undefined) return known;
      const answer = resolver.isExternal(fromFile, specifier);
      external.set(k, answer);
      return answer;
    },
    ...(resolver.outsideRoot ? { outsideRoot: resolver.outsideRoot.bind(resolver) } : {}),
  };
}
