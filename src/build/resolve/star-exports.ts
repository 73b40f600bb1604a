import type { ModuleExport } from '../../model/extraction.js';
import type { ModuleResolver } from './module-resolver.js';

export type Reexport = Extract<ModuleExport, { reexport: unknown }>;

interface StarIndex {
  /** The module's `export * from` entries, in source order. */
  entries: Reexport[];
  /** Positions of the entries whose module's own table names the export. */
  byName: Map<string, number[]>;
  /** Positions of the entries to try for any name: a module unresolved, with no or an empty table, or with stars of its own. */
  open: number[];
}

const indexes = new WeakMap<ModuleResolver, WeakMap<ReadonlyMap<string, ModuleExport[]>, Map<string, StarIndex>>>();

/**
 * The `export *` entries of `file` that may export `name`, in source order. A
 * barrel of N modules is then looked through in time independent of N: trying
 * every entry for every import through it was quadratic in a repository where
 * hundreds of files import one package barrel. An entry left out is one whose
 * module's own table lacks the name and has no stars, so following it finds nothing.
 */
export function starExportsFor(
  exportsByFile: ReadonlyMap<string, ModuleExport[]>,
  resolver: ModuleResolver | undefined,
  file: string,
  name: string,
): Reexport[] {
  const entries = exportsByFile.get(file) ?? [];
  if (!resolver) return entries.filter(isStar);
  const byTables = kept(indexes, resolver, () => new WeakMap());
  const byFile = kept(byTables, exportsByFile, () => new Map<string, StarIndex>());
  const index = kept(byFile, file, () => indexStars(exportsByFile, resolver, file, entries));
  const named = index.byName.get(name);
  if (!named) return index.open.map((position) => index.entries[position]!);
  const positions = [...named, ...index.open].sort((a, b) => a - b);
  return positions.map((position) => index.entries[position]!);
}

function kept<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  const known = map.get(key);
  if (known !== undefined) return known;
  const made = make();
  map.set(key, made);
  return made;
}

const isStar = (entry: ModuleExport): entry is Reexport => entry.name === '*' && 'reexport' in entry;

function indexStars(
  exportsByFile: ReadonlyMap<string, ModuleExport[]>,
  resolver: ModuleResolver,
  file: string,
  all: ModuleExport[],
): StarIndex {
  const index: StarIndex = { entries: all.filter(isStar), byName: new Map(), open: [] };
  index.entries.forEach((entry, position) => {
    const target = resolver.resolve(file, entry.reexport.specifier);
    const inner = target === undefined ? undefined : exportsByFile.get(target);
    if (!inner?.length || inner.some((innerEntry) => innerEntry.name === '*')) return void index.open.push(position);
    for (const innerName of new Set(inner.map((innerEntry) => innerEntry.name))) {
      const positions = index.byName.get(innerName);
      if (positions) positions.push(position);
      else index.byName.set(innerName, [position]);
    }
  });
  return index;
}
