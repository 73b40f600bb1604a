import type { Target } from '../../model/extraction.js';
import { compareText } from '../../model/compare-text.js';

type FileTarget = Extract<Target, { type: 'file' }>;

export interface FileMatch {
  /** The file the target means, if any. */
  file?: string;
  /** Every file a `search` found, when more than one: the loader registers one name for all of them. */
  rivals?: string[];
}

/**
 * The file a `file` target means: its first existing candidate, else the first
 * file its `search` finds (shallowest, then by path, so the choice is stable).
 * The one place candidates meet the file list: extraction and resolution agree.
 */
export function matchFileTarget(target: FileTarget, files: ReadonlySet<string>): FileMatch {
  const candidate = target.candidates.find((path) => files.has(path));
  const found = target.search ? searchFiles(files, target.search.under, target.search.fileName) : [];
  const file = candidate ?? found[0];
  return { ...(file ? { file } : {}), ...(found.length > 1 ? { rivals: found } : {}) };
}

const byName = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

/** Files named `fileName` under the folder `under`, shallowest first, then by path. */
function searchFiles(files: ReadonlySet<string>, under: string, fileName: string): string[] {
  let index = byName.get(files);
  if (!index) {
    index = new Map();
    for (const path of files) {
      const name = path.slice(path.lastIndexOf('/') + 1);
      const named = index.get(name);
      if (named) named.push(path);
      else index.set(name, [path]);
    }
    for (const paths of index.values())
      paths.sort((left, right) => depth(left) - depth(right) || compareText(left, right));
    byName.set(files, index);
  }
  return (index.get(fileName) ?? []).filter((path) => !under || path.startsWith(`${under}/`));
}

const depth = (path: string): number => path.split('/').length;
