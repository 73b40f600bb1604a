import { dirname, escapesRoot, joinRepoPath } from '../../../model/repo-path.js';
import { nearestFirst } from './template-candidates.js';
import type { Target } from '../../../model/extraction.js';

/**
 * A path as code builds it, in either language. `anchored` paths derive from
 * `__dirname`, `import.meta.url` or `__file__` and are exact repository paths; a
 * bare literal is relative to the working directory the program runs in, unknown
 * statically, so it is tried from the file's folder up. `directory` marks a URL
 * ending in `/` (TypeScript).
 */
export interface CodePath {
  path: string;
  anchored: boolean;
  directory?: boolean;
}

/** A file code reads that may hold prompt text: a text or template extension, or anything under a `prompt(s)/` folder. */
const PROMPT_FILE =
  /\.(txt|md|markdown|mdx|j2|jinja2?|prompt|prompty|poml|promptl|hbs|handlebars|mustache|tmpl|tpl|liquid)$|(^|\/)prompts?\//i;
/**
 * A project's own documents by their conventional names: a test asserting on the
 * README or a script copying it reads no prompt (browser-use, cline, quantalogic).
 * Under a prompt folder the name decides nothing.
 */
const PROJECT_DOCUMENT =
  /(^|\/)(readme|changelog|changes|history|contributing|code_of_conduct|security|license|licence|notice|authors|maintainers|support|governance)(\.[\w.-]+)?$/i;
export const looksLikePromptFile = (path: string): boolean =>
  PROMPT_FILE.test(path) && (!PROJECT_DOCUMENT.test(path) || /(^|\/)prompts?\//i.test(path));

/**
 * Repository paths a code path may mean, most likely first. An anchored path is
 * exact; a working-directory-relative one is tried from the file's folder, then
 * from each parent folder up to the repository root (a service run from its own
 * folder, or from the root). Only when every guess climbs above the root does
 * the path truly leave the repository.
 */
export function pathCandidates(file: { path: string }, path: CodePath): string[] {
  if (path.anchored) return [joinRepoPath('', path.path)];
  if (path.path.startsWith('/')) return [];
  const candidates = nearestFirst(dirname(file.path), [path.path], []);
  // Run from the file's own folder, `../prompts/x.txt` stays inside; run from the root it would leave it: that guess is no finding.
  const inside = candidates.filter((candidate) => !escapesRoot(candidate));
  return inside.length ? inside : candidates;
}

/** The target of a file code reads at `path`: its candidates, marked as guesses when the path is relative to the working directory. */
export function fileReadTarget(file: { path: string }, path: CodePath): Extract<Target, { type: 'file' }> {
  return {
    type: 'file',
    candidates: pathCandidates(file, path),
    ...(path.anchored ? {} : { guessed: 'working-directory' as const }),
  };
}

/** Candidates for `name` under each of several directories, in order. */
export function underDirectories(file: { path: string }, directories: CodePath[], name: string): string[] {
  const under = (directory: CodePath): CodePath =>
    name.startsWith('/')
      ? { path: name, anchored: false }
      : { path: directory.path ? `${directory.path}/${name}` : name, anchored: directory.anchored };
  return [...new Set(directories.flatMap((directory) => pathCandidates(file, under(directory))))];
}
