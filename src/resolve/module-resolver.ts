/**
 * Maps an import specifier seen in `fromFile` to a repository file. One per
 * language; built from the list of files and the project manifests (tsconfig,
 * package.json, pyproject) the scan read.
 */
export interface ModuleResolver {
  resolve(fromFile: string, specifier: string): string | undefined;
  /** True when the specifier names something outside the repository (an npm or PyPI package): unresolved is then expected, not a finding. */
  isExternal(fromFile: string, specifier: string): boolean;
  /** True when a relative specifier climbs above the repository root (`../../shared` from `src/agent.ts`). */
  outsideRoot?(fromFile: string, specifier: string): boolean;
}

export type ModuleResolvers = Partial<Record<'typescript' | 'python', ModuleResolver>>;

/**
 * Repository-relative join that normalises `.` and `..`. A path that escapes the
 * root keeps its leading `../` so the resolver can report it (see `escapesRoot`).
 * A `/`-rooted relative part is taken from the repository root.
 */
export function joinRepoPath(directory: string, relative: string): string {
  const parts: string[] = [];
  const start = relative.startsWith('/') ? relative : `${directory}/${relative}`;
  for (const segment of start.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(segment);
  }
  return parts.join('/');
}

/**
 * Candidates are repository-relative, so one that climbs above the root, or an
 * absolute path an adapter passes on as written (`{% include "/etc/x.j2" %}`),
 * names a file outside the repository.
 */
export const escapesRoot = (repoPath: string): boolean => repoPath === '..' || repoPath.startsWith('../') || repoPath.startsWith('/') || /^[A-Za-z]:[\\/]/.test(repoPath);

export const dirname = (file: string): string => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
