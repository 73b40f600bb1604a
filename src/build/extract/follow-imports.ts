import type { Adapter, Extraction, ModuleExport, Target } from '../../model/extraction.js';
import type { ModuleResolvers } from '../resolve/module-resolver.js';
import { starExportsFor, type Reexport } from '../resolve/star-exports.js';

/** A code file its adapter's prefilter rejected, with the modules it imports (read textually). */
export interface RejectedFile {
  adapter: Adapter;
  specifiers: string[];
}

type ExportTarget = Extract<Target, { type: 'export' }>;

/**
 * Which prefilter-rejected code files must be read after all, for the graph to
 * be complete: a file holding an imported name an extracted file uses (a short
 * constant interpolated into a prompt elsewhere, followed through re-exports),
 * and a file importing a module that declares wrappers or passes parameters on
 * (it may call them with a prompt). Extracting them may need more: call again
 * until it returns nothing.
 */
export function filesToFollow(
  extractions: ReadonlyMap<string, Extraction>,
  rejected: ReadonlyMap<string, RejectedFile>,
  resolvers: ModuleResolvers,
): string[] {
  const wanted = new Set<string>();
  const exportsByFile = new Map<string, ModuleExport[]>();
  for (const [path, extraction] of extractions) if (extraction.exports) exportsByFile.set(path, extraction.exports);
  const named = namedReexports(exportsByFile);
  // Each (module, name, member) is looked through once, at the shallowest depth asked: importers of one barrel share the work.
  const looked = new Map<string, number>();
  const follow = (fromFile: string, target: ExportTarget, depth: number): void => {
    const resolver = resolvers[target.language];
    const file = resolver?.resolve(fromFile, target.specifier);
    if (!file || depth > 16 || wanted.has(file)) return;
    if (rejected.has(file)) {
      wanted.add(file);
      return;
    }
    const key = `${file}\0${target.name}\0${target.member ?? ''}`;
    if ((looked.get(key) ?? Number.POSITIVE_INFINITY) <= depth) return;
    looked.set(key, depth);
    for (const entry of named.get(file)?.get(target.name) ?? []) {
      const name = entry.reexport.name === '*' ? (target.member ?? '').split('.')[0]! : entry.reexport.name;
      if (name) follow(file, { ...target, specifier: entry.reexport.specifier, name }, depth + 1);
    }
    // `export * from`: only the modules that may hold the name (their own tables say so, or they are unread or barrels).
    for (const entry of starExportsFor(exportsByFile, resolver, file, target.name))
      follow(file, { ...target, specifier: entry.reexport.specifier }, depth + 1);
  };
  for (const [path, extraction] of extractions) {
    for (const target of exportTargets(extraction)) follow(path, target, 0);
  }
  const passing = new Map<string, Set<string>>();
  for (const [path, file] of rejected) {
    const language = file.adapter.language;
    const resolver = language && resolvers[language];
    if (!resolver || wanted.has(path)) continue;
    if (!passing.has(language))
      passing.set(
        language,
        passingModules(extractions, (from, specifier) => resolver.resolve(from, specifier)),
      );
    const modules = passing.get(language)!;
    if (modules.size && file.specifiers.some((specifier) => modules.has(resolver.resolve(path, specifier) ?? '')))
      wanted.add(path);
  }
  return [...wanted].sort();
}

/** Each module's named re-exports (`export { x } from`, `export * as ns from`), by the name they export. */
function namedReexports(exportsByFile: ReadonlyMap<string, ModuleExport[]>): Map<string, Map<string, Reexport[]>> {
  const byFile = new Map<string, Map<string, Reexport[]>>();
  for (const [path, exports] of exportsByFile) {
    const byName = new Map<string, Reexport[]>();
    for (const entry of exports) {
      if (!('reexport' in entry) || entry.name === '*') continue;
      const entries = byName.get(entry.name);
      if (entries) entries.push(entry);
      else byName.set(entry.name, [entry]);
    }
    if (byName.size) byFile.set(path, byName);
  }
  return byFile;
}

function exportTargets(extraction: Extraction): ExportTarget[] {
  const targets: Target[] = [
    ...extraction.references.map((reference) => reference.target),
    ...(extraction.calls ?? []).flatMap((call) => [call.callee, call.arg]),
  ];
  return targets.filter((target): target is ExportTarget => target.type === 'export');
}

/** Modules whose functions may carry a caller's prompt to a model: wrappers, functions passing a parameter on, and barrels re-exporting either. */
function passingModules(
  extractions: ReadonlyMap<string, Extraction>,
  resolve: (fromFile: string, specifier: string) => string | undefined,
): Set<string> {
  const passing = new Set<string>();
  for (const [path, extraction] of extractions) {
    if (extraction.wrappers?.length || extraction.calls?.some((call) => call.arg.type === 'param')) passing.add(path);
  }
  const reexports = [...extractions].map(([path, extraction]) => ({
    path,
    specifiers: (extraction.exports ?? [])
      .filter((entry): entry is Extract<ModuleExport, { reexport: unknown }> => 'reexport' in entry)
      .map((entry) => entry.reexport.specifier),
  }));
  for (let changed = passing.size > 0; changed; ) {
    changed = false;
    for (const { path, specifiers } of reexports) {
      if (passing.has(path)) continue;
      if (specifiers.some((specifier) => passing.has(resolve(path, specifier) ?? ''))) {
        passing.add(path);
        changed = true;
      }
    }
  }
  return passing;
}
