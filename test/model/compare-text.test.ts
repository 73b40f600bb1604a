import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/scan-fixture.js';
import { compareText } from '../../src/model/compare-text.js';
import { findIncludeCycles } from '../../src/build/graph/find-include-cycles.js';
import { sortEdges } from '../../src/model/sort-result.js';
import type { GraphEdge } from '../../src/model/schema/scan-result.js';

// Every locale's collation puts `agent` before `Billing` and `é` beside `e`; code-unit order does not.
// Each expectation below fails for a sort through `localeCompare`, whatever the machine's locale.
const include = (from: string, to: string): GraphEdge => ({ from, to, kind: 'includes' }) as GraphEdge;

describe('ordering that never depends on the locale', () => {
  it('orders by code unit, as sort() without a comparator does', () => {
    const names = ['agent.md', 'Billing.md', 'éclair.md', 'zeta.md', 'Agent.md'];
    expect([...names].sort(compareText)).toEqual(['Agent.md', 'Billing.md', 'agent.md', 'zeta.md', 'éclair.md']);
    expect([...names].sort(compareText)).toEqual([...names].sort());
    expect(compareText('same', 'same')).toBe(0);
  });

  it('lists include cycles by their first member in code-unit order', () => {
    const cycles = findIncludeCycles([
      include('prompts/a.md', 'prompts/b.md'),
      include('prompts/b.md', 'prompts/a.md'),
      include('prompts/Z.md', 'prompts/Y.md'),
      include('prompts/Y.md', 'prompts/Z.md'),
    ]);
    expect(cycles.map((loop) => loop.members)).toEqual([
      ['prompts/Y.md', 'prompts/Z.md'],
      ['prompts/a.md', 'prompts/b.md'],
    ]);
  });

  it('sorts edges of a result by code unit', () => {
    const edges = [include('src/agent.ts#b', 'x.md'), include('src/agent.ts#B', 'x.md')];
    expect(sortEdges(edges).map((edge) => edge.from)).toEqual(['src/agent.ts#B', 'src/agent.ts#b']);
  });

  it('is the only way src compares strings for order: no localeCompare call anywhere in src', async () => {
    const files = await fg('src/**/*.ts', { cwd: REPO_ROOT });
    const calls = files.filter((file) => /\.localeCompare\(/.test(readFileSync(path.join(REPO_ROOT, file), 'utf8')));
    expect(calls).toEqual([]);
  });
});
