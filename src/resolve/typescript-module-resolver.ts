import { dirname, joinRepoPath, type ModuleResolver } from './module-resolver.js';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/**
 * Node/TypeScript module resolution inside the repository: relative specifiers,
 * with `.js` written for `.ts` sources and `index` files.
 */
export function createTypeScriptModuleResolver(files: ReadonlySet<string>, _manifests: ReadonlyMap<string, string>): ModuleResolver {
  const asFile = (base: string): string | undefined => {
    if (files.has(base)) return base;
    const withoutJsExtension = base.replace(/\.(m|c)?jsx?$/, '');
    for (const extension of EXTENSIONS) {
      if (files.has(withoutJsExtension + extension)) return withoutJsExtension + extension;
    }
    for (const extension of EXTENSIONS) {
      if (files.has(`${base}/index${extension}`)) return `${base}/index${extension}`;
    }
    return undefined;
  };
  return {
    resolve(fromFile, specifier) {
      if (!specifier.startsWith('.')) return undefined;
      return asFile(joinRepoPath(dirname(fromFile), specifier));
    },
    isExternal: (_fromFile, specifier) => !specifier.startsWith('.'),
  };
}
