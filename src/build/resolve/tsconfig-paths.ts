import { dirname, joinRepoPath } from '../../model/repo-path.js';
import { isTsconfig, type RawTsconfig, readTsconfig } from './read-tsconfig.js';

/** One tsconfig's module mapping: `paths` patterns (relative to `pathsBase`) and `baseUrl`, `extends` applied. */
export interface PathMapping {
  paths?: Record<string, string[]>;
  pathsBase?: string;
  baseUrl?: string;
}

const GOVERNING = ['tsconfig.json', 'jsconfig.json'];

/**
 * The path mappings that apply to a file: those of the nearest tsconfig.json (or
 * jsconfig.json) with its `extends` chain, and, when it maps nothing itself (a
 * solution-style config), those of the configs it `references`. `extends` of a
 * package (`@acme/tsconfig/base.json`) goes through `resolvePackageFile`.
 */
export function createPathMappings(
  manifests: ReadonlyMap<string, string>,
  resolvePackageFile: (specifier: string) => string | undefined,
): (file: string) => PathMapping[] {
  const configs = new Set([...manifests.keys()].filter(isTsconfig));
  const loaded = new Map<string, PathMapping>();
  const raw = (path: string): RawTsconfig | undefined =>
    manifests.has(path) ? readTsconfig(manifests.get(path)!).config : undefined;
  const extended = (from: string, specifier: string): string | undefined => {
    const local =
      specifier.startsWith('.') || specifier.startsWith('/')
        ? joinRepoPath(dirname(from), specifier)
        : resolvePackageFile(specifier);
    if (!local) return undefined;
    return [local, `${local}.json`, `${local}/tsconfig.json`].find((candidate) => configs.has(candidate));
  };
  const load = (path: string, seen: ReadonlySet<string>): PathMapping => {
    if (loaded.has(path)) return loaded.get(path)!;
    const config = raw(path);
    const parents = [config?.extends ?? []].flat().flatMap((specifier) => {
      const parent = typeof specifier === 'string' && !seen.has(path) ? extended(path, specifier) : undefined;
      return parent ? [load(parent, new Set([...seen, path]))] : [];
    });
    const inherited: PathMapping = Object.assign({}, ...parents);
    const own = config?.compilerOptions ?? {};
    const baseUrl = typeof own.baseUrl === 'string' ? joinRepoPath(dirname(path), own.baseUrl) : inherited.baseUrl;
    const ownPaths = own.paths && typeof own.paths === 'object' ? own.paths : undefined;
    const mapping: PathMapping = {
      ...(baseUrl !== undefined ? { baseUrl } : {}),
      ...(ownPaths
        ? { paths: ownPaths, pathsBase: baseUrl ?? dirname(path) }
        : inherited.paths
          ? { paths: inherited.paths, pathsBase: baseUrl ?? inherited.pathsBase! }
          : {}),
    };
    loaded.set(path, mapping);
    return mapping;
  };
  const byDirectory = new Map<string, PathMapping[]>();
  return (file) => {
    const directory = dirname(file);
    if (byDirectory.has(directory)) return byDirectory.get(directory)!;
    let mappings: PathMapping[] = [];
    for (let current = directory; ; current = dirname(current)) {
      const nearest = GOVERNING.map((name) => (current ? `${current}/${name}` : name)).find((candidate) =>
        configs.has(candidate),
      );
      if (nearest) {
        const mapping = load(nearest, new Set());
        const referenced = (raw(nearest)?.references ?? []).flatMap((reference) => {
          const target = typeof reference?.path === 'string' ? extended(nearest, reference.path) : undefined;
          return target ? [load(target, new Set())] : [];
        });
        mappings = [mapping, ...referenced].filter((candidate) => candidate.paths || candidate.baseUrl !== undefined);
        break;
      }
      if (!current) break;
    }
    byDirectory.set(directory, mappings);
    return mappings;
  };
}

/** The targets a `paths` mapping gives a specifier, longest matching pattern first; undefined when no pattern matches. */
export function mappedTargets(mapping: PathMapping, specifier: string): string[] | undefined {
  if (!mapping.paths) return undefined;
  let best: { prefixLength: number; targets: string[] } | undefined;
  for (const [pattern, targets] of Object.entries(mapping.paths)) {
    if (!Array.isArray(targets)) continue;
    const star = pattern.indexOf('*');
    let captured: string | undefined;
    if (star === -1) captured = pattern === specifier ? '' : undefined;
    else if (
      specifier.startsWith(pattern.slice(0, star)) &&
      specifier.endsWith(pattern.slice(star + 1)) &&
      specifier.length >= pattern.length - 1
    )
      captured = specifier.slice(star, specifier.length - (pattern.length - star - 1));
    if (captured === undefined) continue;
    const prefixLength = star === -1 ? Infinity : star;
    if (!best || prefixLength > best.prefixLength)
      best = {
        prefixLength,
        targets: targets
          .filter((target) => typeof target === 'string')
          .map((target) => joinRepoPath(mapping.pathsBase ?? '', target.replace('*', captured!))),
      };
  }
  return best?.targets;
}
