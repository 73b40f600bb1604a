import { describe, expect, it } from 'vitest';
import { scanGrowsLinearly } from './growth.js';
import { pythonShapes as shapes } from './shapes.js';

const ids = (result: { nodes: { id: string }[] }) => result.nodes.map((node) => node.id);

describe('Python: each walk over the syntax tree grows linearly', () => {
  it('a method chain and an attribute chain grow linearly', async () => {
    const chain = await scanGrowsLinearly('py method chain', shapes.methodChain, 800);
    expect(ids(chain)).toContain('app/chain.py#SYSTEM_PROMPT');
    await scanGrowsLinearly('py attribute chain', shapes.attributeChain, 2_000);
  });

  it('10,000 nested parentheses are read, in time linear in the depth', async () => {
    const result = await scanGrowsLinearly('py nested parentheses', shapes.nestedParentheses, 2_500);
    expect(ids(result)).toContain('app/parens.py#SYSTEM_PROMPT');
  });

  it('a 5,000-link include chain in one module and across modules grows linearly', async () => {
    const inModule = await scanGrowsLinearly('py include chain', shapes.includeChain, 1_250);
    expect(ids(inModule)).toContain('app/chain.py#PROMPT_4999');
    const acrossModules = await scanGrowsLinearly('py import chain', shapes.importChain, 1_250);
    expect(ids(acrossModules)).toContain('app/p4999.py#PROMPT_4999');
  });

  it('a 100,000-line module and a huge dictionary grow linearly', async () => {
    const long = await scanGrowsLinearly('py 100,000-line module', shapes.longFile, 25_000);
    expect(ids(long)).toContain('app/long.py#PROMPT_99950');
    const dictionary = await scanGrowsLinearly('py dictionary', shapes.dictionary, 5_000);
    expect(ids(dictionary)).toContain('app/prompts.py#PROMPTS.k19999');
  });

  it('a 400,000-token error line followed by 4,000 settings reads grows linearly', async () => {
    const result = await scanGrowsLinearly('py wide error line', shapes.wideErrorLine, 1_000);
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toContain('parse-error');
  });
});
