import { describe, expect, it } from 'vitest';
import { seededRandom, syntheticScan } from './synthetic-scan.js';

// Runs without a browser: the scale test's input must exist before Chromium matters.
describe('syntheticScan', () => {
  it('reaches 5,000 nodes and exactly 15,000 distinct edges', () => {
    const scan = syntheticScan(5000, 15000);
    expect(scan.nodes).toHaveLength(5000);
    expect(scan.edges).toHaveLength(15000);
    expect(new Set(scan.edges.map((edge) => `${edge.from}>${edge.to}>${edge.kind}`)).size).toBe(15000);
    const ids = new Set(scan.nodes.map((node) => node.id));
    expect(scan.edges.every((edge) => ids.has(edge.from) && ids.has(edge.to) && edge.from !== edge.to)).toBe(true);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(syntheticScan(600, 1500))).toBe(JSON.stringify(syntheticScan(600, 1500)));
  });

  it('throws instead of spinning when the target cannot be reached', () => {
    expect(() => syntheticScan(20, 10_000)).toThrow(/stuck at \d+ of 10000 edges/);
  });

  it('draws from a generator that does not cycle early', () => {
    const random = seededRandom(42);
    const seen = new Set<number>();
    for (let draw = 0; draw < 100_000; draw++) seen.add(random());
    expect(seen.size).toBeGreaterThan(99_000);
  });
});
