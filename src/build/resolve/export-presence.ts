import type { ModuleExport } from '../../model/extraction.js';
import type { ModuleResolvers } from './module-resolver.js';
import { starExportsFor } from './star-exports.js';

/**
 * Whether the repository module `file` exports `name`, as far as its export
 * table tells: `unknown` when it has no table (Python exposes top-level names;
 * a file that was not parsed), an empty one (CommonJS built at run time), or an
 * `export *` from a module outside the repository, which may hold anything.
 */
export function exportPresence(
  exportsByFile: ReadonlyMap<string, ModuleExport[]>,
  resolvers: ModuleResolvers,
  language: 'typescript' | 'python',
  file: string,
  name: string,
  visited = new Set<string>(),
): 'present' | 'absent' | 'unknown' {
  if (visited.has(file)) return 'absent';
  visited.add(file);
  const entries = exportsByFile.get(file);
  if (!entries?.length) return 'unknown';
  if (entries.some((entry) => entry.name === name)) return 'present';
  let presence: 'absent' | 'unknown' = 'absent';
  for (const entry of starExportsFor(exportsByFile, resolvers[language], file, name)) {
    const target = resolvers[language]?.resolve(file, entry.reexport.specifier);
    const found = target ? exportPresence(exportsByFile, resolvers, language, target, name, visited) : 'unknown';
    if (found === 'present') return 'present';
    if (found === 'unknown') presence = 'unknown';
  }
  return presence;
}
