import { createHash } from 'node:crypto';
import type { LineRange } from '../../model/schema/common.js';

/** A short content hash of the given lines: equal hashes mean the node's source is unchanged, wherever it moved. */
export function hashLines(lines: readonly string[], range: LineRange): string {
  return createHash('sha1')
    .update(lines.slice(range.start - 1, range.end).join('\n'))
    .digest('hex')
    .slice(0, 16);
}
