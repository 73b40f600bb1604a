import { createHash } from 'node:crypto';
import path from 'node:path';
import { dependencyVersions } from '../build/cache/dependency-versions.js';
import { diskEntries } from '../build/cache/disk-entries.js';
import { knownTokenCounts, seedTokenCounts } from '../query/tokens/count-tokens.js';

/**
 * Runs `count` with the token counts of earlier processes known, and keeps what it adds, in the
 * persistent cache's `token-counts` folder (one checked entry per tokenizer version, written
 * atomically). Loading a rank table costs more than a warm scan (about a second for o200k_base):
 * a run that counts only texts counted before loads none. Without a folder it only runs `count`.
 */
export async function withRememberedTokenCounts<T>(cacheDir: string | undefined, count: () => T): Promise<T> {
  if (!cacheDir) return count();
  const entries = diskEntries(path.join(cacheDir, 'token-counts'));
  // The tokenizers' versions decide the counts, so they name the entry.
  const key = createHash('sha256').update(`token counts 1\0${dependencyVersions()}`).digest('hex');
  const read = await entries.read(key);
  if (read.status === 'hit') seedTokenCounts(countsIn(read.body));
  const before = knownTokenCounts().size;
  const result = count();
  const known = knownTokenCounts();
  if (known.size !== before || read.status !== 'hit') await entries.write(key, JSON.stringify([...known]));
  return result;
}

/** The `[key, count]` pairs of an entry; anything else in it (an entry of another shape) is ignored. */
function countsIn(body: string): [string, number][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (pair): pair is [string, number] =>
      Array.isArray(pair) && typeof pair[0] === 'string' && Number.isInteger(pair[1]) && pair[1] >= 0,
  );
}
