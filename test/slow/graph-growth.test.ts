import { describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { composeText } from '../../src/query/compose/compose-text.js';
import { computeImpact } from '../../src/query/impact/compute-impact.js';
import { closureFiles } from '../../src/query/history/closure-files.js';
import { MAX_INCLUDE_DEPTH } from '../../src/query/compose/composition-limits.js';
import type { ScanResult } from '../../src/model/schema/scan-result.js';
import { cpuMs, expectLinearGrowth, UNLIMITED } from './growth.js';
import { templateShapes } from './shapes.js';

const chain = (n: number, bottom = 'Base text.') => ({
  ...templateShapes.jinjaIncludeChain(n),
  [`prompts/t${n - 1}.j2`]: `${bottom}\n`,
});
/** n prompts that each include one shared fragment. */
const fanIn = (n: number, shared = 'Be brief.') => ({
  'prompts/_shared.j2': `${shared}\n`,
  ...Object.fromEntries(
    Array.from({ length: n }, (_, index) => [`prompts/p${index}.j2`, `Prompt ${index}.\n{% include "_shared.j2" %}\n`]),
  ),
});
const scanOf = (files: Record<string, string>): Promise<ScanResult> =>
  scan(memoryFileSource('graph', files), { config: UNLIMITED });

/** The time of `measure` on inputs built for n and 4n (each built and scanned outside the measurement), checked for linear growth. */
async function growth<T>(label: string, n: number, build: (n: number) => Promise<T>, measure: (input: T) => unknown) {
  const sizes = [n, 4 * n];
  const inputs = await Promise.all(sizes.map(build));
  measure(inputs[0]!); // warm-up
  const times: number[] = [];
  for (const input of inputs)
    times.push(
      Math.min(...(await Promise.all([0, 1].map(() => cpuMs(async () => measure(input))))).map((run) => run.ms)),
    );
  expectLinearGrowth(label, { n, ms: times[0]! }, { n: 4 * n, ms: times[1]! });
  return inputs[1]!;
}

describe('graph walks grow linearly', () => {
  it('composes the top of a 5,000-link include chain in linear time', async () => {
    const graph = await growth(
      'compose a chain',
      1_250,
      async (n) => new PromptGraph(await scanOf(chain(n))),
      (graph) => composeText(graph, 'prompts/t0.j2'),
    );
    const composed = composeText(graph, 'prompts/t0.j2');
    expect(composed.startsWith('Step 0.\nStep 1.\n')).toBe(true);
    // Composition follows MAX_INCLUDE_DEPTH levels (src/query/compose/composition-limits.ts), then keeps the include.
    expect(composed).toContain(`Step ${MAX_INCLUDE_DEPTH}.\n{% include "t${MAX_INCLUDE_DEPTH + 1}.j2" %}`);
    expect(composed).not.toContain('Base text.');
  });

  it('finds the include closure of the top of a 5,000-link chain in linear time', async () => {
    const graph = await growth(
      'closure of a chain',
      1_250,
      async (n) => new PromptGraph(await scanOf(chain(n))),
      (graph) => closureFiles(graph, 'prompts/t0.j2'),
    );
    expect(closureFiles(graph, 'prompts/t0.j2')).toHaveLength(5_000);
  });

  it('an edit to the top of a 5,000-link chain is assessed in linear time', async () => {
    const input = await growth(
      'impact at the top of a chain',
      1_250,
      async (n) => ({
        base: await scanOf(chain(n)),
        head: await scanOf({ ...chain(n), 'prompts/t0.j2': 'Step zero.\n{% include "t1.j2" %}\n' }),
      }),
      ({ base, head }) => computeImpact({ base, head, changedFiles: ['prompts/t0.j2'] }),
    );
    const result = computeImpact({ ...input, changedFiles: ['prompts/t0.j2'] });
    expect(result.changed.map((node) => node.id)).toEqual(['prompts/t0.j2']);
    // Its tree is 4,999 levels deep: not rendered, said so (issue 14: nunjucks overflowed past about 285).
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.file])).toContainEqual([
      'include-too-deep',
      'prompts/t0.j2',
    ]);
  });

  it('an edit to a fragment 5,000 prompts include is assessed in linear time', async () => {
    const input = await growth(
      'impact of a shared fragment',
      1_250,
      async (n) => ({ base: await scanOf(fanIn(n)), head: await scanOf(fanIn(n, 'Be very brief.')) }),
      ({ base, head }) => computeImpact({ base, head, changedFiles: ['prompts/_shared.j2'] }),
    );
    const result = computeImpact({ ...input, changedFiles: ['prompts/_shared.j2'] });
    expect(result.affected).toHaveLength(5_000);
  });
});
