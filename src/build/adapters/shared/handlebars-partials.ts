import type { Reference } from '../../../model/extraction.js';
import type { PartialUse } from './handlebars-template.js';
import { isAbsolutePath, nearestFirst, relativeTo } from './template-candidates.js';
import { dirname } from '../../../model/repo-path.js';

/**
 * `{{> name}}` uses as `includes` references. A file partial resolves to
 * `name.ext`, `_name.ext` or `partials/name.ext` (and `partials/_name.ext`) in
 * the including file's folder first, then each parent up to the root, trying
 * `extensions` in order; `./x` and `../x` are relative to the including file.
 * Partials are registered by name at render time, so this is the convention
 * names follow, not a loader's exact rule. A use of an inline partial includes
 * the unit of that name in the same file.
 */
export function partialReferences(
  path: string,
  uses: readonly PartialUse[],
  extensions: readonly string[],
): Reference[] {
  return uses.map((use) => ({
    kind: 'includes',
    target: use.inline
      ? { type: 'local', symbol: use.name }
      : { type: 'file', candidates: partialCandidates(path, use.name, extensions) },
    line: use.line,
    column: use.column,
    placeholder: use.placeholder,
    label: `partial ${use.placeholder}`,
  }));
}

function partialCandidates(path: string, name: string, extensions: readonly string[]): string[] {
  if (isAbsolutePath(name)) return [name];
  const slash = name.lastIndexOf('/');
  const folder = slash === -1 ? '' : name.slice(0, slash + 1);
  const base = name.slice(slash + 1);
  const spellings = extensions.flatMap((extension) => [
    `${folder}${base}${extension}`,
    `${folder}_${base}${extension}`,
    `partials/${folder}${base}${extension}`,
    `partials/${folder}_${base}${extension}`,
  ]);
  if (name.startsWith('../') || name.startsWith('./'))
    return spellings
      .filter((spelling) => !spelling.startsWith('partials/'))
      .map((spelling) => relativeTo(path, spelling));
  return nearestFirst(dirname(path), spellings, []);
}
