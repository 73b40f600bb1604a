import type { PackageInfo } from '../../model/schema/scan-result.js';
import { dirname } from '../../model/repo-path.js';
import { packageEntryCandidates } from '../resolve/package-entry.js';
import { readPackageJson, stringOf } from './manifest-fields.js';
import { exportsOf, type PackageSurfaceInput } from './package-exports.js';

const CODE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** The subpaths a package.json `exports` map names (`./persona`), besides `.`; patterns and `./package.json` are left out. */
function subpathsOf(manifest: Record<string, unknown>): string[] {
  const field = manifest.exports;
  if (!field || typeof field !== 'object' || Array.isArray(field)) return ['.'];
  const keys = Object.keys(field).filter(
    (key) => key.startsWith('./') && !key.includes('*') && key !== './package.json',
  );
  return ['.', ...keys.sort()];
}

/**
 * Every named package.json of the repository as a package other repositories can
 * import: its name, version and the prompt text its entry points export, found by
 * following each entry module's exports (re-exports, barrels, aliases) to text units.
 */
export function npmPackages(input: PackageSurfaceInput): PackageInfo[] {
  const packages: PackageInfo[] = [];
  for (const [path, text] of input.manifests) {
    if (path !== 'package.json' && !path.endsWith('/package.json')) continue;
    const manifest = readPackageJson(text);
    const name = stringOf(manifest?.name);
    if (!manifest || !name) continue;
    const dir = dirname(path);
    const resolver = input.resolvers.typescript;
    const entries = subpathsOf(manifest).flatMap((subpath) => {
      // A leading `/` makes the resolver take the candidate from the repository root, trying `.ts` for `.js` and index files.
      const file = packageEntryCandidates({ name, dir, manifest }, subpath)
        .map((candidate) => resolver?.resolve(path, `/${candidate}`))
        .find(Boolean);
      return file ? [{ entry: subpath, file }] : [];
    });
    const files = [...input.files].filter((file) => (!dir || file.startsWith(`${dir}/`)) && CODE.test(file));
    packages.push({
      ecosystem: 'npm',
      name,
      ...(stringOf(manifest.version) ? { version: stringOf(manifest.version)! } : {}),
      path: dir,
      ...(manifest.private === true ? { private: true } : {}),
      exports: exportsOf(input, 'typescript', entries, files),
    });
  }
  return packages;
}
