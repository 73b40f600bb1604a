import { PromptgraphError } from '../model/promptgraph-error.js';

/** A failed write of an output file: an input error (exit 2) naming the file and why, never a crash. */
export function writeError(file: string, error: unknown): PromptgraphError {
  const reason = WRITE_FAILURES[(error as NodeJS.ErrnoException).code ?? ''] ?? (error as Error).message;
  return new PromptgraphError(`cannot write ${file}: ${reason}`, { code: 'write-failed', exitCode: 2 });
}

const WRITE_FAILURES: Record<string, string> = {
  EISDIR: 'it is a folder; give a file name',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'the path is too long',
};
