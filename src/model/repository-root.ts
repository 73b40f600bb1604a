import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { PromptgraphError } from './promptgraph-error.js';

/**
 * Fails when the folder to read is missing, a file or unreadable. Listing it
 * would otherwise give no files, and the command would print an empty graph and
 * exit 0, as if the repository held no prompts.
 */
export function assertRepositoryRoot(absoluteRoot: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(absoluteRoot).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw rootError(
        absoluteRoot,
        'no such directory',
        'root-missing',
        'pass the repository folder, or run promptgraph inside it',
      );
    throw rootError(
      absoluteRoot,
      `cannot open the folder (${code ?? (error as Error).message})`,
      'root-unreadable',
      'check its permissions',
    );
  }
  if (!isDirectory)
    throw rootError(
      absoluteRoot,
      'is a file, not a directory',
      'root-not-directory',
      `pass the repository folder that holds it: ${path.dirname(absoluteRoot)}`,
    );
  try {
    accessSync(absoluteRoot, constants.R_OK | constants.X_OK);
  } catch {
    throw rootError(
      absoluteRoot,
      'cannot list the folder (permission denied)',
      'root-unreadable',
      'check its permissions',
    );
  }
}

const rootError = (root: string, message: string, code: string, hint: string): PromptgraphError =>
  new PromptgraphError(message, { code, file: root, hint, exitCode: 2 });
