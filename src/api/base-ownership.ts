import { createHash } from 'node:crypto';
import type { FileSource } from '../model/file-source.js';
import type { Diagnostic } from '../model/schema/common.js';
import { CODEOWNERS_LOCATIONS } from '../build/ownership/codeowners.js';

/**
 * The head's files, with CODEOWNERS read from the base: GitHub decides who must
 * review a pull request from the base branch's CODEOWNERS, so a change that
 * rewrites it to `* @attacker` cannot name its own reviewers. Every other file
 * is the head's.
 */
export function withBaseOwnership(head: FileSource, base: FileSource): FileSource {
  const ownership = new Set(CODEOWNERS_LOCATIONS);
  return {
    name: head.name,
    listFiles: () => head.listFiles(),
    ...(head.listFilesWithDiagnostics ? { listFilesWithDiagnostics: () => head.listFilesWithDiagnostics!() } : {}),
    readFile: (file) => (ownership.has(file) ? base.readFile(file) : head.readFile(file)),
    ...(head.fingerprint && base.fingerprint ? { fingerprint: () => bothFingerprints(head, base) } : {}),
  };
}

/** The head's state and the base's (whose CODEOWNERS it reads): a scan's result is reused only when neither moved. */
async function bothFingerprints(head: FileSource, base: FileSource): Promise<string | undefined> {
  const [ofHead, ofBase] = await Promise.all([head.fingerprint?.(), base.fingerprint?.()]);
  if (!ofHead || !ofBase) return undefined;
  return createHash('sha256').update(`head ${ofHead} with the ownership of base ${ofBase}`).digest('hex');
}

/** A warning on each CODEOWNERS file the change edits: its new rules do not apply to the change itself. */
export function changedOwnershipDiagnostics(changedFiles: readonly string[]): Diagnostic[] {
  return CODEOWNERS_LOCATIONS.filter((file) => changedFiles.includes(file)).map((file) => ({
    severity: 'warning',
    code: 'codeowners-changed',
    file,
    line: 1,
    message:
      "this change edits CODEOWNERS: ownership and approvals come from the base revision's file, as on GitHub, and the change needs the approval of that file's owners there; the new rules apply once it is merged",
  }));
}
