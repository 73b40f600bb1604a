import type { Diagnostic } from '../model/schema/common.js';
import type { GitRevisionSource } from '../git/git-revision-source.js';

/**
 * A warning on each changed path that is a submodule at the base or the head:
 * its content is another repository's, which no scan reads, so a bump may
 * change prompts the change's risk cannot see. Said as a change of unknown
 * content rather than passed over as nothing.
 */
export async function submoduleChanges(
  changedFiles: readonly string[],
  revisions: readonly (GitRevisionSource | undefined)[],
): Promise<Diagnostic[]> {
  const submodules = new Set<string>();
  for (const revision of revisions) for (const file of (await revision?.submodules()) ?? []) submodules.add(file);
  return changedFiles
    .filter((file) => submodules.has(file))
    .map((file) => ({
      severity: 'warning',
      code: 'submodule-changed',
      file,
      line: 1,
      message:
        "this change moves a submodule: its content is another repository's, which promptgraph does not scan, so what changed in it (prompts included) is unknown; review the submodule's own diff",
    }));
}
