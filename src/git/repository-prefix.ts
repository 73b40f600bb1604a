import { runGit } from './run-git.js';

/**
 * Where `dir` sits inside its git repository (`packages/app/`, or empty at the
 * root, or outside any repository), so paths relative to the scanned folder can
 * be made repository-relative for GitHub annotations and SARIF.
 */
export async function repositoryPrefix(dir: string): Promise<string> {
  try {
    return (await runGit(dir, ['rev-parse', '--show-prefix'])).toString('utf8').trim();
  } catch {
    return '';
  }
}
