import { runGit } from './run-git.js';

/** One entry of `git diff-tree --raw`: how a path differs between two trees. */
export interface TreeChange {
  /** `A` added, `D` deleted, `M` modified, `T` type changed, `R` renamed (with its score dropped), `C` copied. */
  status: 'A' | 'C' | 'D' | 'M' | 'R' | 'T';
  /** The path before; for `A`, the same as `path`. */
  from: string;
  /** The path after; for `D`, the same as `from`. */
  path: string;
  oldMode: string;
  newMode: string;
  /** All zeros when the path does not exist on that side. */
  oldObject: string;
  newObject: string;
}

/**
 * Parses `git diff-tree -r -z --raw` output: `:<old mode> <new mode> <old id> <new id> <status>`
 * then one path, or two for a rename or a copy, each NUL-terminated, so a path
 * holding a newline or a tab is read exactly.
 */
export function parseTreeChanges(output: Buffer): TreeChange[] {
  const fields = output.toString('utf8').split('\0');
  const changes: TreeChange[] = [];
  for (let index = 0; index < fields.length; ) {
    const header = fields[index++]!;
    if (!header.startsWith(':')) continue;
    const [oldMode, newMode, oldObject, newObject, score] = header.slice(1).split(' ') as [
      string,
      string,
      string,
      string,
      string,
    ];
    const status = score[0] as TreeChange['status'];
    const from = fields[index++]!;
    const path = status === 'R' || status === 'C' ? fields[index++]! : from;
    changes.push({ status, from, path, oldMode, newMode, oldObject, newObject });
  }
  return changes;
}

/**
 * Every path that differs between the trees of two commits below `cwd` (paths
 * relative to it), a rename listed as the deletion and the addition it is. What a
 * revision scan carried from `from` to `to` must look at again.
 */
export async function treeChanges(cwd: string, from: string, to: string): Promise<TreeChange[]> {
  return parseTreeChanges(
    await runGit(cwd, [
      'diff-tree',
      '-r',
      '-z',
      '--raw',
      // A rename is a deletion and an addition to a scan; finding renames would cost a content comparison.
      '--no-renames',
      '--relative',
      '--no-ext-diff',
      '--no-color',
      '--end-of-options',
      from,
      to,
    ]),
  );
}
