import type { ModuleResolver } from './module-resolver.js';
import { dirname, joinRepoPath } from '../../model/repo-path.js';

/**
 * Python imports inside the repository. Relative imports (`from .persona import X`,
 * `from ..shared import Y`) count dots from the importing package; absolute ones
 * (`from agents.prompts import X`) are tried from the importing file's folder up
 * to the root (a service run from its own folder), then from each folder holding
 * a pyproject.toml and its `src/` layout. A module is `m.py` or `m/__init__.py`.
 */
export function createPythonModuleResolver(
  files: ReadonlySet<string>,
  manifests: ReadonlyMap<string, string>,
): ModuleResolver {
  const projectRoots = [...manifests.keys()]
    .filter((path) => path === 'pyproject.toml' || path.endsWith('/pyproject.toml'))
    .map(dirname)
    .flatMap((root) => [root, joinRepoPath(root, 'src')])
    .sort();
  const asModule = (base: string): string | undefined => {
    if (files.has(`${base}.py`)) return `${base}.py`;
    const init = base ? `${base}/__init__.py` : '__init__.py';
    return files.has(init) ? init : undefined;
  };
  const absolute = (fromFile: string, specifier: string): string | undefined => {
    const relativePath = specifier.split('.').join('/');
    const roots: string[] = [];
    for (let directory = dirname(fromFile); ; directory = dirname(directory)) {
      roots.push(directory);
      if (!directory) break;
    }
    for (const root of [...roots, ...projectRoots]) {
      const found = asModule(joinRepoPath(root, relativePath));
      if (found) return found;
    }
    return undefined;
  };
  const resolve = (fromFile: string, specifier: string): string | undefined => {
    const dots = /^\.*/.exec(specifier)![0].length;
    if (!dots) return absolute(fromFile, specifier);
    let directory = dirname(fromFile);
    for (let level = 1; level < dots; level++) directory = dirname(directory);
    const rest = specifier.slice(dots);
    return asModule(rest ? joinRepoPath(directory, rest.split('.').join('/')) : directory);
  };
  return {
    resolve,
    // `from ...shared import X` climbs one package per dot after the first: past the root's own folder it leaves the repository.
    outsideRoot: (fromFile, specifier) =>
      /^\.*/.exec(specifier)![0].length - 1 > (dirname(fromFile) ? dirname(fromFile).split('/').length : 0),
    isExternal(fromFile, specifier) {
      if (!specifier.startsWith('.')) return absolute(fromFile, specifier) === undefined;
      // `from .imports import np` then `np.int16`: read as submodule `.imports.np`, but `.imports` is a module we read and np just a name in it.
      const parent = specifier.replace(/\.?[^.]+$/, '');
      return parent !== specifier && /[^.]/.test(parent) && resolve(fromFile, parent) !== undefined;
    },
  };
}
