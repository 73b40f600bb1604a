import type { Diagnostic } from '../schema/common.js';
import type { FileSource } from '../scan/file-source.js';
import { CODEOWNERS_LOCATIONS, parseCodeowners, type Codeowners } from './codeowners.js';

/** The CODEOWNERS file GitHub would use (the first of its locations that exists). */
export async function loadCodeowners(source: FileSource, files: ReadonlySet<string>): Promise<{ codeowners?: Codeowners; diagnostics: Diagnostic[] }> {
  const file = CODEOWNERS_LOCATIONS.find((location) => files.has(location));
  if (!file) return { diagnostics: [] };
  const text = (await source.readFile(file)).toString('utf8');
  const codeowners = parseCodeowners(file, text);
  const diagnostics: Diagnostic[] = [];
  const ignored = CODEOWNERS_LOCATIONS.filter((location) => location !== file && files.has(location));
  for (const other of ignored) diagnostics.push({ severity: 'info', code: 'codeowners-shadowed', file: other, line: 0, message: `ignored: ${file} takes precedence, as on GitHub` });
  return { codeowners, diagnostics };
}
