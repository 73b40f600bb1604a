import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../model/schema/common.js';

/** The `code` of the error a disk source's `readFile` throws for a path that resolves outside its root. */
export const OUTSIDE_ROOT = 'symlink-outside-root';

/** Is the resolved path `real` the root `realRoot` itself or below it? */
export function insideRoot(realRoot: string, real: string): boolean {
  return real === realRoot || real.startsWith(realRoot.endsWith(path.sep) ? realRoot : `${realRoot}${path.sep}`);
}

/**
 * What the listing does with a symlink. A link to a file (or a broken or looping
 * one) is listed: reading it checks where it leads and reports what it cannot read.
 * A link to a directory is never followed: its files are either in the
 * repository already (following would list them twice, or forever when it leads
 * to an ancestor) or outside it, where promptgraph reads nothing. Each is said.
 */
export function symlinkListing(
  realRoot: string,
  absoluteLink: string,
  file: string,
): { listed: true } | { listed: false; diagnostic: Diagnostic } {
  let real: string;
  try {
    real = realpathSync.native(absoluteLink);
    if (!statSync(real).isDirectory()) return { listed: true };
  } catch {
    return { listed: true };
  }
  const at = (severity: Diagnostic['severity'], code: string, message: string) => ({
    listed: false as const,
    diagnostic: { severity, code, file, line: 1, message },
  });
  const shown = insideRoot(realRoot, real) ? path.relative(realRoot, real).split(path.sep).join('/') : undefined;
  if (insideRoot(real, realpathSync.native(path.dirname(absoluteLink)))) {
    return at(
      'warning',
      'symlink-loop',
      `not followed: the directory symlink leads to ${shown === '' ? 'the repository root' : shown === undefined ? 'a folder above the repository root' : shown}, which holds the link itself, so following it would list the same files forever`,
    );
  }
  if (shown === undefined)
    return at(
      'warning',
      OUTSIDE_ROOT,
      'not followed: the directory symlink leads outside the repository root, where promptgraph reads nothing; scan the folder it leads to on its own, or copy the prompts in',
    );
  return at(
    'info',
    'symlink-not-followed',
    `not followed: the directory symlink leads to ${shown}, whose files are scanned there`,
  );
}
