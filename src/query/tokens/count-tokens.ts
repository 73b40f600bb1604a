import { createHash } from 'node:crypto';
import { lazyRequire } from '../../model/lazy-require.js';
import type { Tokenizer } from '../../model/schema/token-count.js';

type Counter = (text: string, options?: { disallowedSpecial: Set<string> }) => number;

// Each tokenizer loads its rank table on first use (a second or more): a command that counts nothing never pays.
const MODULES: Record<Tokenizer, () => { countTokens: Counter }> = {
  o200k_base: lazyRequire('gpt-tokenizer/encoding/o200k_base'),
  cl100k_base: lazyRequire('gpt-tokenizer/encoding/cl100k_base'),
  claude: lazyRequire('@anthropic-ai/tokenizer'),
};

/**
 * gpt-tokenizer throws on a special token's spelling (`<|im_start|>`) unless told otherwise, and
 * prompts that template chat formats by hand write them: counted as the plain text they are.
 */
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

/**
 * Byte-pair encoding merges within a pre-token, in time quadratic in its length: a
 * 100,000-character line of one letter (a word as the pre-tokenizer sees it) took
 * 9 s of CPU to count (fuzz seed 1, input #136), and a 400,000-character line of
 * tabs (whitespace is a pre-token too, #1147) 88 s. A run of non-space characters,
 * or of spaces, longer than this is counted in slices of this length: exact for
 * prose, whose words and gaps are far shorter, and within a token or so per slice
 * for such a run.
 */
const MAX_RUN = 256;
const LONG_RUN = new RegExp(`(\\S{${MAX_RUN + 1},}|\\s{${MAX_RUN + 1},})`);
const slices = (run: string): string[] =>
  Array.from({ length: Math.ceil(run.length / MAX_RUN) }, (_, index) =>
    run.slice(index * MAX_RUN, (index + 1) * MAX_RUN),
  );

/** Counts already made, by tokenizer and text: base and head of an unchanged prompt are counted once. */
const known = new Map<string, number>();
const MAX_KNOWN = 20_000;

/** Tokens of `text` under `tokenizer`, offline (every rank table ships in its package). */
export function countTokens(text: string, tokenizer: Tokenizer): number {
  const key = `${tokenizer}\0${createHash('sha1').update(text).digest('hex')}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const counter = MODULES[tokenizer]();
  // Split around runs of non-space or of space longer than MAX_RUN; each run is counted in MAX_RUN slices.
  const count = text
    .split(LONG_RUN)
    .reduce(
      (sum, piece, index) =>
        sum +
        (index % 2 === 0
          ? piece
            ? counter.countTokens(piece, PLAIN_TEXT)
            : 0
          : slices(piece).reduce((total, slice) => total + counter.countTokens(slice, PLAIN_TEXT), 0)),
      0,
    );
  if (known.size >= MAX_KNOWN) known.delete(known.keys().next().value!);
  known.set(key, count);
  return count;
}

/** The counts this process knows, by `tokenizer\0sha1(text)`: what a persistent store keeps for the next process. */
export function knownTokenCounts(): ReadonlyMap<string, number> {
  return known;
}

/** Counts a persistent store kept from earlier processes (keys as `knownTokenCounts` gives them): a warm run then loads no rank table. */
export function seedTokenCounts(entries: Iterable<readonly [string, number]>): void {
  for (const [key, count] of entries) if (known.size < MAX_KNOWN && !known.has(key)) known.set(key, count);
}
