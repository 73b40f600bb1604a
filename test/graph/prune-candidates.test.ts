import { describe, expect, it } from 'vitest';
import { keptUnitIds } from '../../src/graph/prune-candidates.js';
import type { ExtractedUnit } from '../../src/adapters/types.js';
import type { IndexedUnit } from '../../src/resolve/unit-index.js';
import type { GraphEdge } from '../../src/schema/scan-result.js';

const unit = (id: string, file: string, fields: Partial<ExtractedUnit> & Pick<ExtractedUnit, 'role'>): IndexedUnit => ({
  id, file, unitClass: fields.role === 'consumer' ? 'consumer' : 'text', unit: { range: { start: 1, end: 1 }, format: 'typescript', variables: [], ...fields },
});
// `const template = readFileSync('t.md')`: a candidate text including the file, and the loader standing in for it.
const readConstant = [
  unit('a.ts#template', 'a.ts', { role: 'text', symbol: 'template', candidate: true }),
  unit('consumer:a.ts#template', 'a.ts', { role: 'consumer', symbol: 'template', insteadOf: 'template' }),
  unit('t.md', 't.md', { role: 'text', candidate: true }),
];
const readEdges: GraphEdge[] = [
  { from: 'a.ts#template', to: 't.md', kind: 'includes' },
  { from: 'consumer:a.ts#template', to: 't.md', kind: 'consumes' },
];

describe('keptUnitIds', () => {
  it('keeps the loader in place of a read constant nothing reaches, and the file it loads', () => {
    expect([...keptUnitIds(readConstant, readEdges, [])].sort()).toEqual(['consumer:a.ts#template', 't.md']);
  });

  it('keeps the read constant, and not its loader, once a consumer sends it', () => {
    const units = [...readConstant, unit('consumer:a.ts#answer', 'a.ts', { role: 'consumer', symbol: 'answer' })];
    const edges: GraphEdge[] = [...readEdges, { from: 'consumer:a.ts#answer', to: 'a.ts#template', kind: 'consumes' }];
    expect([...keptUnitIds(units, edges, [])].sort()).toEqual(['a.ts#template', 'consumer:a.ts#answer', 't.md']);
  });
});
