import { readPackageJson, readPyproject, stringOf, tableOf } from './manifest-fields.js';

/**
 * package.json fields no part of a scan's graph reads: the version and the
 * declared dependency ranges (they describe `ScanResult.packages` and `imports`,
 * never a node or an edge), and what npm runs or shows.
 */
const UNREAD_PACKAGE_FIELDS = [
  'version',
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
  'scripts',
  'description',
  'keywords',
];

/**
 * Whether an edit of a manifest may change the nodes or edges of a scan's graph
 * (not only its package metadata). Python module resolution reads only where
 * pyproject.toml files are, and the package description its `[project] name`
 * (that a package is published, keeping the text it exports), its version and
 * dependencies (metadata); npm's package.json decides workspace names, entry
 * points and privacy. Anything not understood (a tsconfig, a pnpm workspace, a
 * file that does not parse) steers. A history walk skips commits whose only
 * reason to be scanned is a manifest edit that does not steer.
 */
export function manifestEditSteers(path: string, before: string, after: string): boolean {
  if (before === after) return false;
  if (path === 'pyproject.toml' || path.endsWith('/pyproject.toml')) {
    const [old, next] = [readPyproject(before), readPyproject(after)];
    if (!old || !next) return true;
    return stringOf(tableOf(old, 'project')?.name) !== stringOf(tableOf(next, 'project')?.name);
  }
  if (path === 'package.json' || path.endsWith('/package.json')) {
    const [old, next] = [readPackageJson(before), readPackageJson(after)];
    if (!old || !next) return true;
    return JSON.stringify(withoutUnread(old)) !== JSON.stringify(withoutUnread(next));
  }
  return true;
}

function withoutUnread(manifest: Record<string, unknown>): Record<string, unknown> {
  const kept = { ...manifest };
  for (const field of UNREAD_PACKAGE_FIELDS) delete kept[field];
  return kept;
}
