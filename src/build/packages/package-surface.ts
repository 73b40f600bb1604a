import type { ModuleExport } from '../../model/extraction.js';
import type { ExternalImport, PackageInfo } from '../../model/schema/scan-result.js';
import type { ExtractedRepository } from '../extract/extract-all.js';
import type { ResolvedReferences } from '../resolve/resolve-references.js';
import { externalImports } from './external-imports.js';
import { npmPackages } from './npm-packages.js';
import { pythonPackages } from './python-packages.js';

const byName = (left: PackageInfo, right: PackageInfo): number =>
  (left.ecosystem < right.ecosystem ? -1 : left.ecosystem > right.ecosystem ? 1 : 0) ||
  (left.name < right.name ? -1 : left.name > right.name ? 1 : 0);

/**
 * The packages a repository publishes, each with every text unit its entry
 * points export (before the graph drops candidates: see `publishedText`).
 */
export function describePackages(
  extracted: ExtractedRepository,
  resolved: ResolvedReferences,
  files: ReadonlySet<string>,
): PackageInfo[] {
  const exportsByFile = new Map<string, ModuleExport[]>();
  for (const { path, extraction } of extracted.files)
    if (extraction.exports) exportsByFile.set(path, extraction.exports);
  const input = {
    manifests: extracted.manifests,
    files,
    exportsByFile,
    resolvers: extracted.resolvers,
    units: resolved.units,
  };
  return [...npmPackages(input), ...pythonPackages(input)].sort(byName);
}

/**
 * Text a published package exports is an interface other repositories import,
 * so it is kept even when nothing in this repository uses it (a constant the
 * adapter could only call a candidate). Private packages publish nothing.
 */
export const publishedText = (packages: readonly PackageInfo[]): string[] =>
  packages.filter((pkg) => !pkg.private).flatMap((pkg) => pkg.exports.map((exported) => exported.node));

/**
 * What a repository offers other repositories and takes from them, once the
 * graph is built: the packages with the kept text they export (a package
 * exporting none is nothing to depend on here), and the prompt text it imports
 * from packages it does not hold. `promptgraph merge` links the two.
 */
export function packageSurface(
  packages: readonly PackageInfo[],
  extracted: ExtractedRepository,
  resolved: ResolvedReferences,
  kept: ReadonlySet<string>,
): { packages: PackageInfo[]; imports: ExternalImport[] } {
  return {
    packages: packages
      .map((pkg) => ({ ...pkg, exports: pkg.exports.filter((exported) => kept.has(exported.node)) }))
      .filter((pkg) => pkg.exports.length > 0),
    imports: externalImports(resolved.externals, kept, extracted.manifests),
  };
}
