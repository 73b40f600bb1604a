import type { PackageInfo } from '../../model/schema/scan-result.js';
import { dirname } from '../../model/repo-path.js';
import { readPyproject, stringOf, tableOf } from './manifest-fields.js';
import { exportsOf, type PackageSurfaceInput } from './package-exports.js';

const NOT_PROVIDED = new Set(['tests', 'test', 'docs', 'examples']);

/**
 * Every pyproject.toml with a `[project] name` as a distribution other
 * repositories can install: its version, the top-level modules it provides (a
 * package folder with `__init__.py` at the project root or under `src/`), and
 * the prompt text each of their modules defines or re-exports.
 */
export function pythonPackages(input: PackageSurfaceInput): PackageInfo[] {
  const packages: PackageInfo[] = [];
  for (const [path, text] of input.manifests) {
    if (path !== 'pyproject.toml' && !path.endsWith('/pyproject.toml')) continue;
    const project = tableOf(readPyproject(text), 'project');
    const name = stringOf(project?.name);
    if (!name) continue;
    const dir = dirname(path);
    const moduleFiles = new Map<string, string>();
    const modules = new Set<string>();
    for (const root of [dir, dir ? `${dir}/src` : 'src']) {
      const prefix = root ? `${root}/` : '';
      for (const file of input.files) {
        if (!file.startsWith(prefix) || !file.endsWith('.py')) continue;
        const relative = file.slice(prefix.length);
        const top = relative.split('/')[0]!;
        if (!relative.includes('/') || NOT_PROVIDED.has(top) || !input.files.has(`${prefix}${top}/__init__.py`))
          continue;
        modules.add(top);
        moduleFiles.set(relative.replace(/\/__init__\.py$|\.py$/, '').replaceAll('/', '.'), file);
      }
    }
    const entries = [...moduleFiles].map(([entry, file]) => ({ entry, file }));
    packages.push({
      ecosystem: 'pypi',
      name,
      ...(stringOf(project?.version) ? { version: stringOf(project?.version)! } : {}),
      path: dir,
      modules: [...modules].sort(),
      exports: exportsOf(input, 'python', entries, [...moduleFiles.values()]),
    });
  }
  return packages;
}
