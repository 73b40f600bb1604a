import type { Diagnostic } from '../../model/schema/common.js';
import type { FileSource } from '../../model/file-source.js';
import { CODEOWNERS_LOCATIONS, parseCodeowners, type Codeowners } from './codeowners.js';
import { OUTSIDE_ROOT } from '../files/symlinks.js';

/**
 * The CODEOWNERS file GitHub would use: the first of its locations that exists.
 * `files` narrows the search to listed paths when given; without it every location
 * is tried on the source, so a config `include` that leaves CODEOWNERS out of the
 * scan does not lose ownership. Files at later locations are reported as shadowed.
 * A file that is there but cannot be read (a symlink leading outside the root,
 * a loop, a folder, a FIFO, no permission) would drop every team it names, so it
 * is reported where it is, and the next location is tried, as if it were absent.
 */
export async function loadCodeowners(
  source: FileSource,
  files?: ReadonlySet<string>,
): Promise<{ codeowners?: Codeowners; diagnostics: Diagnostic[] }> {
  const found: { file: string; text: string }[] = [];
  const unreadable: Diagnostic[] = [];
  for (const location of CODEOWNERS_LOCATIONS) {
    if (files && !files.has(location)) continue;
    const read = await source.readFile(location).then(
      (bytes) => ({ bytes }),
      (error: unknown) => ({ error }),
    );
    if ('bytes' in read) {
      found.push({ file: location, text: read.bytes.toString('utf8') });
      continue;
    }
    const why = unreadableReason(read.error);
    if (why)
      unreadable.push({
        severity: 'warning',
        code: 'codeowners-unreadable',
        file: location,
        line: 0,
        message: `ignored: ${why}, so no team owns anything through this file; make it a regular file inside the repository`,
      });
  }
  const [chosen, ...shadowed] = found;
  if (!chosen) return { diagnostics: unreadable };
  const codeowners = parseCodeowners(chosen.file, chosen.text);
  const diagnostics: Diagnostic[] = [...unreadable, ...codeowners.diagnostics];
  for (const other of shadowed) {
    diagnostics.push({
      severity: 'info',
      code: 'codeowners-shadowed',
      file: other.file,
      line: 0,
      message: `ignored: ${chosen.file} takes precedence, as on GitHub`,
    });
  }
  return { codeowners, diagnostics };
}

/** Why a CODEOWNERS file that is there could not be read; undefined when it is simply absent. */
function unreadableReason(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
  const reasons: Record<string, string> = {
    [OUTSIDE_ROOT]: 'it is a symlink leading outside the repository root, which promptgraph never reads',
    ELOOP: 'it is a symlink loop',
    EISDIR: 'it is a folder',
    'not-a-file': 'it is not a regular file (a FIFO, a socket or a device)',
    EACCES: 'it cannot be read (permission denied)',
    EPERM: 'it cannot be read (operation not permitted)',
  };
  return reasons[code] ?? `it cannot be read (${code || (error as Error).message})`;
}
