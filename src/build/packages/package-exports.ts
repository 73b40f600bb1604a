import type { ModuleExport } from '../../model/extraction.js';
import type { PackageInfo } from '../../model/schema/scan-result.js';
import type { ModuleResolvers } from '../resolve/module-resolver.js';
import { followExport } from '../resolve/resolve-export.js';
import type { UnitIndex } from '../resolve/unit-index.js';

/** What describing a repository's packages needs from the scan. */
export interface PackageSurfaceInput {
  manifests: ReadonlyMap<string, string>;
  files: ReadonlySet<string>;
  exportsByFile: Map<string, ModuleExport[]>;
  resolvers: ModuleResolvers;
  units: UnitIndex;
}

/**
 * The prompt text each entry module exports: every name any module of the
 * package exports or declares is looked up from the entry, through re-exports
 * and aliases, and kept when it lands on a kept text unit. Sorted.
 */
export function exportsOf(
  input: PackageSurfaceInput,
  language: 'typescript' | 'python',
  entries: { entry: string; file: string }[],
  files: string[],
): PackageInfo['exports'] {
  const names = new Set<string>();
  for (const file of files) {
    for (const entry of input.exportsByFile.get(file) ?? []) if (entry.name !== '*') names.add(entry.name);
    for (const unit of input.units.inFile(file))
      if (unit.unitClass === 'text' && unit.unit.symbol && !unit.unit.symbol.includes('.')) names.add(unit.unit.symbol);
  }
  const tables = { exportsByFile: input.exportsByFile, resolvers: input.resolvers };
  const local = (file: string, symbol: string, member: string | undefined) =>
    input.units.find(file, 'text', member ? `${symbol}.${member}` : symbol);
  const found: PackageInfo['exports'] = [];
  const sorted = [...names].sort();
  for (const { entry, file } of entries) {
    for (const name of namesFoundIn(input, file, names, sorted)) {
      const unit = followExport(tables, language, file, name, undefined, local);
      if (unit) found.push({ entry, name, node: unit.id });
    }
  }
  return found.sort(
    (left, right) =>
      (left.entry < right.entry ? -1 : left.entry > right.entry ? 1 : 0) ||
      (left.name < right.name ? -1 : left.name > right.name ? 1 : 0),
  );
}

/**
 * The names `followExport` can find in `file`, sorted: a module without an
 * export table answers only for the text it defines, one with a table only for
 * the names the table lists, unless it re-exports `*`. Trying every name of the
 * package on every module was quadratic: most of a Python package's scan.
 */
function namesFoundIn(
  input: PackageSurfaceInput,
  file: string,
  names: ReadonlySet<string>,
  sorted: readonly string[],
): readonly string[] {
  const table = input.exportsByFile.get(file);
  const own = new Set<string>();
  if (!table) {
    for (const unit of input.units.inFile(file))
      if (unit.unitClass === 'text' && unit.unit.symbol && names.has(unit.unit.symbol)) own.add(unit.unit.symbol);
  } else {
    for (const entry of table) {
      if (entry.name === '*') return sorted;
      if (names.has(entry.name)) own.add(entry.name);
    }
  }
  return [...own].sort();
}
