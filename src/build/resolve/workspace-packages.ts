import { compileGlob } from '../../model/glob/compile-glob.js';
import { readYaml } from '../../model/read-yaml.js';
import { dirname } from '../../model/repo-path.js';

/** A package of the repository's workspaces, importable by its name. */
export interface WorkspacePackage {
  name: string;
  /** Repository-relative folder holding its package.json. */
  dir: string;
  manifest: Record<string, unknown>;
}

const readJson = (text: string | undefined): Record<string, unknown> | undefined => {
  try {
    const parsed = text === undefined ? undefined : (JSON.parse(text) as unknown);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};

/** Workspace globs a root declares: package.json `workspaces` (an array, or Yarn's `{ packages }`) and pnpm-workspace.yaml `packages`. */
function workspaceGlobs(path: string, text: string): string[] {
  if (path.endsWith('pnpm-workspace.yaml')) {
    const packages = (readYaml(text).value as { packages?: unknown } | null | undefined)?.packages;
    return Array.isArray(packages) ? packages.filter((glob): glob is string => typeof glob === 'string') : [];
  }
  const workspaces = readJson(text)?.workspaces;
  const globs = Array.isArray(workspaces) ? workspaces : (workspaces as { packages?: unknown } | undefined)?.packages;
  return Array.isArray(globs) ? globs.filter((glob): glob is string => typeof glob === 'string') : [];
}

/**
 * The repository's workspace packages by name: every package.json under a
 * workspace root's globs (negated globs exclude), as npm, Yarn and pnpm link
 * them into node_modules. A repository without workspaces has none.
 */
export function findWorkspacePackages(manifests: ReadonlyMap<string, string>): Map<string, WorkspacePackage> {
  const packageFiles = [...manifests.keys()]
    .filter((path) => path === 'package.json' || path.endsWith('/package.json'))
    .sort();
  const roots = [...manifests].filter(
    ([path]) =>
      path === 'package.json' ||
      path.endsWith('/package.json') ||
      path === 'pnpm-workspace.yaml' ||
      path.endsWith('/pnpm-workspace.yaml'),
  );
  const packages = new Map<string, WorkspacePackage>();
  for (const [rootFile, text] of roots) {
    const globs = workspaceGlobs(rootFile, text).map((glob) => glob.replace(/^\.\//, '').replace(/\/$/, ''));
    if (!globs.length) continue;
    const root = dirname(rootFile);
    // The repository's own globs, matched in linear time; one the matcher refuses matches nothing.
    const anyOf = (list: string[]) => {
      const compiled = list.map((glob) => compileGlob(glob, { dot: false }));
      return (path: string) => compiled.some((glob) => glob.ok && glob.match(path));
    };
    const include = anyOf(globs.filter((glob) => !glob.startsWith('!')));
    const exclude = anyOf(globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1)));
    for (const file of packageFiles) {
      const dir = dirname(file);
      if (dir === root || (root && !dir.startsWith(`${root}/`))) continue;
      const relative = root ? dir.slice(root.length + 1) : dir;
      if (!include(relative) || exclude(relative)) continue;
      const manifest = readJson(manifests.get(file));
      if (typeof manifest?.name === 'string' && !packages.has(manifest.name))
        packages.set(manifest.name, { name: manifest.name, dir, manifest });
    }
  }
  return packages;
}

/** The workspace package a bare specifier names (`@acme/prompts/persona` → `@acme/prompts` with subpath `./persona`). */
export function workspacePackageOf(
  packages: ReadonlyMap<string, WorkspacePackage>,
  specifier: string,
): { pkg: WorkspacePackage; subpath: string } | undefined {
  const segments = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const pkg = packages.get(segments.slice(0, nameLength).join('/'));
  if (!pkg) return undefined;
  const rest = segments.slice(nameLength).join('/');
  return { pkg, subpath: rest ? `./${rest}` : '.' };
}
