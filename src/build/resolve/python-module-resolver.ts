import type { ModuleResolver } from './module-resolver.js';
import { dirname, joinRepoPath } from '../../model/repo-path.js';

/**
 * Python imports inside the repository. Relative imports (`from .persona import X`,
 * `from ..shared import Y`) count dots from the importing package; absolute ones
 * (`from agents.prompts import X`) are tried from the import roots above the
 * importing file, then from each folder holding a pyproject.toml and its `src/`
 * layout. An import root is a folder that is no regular package (it holds no
 * `__init__.py`: a script's folder, a service run from its own folder): inside a
 * package, `import logging` means the standard library, never the `logging.py`
 * next to the file (Python 3 has no implicit relative imports), and a module
 * never imports itself. A module is `m.py` or `m/__init__.py`.
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
  const isPackage = (directory: string): boolean => files.has(directory ? `${directory}/__init__.py` : '__init__.py');
  /** The module an absolute import lands in, and whether a pyproject root holding the importing file did not find it. */
  const absoluteLookup = (fromFile: string, specifier: string): { file: string; foreign: boolean } | undefined => {
    const relativePath = specifier.split('.').join('/');
    const roots: string[] = [];
    for (let directory = dirname(fromFile); ; directory = dirname(directory)) {
      if (!isPackage(directory)) roots.push(directory);
      if (!directory) break;
    }
    for (const root of roots) {
      const found = asModule(joinRepoPath(root, relativePath));
      if (found && found !== fromFile) return { file: found, foreign: false };
    }
    for (const root of projectRoots) {
      const found = asModule(joinRepoPath(root, relativePath));
      if (found && found !== fromFile) return { file: found, foreign: !contains(root, fromFile) };
    }
    return undefined;
  };
  const absolute = (fromFile: string, specifier: string): string | undefined =>
    absoluteLookup(fromFile, specifier)?.file;
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
    // A sample elsewhere in the repository may be written for another release of a package the repository also holds.
    // `pkg.name` may read name `name` of module `pkg`: the lookup that found the module decides.
    foreign: (fromFile, specifier) =>
      !specifier.startsWith('.') &&
      (absoluteLookup(fromFile, specifier) ?? absoluteLookup(fromFile, specifier.replace(/\.[^.]+$/, '')))?.foreign ===
        true,
    isExternal(fromFile, specifier) {
      if (!specifier.startsWith('.')) return absolute(fromFile, specifier) === undefined;
      // `from .imports import np` then `np.int16`: read as submodule `.imports.np`, but `.imports` is a module we read and np just a name in it.
      const parent = specifier.replace(/\.?[^.]+$/, '');
      return parent !== specifier && /[^.]/.test(parent) && resolve(fromFile, parent) !== undefined;
    },
  };
}

/** Is `file` inside `folder` ('' is the root)? A pyproject's `src/` layout belongs to the folder above it. */
const contains = (folder: string, file: string): boolean => {
  const project = folder.endsWith('/src') ? folder.slice(0, -'/src'.length) : folder === 'src' ? '' : folder;
  return project === '' || file.startsWith(`${project}/`);
};
