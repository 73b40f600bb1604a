import type { ExternalImport } from '../../model/schema/scan-result.js';
import type { ExternalReference } from '../resolve/resolve-references.js';
import { npmRange, pythonRange } from './declared-ranges.js';

/** `@acme/prompt-kit/persona` → the package and the subpath imported. */
function npmSpecifier(specifier: string): { pkg: string; entry: string } {
  const segments = specifier.split('/');
  const length = specifier.startsWith('@') ? 2 : 1;
  const rest = segments.slice(length).join('/');
  return { pkg: segments.slice(0, length).join('/'), entry: rest ? `./${rest}` : '.' };
}

/**
 * The scan's imports of prompt text from packages outside the repository, from
 * nodes the graph kept, each with the version range its manifest declares, so a
 * merged organisation graph can link them to the repository publishing the
 * package and say when the range excludes its version. Sorted and deduplicated.
 */
export function externalImports(
  references: readonly ExternalReference[],
  kept: ReadonlySet<string>,
  manifests: ReadonlyMap<string, string>,
): ExternalImport[] {
  const imports = new Map<string, ExternalImport>();
  for (const reference of references) {
    if (!kept.has(reference.from)) continue;
    const { target } = reference;
    const python = target.language === 'python';
    const { pkg, entry } = python
      ? { pkg: target.specifier.split('.')[0]!, entry: target.specifier }
      : npmSpecifier(target.specifier);
    if (!python && target.specifier.startsWith('node:')) continue;
    const range = python ? pythonRange(manifests, target.fromFile, pkg) : npmRange(manifests, target.fromFile, pkg);
    const found: ExternalImport = {
      from: reference.from,
      kind: reference.kind,
      ecosystem: python ? 'pypi' : 'npm',
      package: pkg,
      entry,
      name: target.name,
      ...(target.member ? { member: target.member } : {}),
      line: reference.line,
      ...(reference.placeholder !== undefined ? { placeholder: reference.placeholder } : {}),
      ...(range ? { range } : {}),
    };
    imports.set(JSON.stringify(found), found);
  }
  return [...imports.values()].sort(
    (left, right) =>
      compare(left.from, right.from) ||
      compare(left.package, right.package) ||
      compare(left.name, right.name) ||
      left.line - right.line,
  );
}

const compare = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);
