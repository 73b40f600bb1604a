import type { ModuleResolver } from './module-resolver.js';
import { dirname, escapesRoot, joinRepoPath } from '../../model/repo-path.js';
import { createPathMappings, mappedTargets } from './tsconfig-paths.js';
import { findWorkspacePackages, workspacePackageOf } from './workspace-packages.js';
import { isBuildOutput, packageEntryCandidates, sourcesOf } from './package-entry.js';
import { CODE_EXTENSIONS as EXTENSIONS, createProvability } from './provable-module.js';

/**
 * Node/TypeScript module resolution inside the repository: relative specifiers
 * (with `.js` written for `.ts` sources, and `index` files), tsconfig `paths` and
 * `baseUrl` (through `extends` and solution-style `references`), and workspace
 * packages by name (package.json `workspaces`, pnpm-workspace.yaml) through their
 * `exports`, `module`, `main` or `types`, falling back to `src/index.ts`. An
 * import that resolves to no code file is external (no finding) unless its
 * absence is provable (`provable-module.ts`): not an asset, not under
 * `node_modules`, in a folder the scan holds.
 */
export function createTypeScriptModuleResolver(
  files: ReadonlySet<string>,
  manifests: ReadonlyMap<string, string>,
): ModuleResolver {
  const asFile = (base: string): string | undefined => {
    // A JSON module is imported by its full name (`categories.json`).
    if (files.has(base) && (EXTENSIONS.some((extension) => base.endsWith(extension)) || base.endsWith('.json')))
      return base;
    const withoutJsExtension = base.replace(/\.(m|c)?jsx?$/, '');
    for (const extension of EXTENSIONS) {
      if (files.has(withoutJsExtension + extension)) return withoutJsExtension + extension;
    }
    for (const extension of EXTENSIONS) {
      if (files.has(`${base}/index${extension}`)) return `${base}/index${extension}`;
    }
    return undefined;
  };
  const packages = findWorkspacePackages(manifests);
  const packageFile = (specifier: string): string | undefined => {
    const found = workspacePackageOf(packages, specifier);
    return found && joinRepoPath(found.pkg.dir, found.subpath);
  };
  const mappingsFor = createPathMappings(manifests, packageFile);
  const provable = createProvability(files);
  const cache = new Map<string, { file: string | undefined; internal: boolean }>();

  /**
   * A bare specifier: `paths` first (as TypeScript does), then `baseUrl`, then a workspace package.
   * `internal` even when no file exists, as long as a mapping target's absence is provable.
   */
  const bare = (fromFile: string, specifier: string): { file: string | undefined; internal: boolean } => {
    let internal = false;
    for (const mapping of mappingsFor(fromFile)) {
      const targets = mappedTargets(mapping, specifier);
      if (targets) {
        // A mapping into build output (`dist/index.d.ts`) names a file nobody commits: its source stands for it.
        // One into node_modules (`react` → `./node_modules/@types/react`) or generated code names what the scan never sees.
        internal ||= targets.some((target) => !isBuildOutput(target) && provable(target));
        const found = targets.flatMap(sourcesOf).map(asFile).find(Boolean);
        if (found) return { file: found, internal: true };
      }
      const fromBase = mapping.baseUrl !== undefined ? asFile(joinRepoPath(mapping.baseUrl, specifier)) : undefined;
      if (fromBase) return { file: fromBase, internal: true };
    }
    const workspace = workspacePackageOf(packages, specifier);
    if (workspace)
      return {
        file: packageEntryCandidates(workspace.pkg, workspace.subpath).map(asFile).find(Boolean),
        internal: true,
      };
    return { file: undefined, internal };
  };
  const lookup = (fromFile: string, specifier: string) => {
    const key = `${dirname(fromFile)}\0${specifier}`;
    if (!cache.has(key)) cache.set(key, bare(fromFile, specifier));
    return cache.get(key)!;
  };
  return {
    resolve(fromFile, specifier) {
      if (specifier.startsWith('.') || specifier.startsWith('/'))
        return asFile(joinRepoPath(specifier.startsWith('/') ? '' : dirname(fromFile), specifier));
      return lookup(fromFile, specifier).file;
    },
    isExternal: (fromFile, specifier) =>
      specifier.startsWith('.') || specifier.startsWith('/')
        ? !provable(joinRepoPath(specifier.startsWith('/') ? '' : dirname(fromFile), specifier))
        : !lookup(fromFile, specifier).internal,
    outsideRoot: (fromFile, specifier) =>
      specifier.startsWith('.') && escapesRoot(joinRepoPath(dirname(fromFile), specifier)),
  };
}
