import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { computeImpact } from '../../src/query/impact/compute-impact.js';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { composedTexts } from '../../src/query/compose/composed-texts.js';
import { includeCycleFrom } from '../../src/query/compose/render/include-cycle-from.js';
import { MAX_BLOCK_DEPTH } from '../../src/build/adapters/shared/template-block-depth.js';

const FINDING = path.join(import.meta.dirname, '../fuzz/found/hang-24f0a14f13');
const read = (side: string, file: string) => readFileSync(path.join(FINDING, side, file));

describe('an include cycle never reaches a template engine', () => {
  it('finds the loop from a unit, in cycle order, and nothing where the tree is a tree', async () => {
    const graph = new PromptGraph(
      await scan(
        memoryFileSource('cycle', {
          'p/a.j2': "{% include 'c.j2' %}\n",
          'p/c.j2': "{% include 'b.j2' %}\n",
          'p/b.j2': "{% include 'a.j2' %}\n",
          'p/tree.j2': "{% include 'leaf.j2' %}\n",
          'p/leaf.j2': 'Leaf.\n',
        }),
      ),
    );
    expect(includeCycleFrom(graph, 'p/a.j2')).toEqual(['p/a.j2', 'p/c.j2', 'p/b.j2', 'p/a.j2']);
    expect(includeCycleFrom(graph, 'p/tree.j2')).toBeUndefined();
    const texts = composedTexts(graph);
    expect(texts.text('p/tree.j2')).toBe('Leaf.');
    texts.text('p/a.j2');
    expect(texts.diagnostics(['p/a.j2']).map((diagnostic) => diagnostic.message)).toEqual([
      'nunjucks could not render p/a.j2 (its includes loop: p/a.j2 → p/c.j2 → p/b.j2 → p/a.j2); its composed text is the concatenated source, includes in place',
    ]);
  });

  it('impact of a change breaking a Jinja include cycle finishes (fuzz finding hang-24f0a14f13, seed 1 input #6)', async () => {
    const files = (side: string) => ({
      'broken/cycle_a.j2': read(side, '0-cycle_a.j2.input'),
      'broken/cycle_b.j2': read(side, '1-cycle_b.j2.input'),
    });
    const base = await scan(memoryFileSource('base', files('base')));
    const head = await scan(memoryFileSource('head', files('head')));
    const started = performance.now();
    const result = computeImpact({
      base,
      head,
      changedFiles: ['broken/cycle_a.j2', 'broken/cycle_b.j2'],
      review: { approvedBy: [], evalsPassed: [] },
    });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.changed.map((change) => change.id)).toContain('broken/cycle_a.j2');
  });
});

describe('a template nested past the block limit is not handed to its engine', () => {
  const nested = (depth: number) => `${'{{#if a}}'.repeat(depth)}deep${'{{/if}}'.repeat(depth)}\n`;
  const composedAt = async (depth: number) => {
    const graph = new PromptGraph(
      await scan(
        memoryFileSource('deep', {
          'views/_deep.hbs': nested(depth),
          'views/page.hbs': '{{> _deep}}\nPage.\n',
        }),
      ),
    );
    return { graph, texts: composedTexts(graph) };
  };

  it(`renders at ${MAX_BLOCK_DEPTH} levels`, async () => {
    const { texts } = await composedAt(MAX_BLOCK_DEPTH);
    texts.text('views/page.hbs');
    expect(texts.diagnostics()).toEqual([]);
  });

  it(`past ${MAX_BLOCK_DEPTH} levels, and at 5,000, falls back at once with a render-failed info naming the line`, async () => {
    for (const depth of [MAX_BLOCK_DEPTH + 1, 5_000]) {
      const started = performance.now();
      const { texts } = await composedAt(depth);
      texts.text('views/page.hbs');
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(texts.diagnostics().map((diagnostic) => [diagnostic.file, diagnostic.message])).toEqual([
        [
          'views/_deep.hbs',
          `handlebars could not render views/_deep.hbs (its blocks nest more than ${MAX_BLOCK_DEPTH} deep (line 1 of the template)); its composed text is the concatenated source, includes in place`,
        ],
        [
          'views/page.hbs',
          `handlebars could not render views/page.hbs (views/_deep.hbs's blocks nest more than ${MAX_BLOCK_DEPTH} deep (line 1 of the template)); its composed text is the concatenated source, includes in place`,
        ],
      ]);
    }
  });
});
