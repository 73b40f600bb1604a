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
 * package.json that does not parse) steers. A history walk skips commits whose only
 * reason to be scanned is a manifest edit that does not steer.
 */
export function manifestEditSteers(path: string, before: string, after: string): boolean {
  if (before === after) return false;
  if (path === 'pyproject.toml' || path.endsWith('/pyproject.toml')) {
    // What python-packages.ts reads: a file that does not parse (a project template with `{{name}}` keys) has no name.
    const name = (text: string) => stringOf(tableOf(readPyproject(text), 'project')?.name);
    return name(before) !== name(after);
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
