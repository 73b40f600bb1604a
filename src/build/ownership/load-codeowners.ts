import type { Diagnostic } from '../../model/schema/common.js';
import type { FileSource } from '../../model/file-source.js';
import { CODEOWNERS_LOCATIONS, parseCodeowners, type Codeowners } from './codeowners.js';

/**
 * The CODEOWNERS file GitHub would use: the first of its locations that exists.
 * `files` narrows the search to listed paths when given; without it every location
 * is tried on the source, so a config `include` that leaves CODEOWNERS out of the
 * scan does not lose ownership. Files at later locations are reported as shadowed.
 */
export async function loadCodeowners(
  source: FileSource,
  files?: ReadonlySet<string>,
): Promise<{ codeowners?: Codeowners; diagnostics: Diagnostic[] }> {
  const found: { file: string; text: string }[] = [];
  for (const location of CODEOWNERS_LOCATIONS) {
    if (files && !files.has(location)) continue;
    const bytes = await source.readFile(location).catch(() => undefined);
    if (bytes) found.push({ file: location, text: bytes.toString('utf8') });
  }
  const [chosen, ...shadowed] = found;
  if (!chosen) return { diagnostics: [] };
  const codeowners = parseCodeowners(chosen.file, chosen.text);
  const diagnostics: Diagnostic[] = [...codeowners.diagnostics];
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
