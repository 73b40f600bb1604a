import { describe, expect, it } from 'vitest';
import { findChangedNodes } from '../../src/query/impact/find-changed-nodes.js';
import { impactGraphs } from '../../src/query/impact/impact-graphs.js';
import { consumerNode, scanOf, textNode } from './hand-built.js';

describe('findChangedNodes', () => {
  it('changes only the node whose source lines changed, among many in one file', () => {
    const base = scanOf([textNode('p.ts#A', 'alpha'), textNode('p.ts#B', 'beta'), textNode('p.ts#C', 'gamma')]);
    const head = scanOf([textNode('p.ts#A', 'alpha'), textNode('p.ts#B', 'beta, edited'), textNode('p.ts#C', 'gamma')]);
    expect(findChangedNodes(impactGraphs({ base, head }), ['p.ts'])).toEqual([{ id: 'p.ts#B', status: 'modified' }]);
  });

  it('changes nothing when the file changed outside every node', () => {
    const base = scanOf([textNode('p.ts#A', 'alpha')]);
    const head = scanOf([textNode('p.ts#A', 'alpha', { range: { start: 5, end: 5 } })]);
    expect(findChangedNodes(impactGraphs({ base, head }), ['p.ts'])).toEqual([]);
  });

  it('ignores nodes in files the change did not touch', () => {
    const base = scanOf([textNode('a.txt', 'one', { hash: 'h1' })]);
    const head = scanOf([textNode('a.txt', 'one', { hash: 'h2' })]);
    expect(findChangedNodes(impactGraphs({ base, head }), ['b.txt'])).toEqual([]);
  });

  it("counts a node outside the changed files whose own text changed: a subclass's view of an ancestor's method", () => {
    const base = scanOf([textNode('billing.py#Billing.run.system', 'Be brief.')]);
    const head = scanOf([textNode('billing.py#Billing.run.system', 'Be brief and kind.')]);
    expect(findChangedNodes(impactGraphs({ base, head }), ['base.py'])).toEqual([
      { id: 'billing.py#Billing.run.system', status: 'modified' },
    ]);
  });

  it('reports added and removed nodes, consumers included', () => {
    const base = scanOf([textNode('p.ts#OLD', 'old'), consumerNode('consumer:p.ts#run')]);
    const head = scanOf([textNode('p.ts#NEW', 'new')]);
    expect(findChangedNodes(impactGraphs({ base, head }), ['p.ts'])).toEqual([
      { id: 'consumer:p.ts#run', status: 'removed' },
      { id: 'p.ts#NEW', status: 'added' },
      { id: 'p.ts#OLD', status: 'removed' },
    ]);
  });

  it('matches the nodes of a renamed file by symbol instead of removing and adding them', () => {
    const base = scanOf([textNode('old/p.ts#A', 'alpha')]);
    const head = scanOf([textNode('new/p.ts#A', 'alpha')]);
    expect(
      findChangedNodes(impactGraphs({ base, head }), ['new/p.ts', 'old/p.ts'], [{ from: 'old/p.ts', to: 'new/p.ts' }]),
    ).toEqual([{ id: 'new/p.ts#A', status: 'renamed', baseId: 'old/p.ts#A' }]);
  });

  it('without a base, lists every node of the given files', () => {
    const head = scanOf([textNode('p.ts#A', 'alpha'), textNode('q.ts#B', 'beta')]);
    expect(findChangedNodes(impactGraphs({ head }), ['p.ts'])).toEqual([{ id: 'p.ts#A', status: 'listed' }]);
  });
});

describe('findChangedNodes moves', () => {
  it('pairs a node removed from one file and added unchanged in another as a rename git did not see', () => {
    const base = scanOf([textNode('a.prompt', 'Hello.')]);
    const head = scanOf([textNode('b.prompt', 'Hello.')]);
    expect(findChangedNodes(impactGraphs({ base, head }), ['a.prompt', 'b.prompt'])).toEqual([
      { id: 'b.prompt', status: 'renamed', baseId: 'a.prompt' },
    ]);
  });
});
