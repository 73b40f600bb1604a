import { joinRepoPath } from '../../model/repo-path.js';
import type { WorkspacePackage } from './workspace-packages.js';

/** Export conditions, the source-like ones first: promptgraph reads sources, not build output. */
const CONDITIONS = [
  'source',
  'types',
  'import',
  'module',
  'default',
  'node',
  'require',
  'browser',
  'development',
  'production',
];
/** Build output folders a package's entry points into; the source usually sits under `src/` with the same name. */
const OUTPUT_DIRS = new Set(['dist', 'build', 'lib', 'out', 'esm', 'cjs', 'es', 'types', 'typings']);

function conditionTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(conditionTargets);
  if (!value || typeof value !== 'object') return [];
  const keys = Object.keys(value).sort((left, right) => rank(left) - rank(right));
  return keys.flatMap((key) => conditionTargets((value as Record<string, unknown>)[key]));
}

const rank = (condition: string): number =>
  CONDITIONS.includes(condition) ? CONDITIONS.indexOf(condition) : CONDITIONS.length;

/** What the `exports` field maps a subpath to: exact keys, `./*` patterns, a bare string or conditions for `.`. */
function exportTargets(field: unknown, subpath: string): string[] {
  if (typeof field === 'string' || Array.isArray(field)) return subpath === '.' ? conditionTargets(field) : [];
  if (!field || typeof field !== 'object') return [];
  const entries = field as Record<string, unknown>;
  if (!Object.keys(entries).some((key) => key.startsWith('.'))) return subpath === '.' ? conditionTargets(entries) : [];
  if (subpath in entries) return conditionTargets(entries[subpath]);
  for (const [pattern, value] of Object.entries(entries)) {
    const star = pattern.indexOf('*');
    if (star === -1 || !subpath.startsWith(pattern.slice(0, star)) || !subpath.endsWith(pattern.slice(star + 1)))
      continue;
    const captured = subpath.slice(star, subpath.length - (pattern.length - star - 1));
    return conditionTargets(value).map((target) => target.replace('*', captured));
  }
  return [];
}

/**
 * `pkg/dist/esm/index.js` → `pkg/src/index.js`, then `pkg/index.js`: where the source of
 * a build output likely is (a `.d.ts` stands for its `.ts`). Other paths are returned as they are.
 */
export function sourcesOf(path: string): string[] {
  const segments = path.replace(/\.d\.([cm]?)ts$/, '.$1js').split('/');
  const start = segments.findIndex((segment, index) => OUTPUT_DIRS.has(segment) && index < segments.length - 1);
  if (start === -1) return [path];
  let end = start;
  while (end < segments.length - 1 && OUTPUT_DIRS.has(segments[end]!)) end++;
  return [
    path,
    [...segments.slice(0, start), 'src', ...segments.slice(end)].join('/'),
    [...segments.slice(0, start), ...segments.slice(end)].join('/'),
  ];
}

/** Does the path point into build output (`dist/`, `build/`…), which repositories do not commit? */
export const isBuildOutput = (path: string): boolean => sourcesOf(path).length > 1;

/**
 * Repository paths (without extension mapping; the caller tries `.ts` for `.js`
 * and index files) where a workspace package's subpath may live, most likely
 * first: its `exports` map, then `source`/`module`/`main`/`types`, then `src/index`.
 */
export function packageEntryCandidates(pkg: WorkspacePackage, subpath: string): string[] {
  const { manifest, dir } = pkg;
  const targets = manifest.exports !== undefined ? exportTargets(manifest.exports, subpath) : [];
  if (subpath === '.')
    for (const field of ['source', 'module', 'main', 'types', 'typings'])
      if (typeof manifest[field] === 'string') targets.push(manifest[field] as string);
  const fallbacks = subpath === '.' ? ['src/index', 'index'] : [subpath.slice(2), `src/${subpath.slice(2)}`];
  return [...new Set([...targets, ...fallbacks].map((target) => joinRepoPath(dir, target)).flatMap(sourcesOf))];
}
