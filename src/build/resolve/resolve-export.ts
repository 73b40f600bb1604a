import type { ModuleExport } from '../../model/extraction.js';
import type { IndexedUnit, UnitClass, UnitIndex } from './unit-index.js';
import type { ModuleResolvers } from './module-resolver.js';
import { starExportsFor } from './star-exports.js';

export type ExportResolution =
  | { found: IndexedUnit }
  | { missing: 'module'; external: boolean }
  /** `name`: what was looked up in `file`, which differs from the import's name when a Python `pkg.x` import landed in `pkg` (`x.y` is member `y` of name `x`). */
  | { missing: 'export'; file: string; name: string };

/** What following an import needs: every module's export table, and module resolution. */
export interface ExportTables {
  exportsByFile: Map<string, ModuleExport[]>;
  resolvers: ModuleResolvers;
}

export interface ImportRequest {
  language: 'typescript' | 'python';
  fromFile: string;
  specifier: string;
  name: string;
  member?: string;
}

/** What a module defines under a name: a unit, or (for member lookups through a class) whatever `local` finds. */
export type LocalLookup<T> = (file: string, symbol: string, member: string | undefined) => T | undefined;

/**
 * Follows an imported binding to the unit that defines it: through named
 * re-exports, `export *` barrels and aliases, with a guard against re-export loops.
 * A module with no export table (Python) exposes its top-level symbols directly.
 * `member` of a class is looked up through its bases when `classMember` is given.
 */
export function resolveExport(
  units: UnitIndex,
  tables: ExportTables,
  request: ImportRequest,
  unitClass: UnitClass,
  classMember?: LocalLookup<IndexedUnit>,
): ExportResolution {
  const module = importedModule(tables, request);
  if ('missing' in module) return module;
  const local: LocalLookup<IndexedUnit> = (file, symbol, member) =>
    (member
      ? (units.find(file, unitClass, `${symbol}.${member}`) ?? classMember?.(file, symbol, member))
      : undefined) ?? units.find(file, unitClass, symbol);
  const found = followExport(tables, request.language, module.file, module.name, module.member, local);
  return found ? { found } : { missing: 'export', file: module.file, name: module.name };
}

/**
 * The module file an import lands in, and the name (and member) read there.
 * Python `from pkg import x` then `x.y` reads submodule `pkg.x` by convention;
 * where no such module exists, `x` is a name defined in `pkg` (a module-level
 * instance, a class) and `y` its member.
 */
export function importedModule(
  tables: ExportTables,
  request: ImportRequest,
): { file: string; name: string; member?: string } | { missing: 'module'; external: boolean } {
  const resolver = tables.resolvers[request.language];
  const file = resolver?.resolve(request.fromFile, request.specifier);
  if (file) return { file, name: request.name, ...(request.member ? { member: request.member } : {}) };
  const parent = request.language === 'python' ? parentModule(request.specifier) : undefined;
  const parentFile = parent && resolver?.resolve(request.fromFile, parent.specifier);
  if (parent && parentFile)
    return { file: parentFile, name: parent.name, member: [request.name, request.member].filter(Boolean).join('.') };
  return { missing: 'module', external: resolver?.isExternal(request.fromFile, request.specifier) ?? true };
}

/** `app.llm.llm` → `llm` in `app.llm`; `.prompts` → `prompts` in `.` (the importing package). */
function parentModule(specifier: string): { specifier: string; name: string } | undefined {
  const dot = specifier.lastIndexOf('.');
  const name = specifier.slice(dot + 1);
  if (dot < 0 || !/^[A-Za-z_]\w*$/.test(name)) return undefined;
  const head = specifier.slice(0, dot + 1);
  const parent = /^\.+$/.test(head) ? head : specifier.slice(0, dot);
  return parent ? { specifier: parent, name } : undefined;
}

/** Looks `name` up in `file`'s export table with `local`, following re-exports and module-level instances. */
export function followExport<T>(
  tables: ExportTables,
  language: 'typescript' | 'python',
  file: string,
  name: string,
  member: string | undefined,
  local: LocalLookup<T>,
  visited = new Set<string>(),
): T | undefined {
  const visitKey = `${file}\0${name}\0${member ?? ''}`;
  if (visited.has(visitKey)) return undefined;
  visited.add(visitKey);
  const follow = (target: string, nextName: string, nextMember: string | undefined) =>
    followExport(tables, language, target, nextName, nextMember, local, visited);
  // The class as this module names it (its own, or a Python import the table re-exports), or imported from `specifier`.
  const instanceMember = (instanceOf: { name: string; specifier?: string }, method: string): T | undefined => {
    if (instanceOf.specifier === undefined)
      return local(file, instanceOf.name, method) ?? follow(file, instanceOf.name, method);
    const target = tables.resolvers[language]?.resolve(file, instanceOf.specifier);
    return target ? follow(target, instanceOf.name, method) : undefined;
  };
  const entries = tables.exportsByFile.get(file);
  if (!entries) return local(file, name, member);
  for (const entry of entries) {
    if (entry.name !== name) continue;
    // `llm = LLM()`, `export const llm = new LlmClient()`: `llm.complete` is the class's `complete`.
    if ('local' in entry)
      return (
        (entry.instanceOf && member ? instanceMember(entry.instanceOf, member) : undefined) ??
        local(file, entry.local, member)
      );
    const target = tables.resolvers[language]?.resolve(file, entry.reexport.specifier);
    if (!target) continue;
    // `export * as ns from './m'`: `ns.X.y` is export `X` of m, with member `y`.
    if (entry.reexport.name === '*') {
      const [head, ...rest] = (member ?? '').split('.');
      return head ? follow(target, head, rest.join('.') || undefined) : undefined;
    }
    return follow(target, entry.reexport.name, member);
  }
  for (const entry of starExportsFor(tables.exportsByFile, tables.resolvers[language], file, name)) {
    const target = tables.resolvers[language]?.resolve(file, entry.reexport.specifier);
    const found = target && follow(target, name, member);
    if (found) return found;
  }
  return undefined;
}
