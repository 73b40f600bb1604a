import { dirname } from '../../model/repo-path.js';
import { normalizePythonName, readPackageJson, readPyproject, stringOf, tableOf } from './manifest-fields.js';

const NPM_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'];

/** Folders from `file`'s own up to the root, nearest first. */
function foldersUp(file: string): string[] {
  const folders: string[] = [];
  for (let folder = dirname(file); ; folder = dirname(folder)) {
    folders.push(folder);
    if (!folder) return folders;
  }
}

const inFolder = (folder: string, name: string): string => (folder ? `${folder}/${name}` : name);

/** The range the nearest package.json declaring `name` gives it (a workspace root may declare it for all). */
export function npmRange(manifests: ReadonlyMap<string, string>, file: string, name: string): string | undefined {
  for (const folder of foldersUp(file)) {
    const manifest = readPackageJson(manifests.get(inFolder(folder, 'package.json')));
    for (const field of NPM_FIELDS) {
      const range = stringOf(tableOf(manifest, field)?.[name]);
      if (range) return range;
    }
  }
  return undefined;
}

/** `acme-prompts[extra]>=1.0,<2 ; python_version>"3.9"` → name and specifier, PEP 508's parts we need. */
function requirement(text: string): { name: string; specifier: string } | undefined {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*\(?([^;)]*)\)?/.exec(text);
  return match ? { name: match[1]!, specifier: match[2]!.trim() } : undefined;
}

/**
 * The specifier the nearest pyproject.toml declares for the distribution a
 * module is imported from: `[project] dependencies` (PEP 508 strings) or Poetry's
 * `[tool.poetry.dependencies]`, matched by PEP 503 name (`acme_prompts` imports
 * the `acme-prompts` distribution, the usual convention).
 */
export function pythonRange(manifests: ReadonlyMap<string, string>, file: string, module: string): string | undefined {
  const wanted = normalizePythonName(module);
  for (const folder of foldersUp(file)) {
    const pyproject = readPyproject(manifests.get(inFolder(folder, 'pyproject.toml')));
    if (!pyproject) continue;
    const listed = tableOf(pyproject, 'project')?.dependencies;
    for (const entry of Array.isArray(listed) ? listed : []) {
      const parsed = typeof entry === 'string' ? requirement(entry) : undefined;
      if (parsed && normalizePythonName(parsed.name) === wanted && parsed.specifier) return parsed.specifier;
    }
    const poetry = tableOf(tableOf(tableOf(pyproject, 'tool'), 'poetry'), 'dependencies') ?? {};
    for (const [name, value] of Object.entries(poetry)) {
      if (normalizePythonName(name) !== wanted) continue;
      const version = stringOf(value) ?? stringOf(tableOf(poetry, name)?.version);
      if (version) return version;
    }
  }
  return undefined;
}
