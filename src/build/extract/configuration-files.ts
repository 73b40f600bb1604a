import type { Extraction } from '../../model/extraction.js';
import { filesMatching } from '../resolve/files-matching.js';

/**
 * The files code names as configuration (`files` targets marked `configuration`)
 * that no adapter has read yet: each target's first pattern matching any file,
 * as the resolver will match it.
 */
export function configurationFiles(byPath: ReadonlyMap<string, Extraction>, listed: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  for (const extraction of byPath.values()) {
    for (const reference of extraction.references) {
      const target = reference.target;
      if (target.type !== 'files' || !target.configuration) continue;
      const key = target.patterns.join('\0');
      if (seen.has(key)) continue;
      seen.add(key);
      const matched = target.patterns.map((pattern) => filesMatching(listed, pattern)).find((files) => files.length);
      for (const path of matched ?? []) if (!byPath.has(path)) found.add(path);
    }
  }
  return found;
}
