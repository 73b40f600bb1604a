import { describe, expect, it } from 'vitest';
import { scanGrowsLinearly } from './growth.js';
import { templateShapes as shapes } from './shapes.js';

const edges = (result: { edges: { kind: string }[] }, kind: string) =>
  result.edges.filter((edge) => edge.kind === kind).length;

describe('templates: each pass over the text and each include chain grows linearly', () => {
  it('5,000-file Jinja, Handlebars and Dotprompt include chains grow linearly', async () => {
    const jinja = await scanGrowsLinearly('jinja include chain', shapes.jinjaIncludeChain, 1_250);
    expect(edges(jinja, 'includes')).toBe(4_999);
    const handlebars = await scanGrowsLinearly('handlebars partial chain', shapes.handlebarsPartialChain, 1_250);
    expect(edges(handlebars, 'includes')).toBe(4_999);
    const dotprompt = await scanGrowsLinearly('dotprompt partial chain', shapes.dotpromptPartialChain, 1_250);
    expect(edges(dotprompt, 'includes')).toBe(4_999);
  });

  it('long Jinja (with slices), Handlebars and Prompty texts grow linearly', async () => {
    await scanGrowsLinearly('jinja long', shapes.jinjaLong, 25_000);
    await scanGrowsLinearly('jinja slices', shapes.jinjaSlices, 2_000);
    await scanGrowsLinearly('handlebars long', shapes.handlebarsLong, 25_000);
    // From 1,000 lines (1 MB): below it the time is mostly JIT and GC warm-up, and n=250 → 1,000 once read ×19 (27 → 513 ms)
    // while 1,000 → 8,000 grows ×5.3 (554 → 2,919 ms).
    await scanGrowsLinearly('prompty long', shapes.promptyLong, 1_000);
  });

  it('long POML (expressions, loops), PromptL (comments) and .prompt.md texts grow linearly', async () => {
    await scanGrowsLinearly('poml long', shapes.pomlLong, 2_000);
    await scanGrowsLinearly('poml loops', shapes.pomlLoops, 1_000);
    await scanGrowsLinearly('promptl long', shapes.promptlLong, 2_000);
    await scanGrowsLinearly('prompt.md long', shapes.promptMarkdownLong, 5_000);
  });
});
