/**
 * One line for an error the library did not type: what failed, and what to do.
 * Errors from the system (a file that cannot be written, a disk that is full)
 * are said in words; anything else is a promptgraph bug, said as such.
 */
export function internalErrorLine(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const target = (error as NodeJS.ErrnoException | undefined)?.path;
  const system = code ? SYSTEM_ERRORS[code] : undefined;
  if (system) return `promptgraph: ${system}${target ? `: ${target}` : ''}`;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `promptgraph: internal error (${message.split('\n')[0]}); run again with --verbose for the stack, and report it`;
}

const SYSTEM_ERRORS: Record<string, string> = {
  EISDIR: 'cannot write: the path is a folder',
  ENOTDIR: 'cannot write: a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'cannot write: the file system is read-only',
  ENOSPC: 'cannot write: no space left on the device',
  EDQUOT: 'cannot write: disk quota exceeded',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many open files',
};
