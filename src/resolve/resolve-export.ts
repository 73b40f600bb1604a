import type { ModuleExport } from '../adapters/types.js';
import type { IndexedUnit, UnitClass, UnitIndex } from './unit-index.js';
import type { ModuleResolvers } from './module-resolver.js';

export type ExportResolution =
  | { found: IndexedUnit }
  | { missing: 'module'; external: boolean }
  | { missing: 'export'; file: string };

/**
 * Follows an imported binding to the unit that defines it: through named
 * re-exports, `export *` barrels and aliases, with a guard against re-export loops.
 * A module with no export table (Python) exposes its top-level symbols directly.
 */
export function resolveExport(
  units: UnitIndex,
  exportsByFile: Map<string, ModuleExport[]>,
  resolvers: ModuleResolvers,
  request: { language: 'typescript' | 'python'; fromFile: string; specifier: string; name: string; member?: string },
  unitClass: UnitClass,
): ExportResolution {
  const resolver = resolvers[request.language];
  const file = resolver?.resolve(request.fromFile, request.specifier);
  if (!file) return { missing: 'module', external: resolver?.isExternal(request.fromFile, request.specifier) ?? true };
  const found = findExport(units, exportsByFile, resolvers, request.language, file, request.name, request.member, unitClass, new Set());
  return found ? { found } : { missing: 'export', file };
}

function findExport(
  units: UnitIndex,
  exportsByFile: Map<string, ModuleExport[]>,
  resolvers: ModuleResolvers,
  language: 'typescript' | 'python',
  file: string,
  name: string,
  member: string | undefined,
  unitClass: UnitClass,
  visited: Set<string>,
): IndexedUnit | undefined {
  const visitKey = `${file}\0${name}`;
  if (visited.has(visitKey)) return undefined;
  visited.add(visitKey);
  const local = (symbol: string) =>
    (member ? units.find(file, unitClass, `${symbol}.${member}`) : undefined) ?? units.find(file, unitClass, symbol);
  // `llm.chat` of `export const llm = new LlmClient()` is the class's method, here or where the class is imported from.
  const instanceMember = (instanceOf: { name: string; specifier?: string }, method: string): IndexedUnit | undefined => {
    if (instanceOf.specifier === undefined) return units.find(file, unitClass, `${instanceOf.name}.${method}`);
    const target = resolvers[language]?.resolve(file, instanceOf.specifier);
    return target ? findExport(units, exportsByFile, resolvers, language, target, instanceOf.name, method, unitClass, visited) : undefined;
  };
  const entries = exportsByFile.get(file);
  if (!entries) return local(name);
  for (const entry of entries) {
    if (entry.name !== name) continue;
    if ('local' in entry) return (entry.instanceOf && member ? instanceMember(entry.instanceOf, member) : undefined) ?? local(entry.local);
    const target = resolvers[language]?.resolve(file, entry.reexport.specifier);
    if (!target) continue;
    // `export * as ns from './m'`: `ns.X.y` is export `X` of m, with member `y`.
    if (entry.reexport.name === '*') {
      const [head, ...rest] = (member ?? '').split('.');
      return head ? findExport(units, exportsByFile, resolvers, language, target, head, rest.join('.') || undefined, unitClass, visited) : undefined;
    }
    return findExport(units, exportsByFile, resolvers, language, target, entry.reexport.name, member, unitClass, visited);
  }
  for (const entry of entries) {
    if (entry.name !== '*' || !('reexport' in entry)) continue;
    const target = resolvers[language]?.resolve(file, entry.reexport.specifier);
    const found = target && findExport(units, exportsByFile, resolvers, language, target, name, member, unitClass, visited);
    if (found) return found;
  }
  return undefined;
}
