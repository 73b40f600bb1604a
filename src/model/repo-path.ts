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
export const escapesRoot = (repoPath: string): boolean =>
  repoPath === '..' || repoPath.startsWith('../') || repoPath.startsWith('/') || /^[A-Za-z]:[\\/]/.test(repoPath);

export const dirname = (file: string): string => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
