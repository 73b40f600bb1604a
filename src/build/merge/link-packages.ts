import type { Diagnostic } from '../../model/schema/common.js';
import type { ExternalImport, GraphEdge, PackageInfo } from '../../model/schema/scan-result.js';
import { normalizePythonName } from '../packages/manifest-fields.js';
import { namespacedId } from './namespace.js';
import { versionSatisfies } from './version-range.js';

export interface Published {
  repository: string;
  pkg: PackageInfo;
}

export interface Importer {
  repository: string;
  imports: readonly ExternalImport[];
  /** The file of one of its nodes, for diagnostics. */
  fileOf(id: string): string;
}

/** Does `pkg` provide what `imported` names: the npm package by name, a PyPI distribution by its top-level module? */
function provides(pkg: PackageInfo, imported: ExternalImport): boolean {
  if (pkg.ecosystem !== imported.ecosystem) return false;
  if (pkg.ecosystem === 'npm') return pkg.name === imported.package;
  return (
    (pkg.modules ?? []).includes(imported.package) ||
    normalizePythonName(pkg.name) === normalizePythonName(imported.package)
  );
}

const label = (pkg: PackageInfo): string => (pkg.version ? `${pkg.name}@${pkg.version}` : pkg.name);

/**
 * The edges between repositories: each import of prompt text from a package is
 * linked to the node its publishing repository exports under that name and
 * entry, by package name (npm) or module (PyPI). A version range that excludes
 * the publisher's version is a warning: the importer runs another version than
 * the graph shows. An import of a name the package does not export is a
 * dangling reference; a package published by several repositories is ambiguous.
 */
export function linkPackages(
  published: readonly Published[],
  importers: readonly Importer[],
): { edges: GraphEdge[]; diagnostics: Diagnostic[] } {
  const edges: GraphEdge[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { repository, imports, fileOf } of importers) {
    for (const imported of imports) {
      const publishers = published.filter(
        (candidate) => candidate.repository !== repository && provides(candidate.pkg, imported),
      );
      if (!publishers.length) continue;
      const [{ repository: publisher, pkg }] = publishers as [Published, ...Published[]];
      const warn = (code: string, message: string) =>
        diagnostics.push({
          severity: 'warning',
          code,
          file: fileOf(imported.from),
          line: imported.line,
          repository,
          message,
        });
      const where = `${imported.from} (${repository})`;
      if (publishers.length > 1)
        warn(
          'ambiguous-package',
          `${where} imports ${imported.package}, which ${publishers.length} repositories publish (${publishers.map((candidate) => candidate.repository).join(', ')}); linked to ${publisher}: give each package one home`,
        );
      const exported = pkg.exports.find(
        (candidate) => candidate.entry === imported.entry && candidate.name === imported.name,
      );
      if (!exported) {
        warn(
          'dangling-reference',
          `${where} imports ${imported.name} from ${imported.package} (${imported.entry}), which ${label(pkg)} in ${publisher} does not export as prompt text`,
        );
        continue;
      }
      if (imported.range && pkg.version && versionSatisfies(pkg.ecosystem, pkg.version, imported.range) === false)
        warn(
          'version-outside-range',
          `${where} declares ${pkg.name} ${imported.range}, which excludes ${publisher}'s current ${pkg.version}: the graph links the current ${imported.name}, but ${repository} runs an older one until it upgrades`,
        );
      edges.push({
        from: namespacedId(repository, imported.from),
        to: namespacedId(publisher, exported.node),
        kind: imported.kind,
        line: imported.line,
        ...(imported.placeholder !== undefined ? { placeholder: imported.placeholder } : {}),
        package: label(pkg),
      });
    }
  }
  return { edges, diagnostics };
}
