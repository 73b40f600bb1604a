import { describe, expect, it } from 'vitest';
import { scanGrowsLinearly, timedScan } from './growth.js';
import { typescriptShapes as shapes } from './shapes.js';

const ids = (result: { nodes: { id: string }[] }) => result.nodes.map((node) => node.id);
const codes = (result: { diagnostics: { code: string }[] }) => result.diagnostics.map((diagnostic) => diagnostic.code);

describe('TypeScript: each walk over the syntax tree grows linearly', () => {
  it('reads a 200-link method chain, and a chain grows linearly (callee names)', async () => {
    const chain = await timedScan(shapes.methodChain, 200, 1);
    expect(ids(chain.result)).toContain('src/chain.ts#SYSTEM_PROMPT');
    await scanGrowsLinearly('ts method chain', shapes.methodChain, 800);
  });

  it('a method chain inside a consumer grows linearly', async () => {
    const result = await scanGrowsLinearly('ts method chain in a consumer', shapes.methodChainInConsumer, 800);
    expect(ids(result)).toContain('consumer:src/chain.ts#run');
  });

  it('a property chain grows linearly (environment reads ask every link)', async () => {
    await scanGrowsLinearly('ts property chain', shapes.propertyChain, 2_000);
  });

  it('10,000 nested parentheses are a parse-error warning, in time linear in the depth', async () => {
    const result = await scanGrowsLinearly('ts nested parentheses', shapes.nestedParentheses, 2_500);
    expect(codes(result)).toContain('parse-error');
  });

  it('a 5,000-link include chain in one file grows linearly', async () => {
    const result = await scanGrowsLinearly('ts include chain', shapes.includeChain, 1_250);
    expect(ids(result)).toContain('src/chain.ts#PROMPT_4999');
  });

  it('a 5,000-module import chain grows linearly', async () => {
    const result = await scanGrowsLinearly('ts import chain', shapes.importChain, 1_250);
    expect(ids(result)).toContain('src/p4999.ts#PROMPT_4999');
  });

  it('modules importing one barrel grow linearly (export * lookups)', async () => {
    const result = await scanGrowsLinearly('ts barrel', shapes.barrel, 250, 8);
    expect(ids(result)).toContain('src/m1999.ts#PROMPT_1999');
  });

  it('a 100,000-line file grows linearly', async () => {
    const result = await scanGrowsLinearly('ts 100,000-line file', shapes.longFile, 25_000);
    expect(ids(result)).toContain('src/long.ts#PROMPT_99950');
  });

  it('a huge object literal, a long template literal and deep JSX grow linearly', async () => {
    const object = await scanGrowsLinearly('ts object literal', shapes.objectLiteral, 5_000);
    expect(ids(object)).toContain('src/object.ts#PROMPTS.k19999');
    const template = await scanGrowsLinearly('ts template literal', shapes.templateLiteral, 10_000);
    expect(ids(template)).toContain('src/template.ts#SYSTEM_PROMPT');
    await scanGrowsLinearly('ts deep JSX', shapes.deepJsx, 250);
  });
});
