import { dirname } from '../../model/repo-path.js';

/** Code a TypeScript import resolves to; any other extension is an asset, data or a template. */
export const CODE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** Extensions of text a prompt could be imported from (`import text from './system.md?raw'`). */
const PROMPT_TEXT = /\.(md|mdx|txt|prompt|prompty|poml|promptl|j2|jinja2?|hbs|handlebars|mustache)$/i;

/**
 * Whether a module path that resolved to no code file is a provable defect of
 * the repository, or something the scan cannot judge:
 * - an asset, data or style file (`../package.json`, `./logo.png`, `./theme.css`,
 *   `./engine.wasm`) is no prompt source, whether or not it exists, except a
 *   prompt-text file that is missing;
 * - a path under `node_modules`, or in a folder holding no scanned file (generated
 *   code a `.gitignore` keeps out of git, a checkout's missing submodule), names
 *   something the scan never sees, so its absence proves nothing.
 */
export function createProvability(files: ReadonlySet<string>): (target: string) => boolean {
  const folders = new Set<string>();
  for (const file of files)
    for (let folder = dirname(file); !folders.has(folder); folder = dirname(folder)) {
      folders.add(folder);
      if (folder === '') break;
    }
  return (target) => {
    const path = target.replace(/[?#].*$/, '');
    const extension = /\.[A-Za-z0-9]+$/.exec(path.slice(path.lastIndexOf('/') + 1))?.[0] ?? '';
    if (extension && !CODE_EXTENSIONS.includes(extension.toLowerCase()))
      return PROMPT_TEXT.test(path) && !files.has(path);
    if (path.split('/').includes('node_modules')) return false;
    return folders.has(dirname(path));
  };
}
