import semver from 'semver';
import { pep440Satisfies } from './pep440.js';

/**
 * Whether a package's current version is inside the range an importer
 * declares: npm ranges with semver (`^2.0.0`, `workspace:*` and tags are not
 * ranges), PyPI specifiers with PEP 440, Poetry's `^`/`~` with semver. Undefined
 * when the range cannot be read: no warning is better than a wrong one.
 */
export function versionSatisfies(ecosystem: 'npm' | 'pypi', version: string, range: string): boolean | undefined {
  if (ecosystem === 'pypi' && !/^[\^~]\s*\d/.test(range.trim())) return pep440Satisfies(version, range);
  const valid = semver.validRange(range.trim());
  // A version that is not semver as written (`1.4`, a PEP 440 `1.4.0.post1`) is read as its nearest semver.
  const parsed = semver.valid(version.trim()) ?? semver.valid(semver.coerce(version));
  if (!valid || !parsed) return undefined;
  return semver.satisfies(parsed, valid, { includePrerelease: true });
}
