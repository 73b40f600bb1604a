import fc from 'fast-check';

/**
 * A seeded random source. Every input is made from `inputRandom(seed, index)`,
 * so one input is reproduced from the run's seed and its index alone, whatever
 * ran before it.
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32: tiny, fast, and good enough to pick mutations.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random = {
    next,
    int: (below) => Math.floor(next() * below),
    between: (low, high) => low + Math.floor(next() * (high - low + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    /** A size skewed towards small values: most draws are small, a few reach `max`. */
    skewed: (max) => Math.max(1, Math.floor(next() ** 4 * max)),
    /** Picks an entry of `[weight, value]` pairs. */
    weighted: (entries) => {
      const total = entries.reduce((sum, [weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [weight, value] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return entries[entries.length - 1][1];
    },
    /** One value of a fast-check arbitrary, drawn from this source's sequence. */
    sample: (arbitrary) => fc.sample(arbitrary, { seed: random.int(2 ** 31), numRuns: 1 })[0],
  };
  return random;
}

export const inputRandom = (seed, index) =>
  createRandom(Math.imul(seed ^ 0x9e3779b9, 2654435761) ^ Math.imul(index + 1, 40503));
