import { escapesRoot } from '../../model/repo-path.js';

/** Repository files a path pattern matches, sorted: `*` is any name within one folder, a leading double star and slash any folders. */
export function filesMatching(files: ReadonlySet<string>, pattern: string): string[] {
  if (escapesRoot(pattern)) return [];
  const expression = new RegExp(
    `^${pattern
      .replace(/^\*\*\//, '\0')
      .split('*')
      .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')
      .replace('\0', '(?:.*/)?')}$`,
  );
  return [...files].filter((file) => expression.test(file)).sort();
}
