import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let versions: string | undefined;

/**
 * Every runtime dependency of promptgraph as `name@version`, as installed beside it. A whole
 * scan's result depends on more of them than the extraction does (discovery's ignore rules,
 * semver ranges, the glob matcher): upgrading any one must not serve a result it would change.
 * Read once per process: some thirty small files.
 */
export function dependencyVersions(): string {
  if (versions !== undefined) return versions;
  const root = packageRoot(path.dirname(fileURLToPath(import.meta.url)));
  const manifest = root ? readJson(path.join(root, 'package.json')) : undefined;
  const names = Object.keys((manifest?.dependencies as Record<string, string> | undefined) ?? {}).sort();
  versions = root ? names.map((name) => `${name}@${installedVersion(root, name)}`).join(' ') : 'no package.json';
  return versions;
}

/** The folder of promptgraph's own package.json, found upwards from the running code (src/, dist/ or dist/bundle/). */
function packageRoot(from: string): string | undefined {
  for (let folder = from; ; folder = path.dirname(folder)) {
    if (readJson(path.join(folder, 'package.json'))?.name === 'promptgraph') return folder;
    if (folder === path.dirname(folder)) return undefined;
  }
}

function installedVersion(from: string, name: string): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    const manifest = path.join(folder, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) return String(readJson(manifest)?.version ?? 'unreadable');
    if (folder === path.dirname(folder)) return 'absent';
  }
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
