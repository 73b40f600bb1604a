import { describe, expect, it } from 'vitest';
import { keptUnitIds } from '../../src/build/graph/prune-candidates.js';
import type { ExtractedUnit } from '../../src/model/extraction.js';
import type { IndexedUnit } from '../../src/build/resolve/unit-index.js';
import type { GraphEdge } from '../../src/model/schema/scan-result.js';

const unit = (id: string, file: string, fields: Partial<ExtractedUnit> & Pick<ExtractedUnit, 'role'>): IndexedUnit => ({
  id,
  file,
  unitClass: fields.role === 'consumer' ? 'consumer' : 'text',
  unit: { range: { start: 1, end: 1 }, format: 'typescript', variables: [], ...fields },
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

  // `export const TRIAGE = section('Task', TASK)`, `const GREETING = draft('spring')` where draft returns a model call.
  const call = (id: string, text: string) =>
    unit(id, 'p.ts', { role: 'text', symbol: id.slice(5), candidate: true, throughCall: true, text });
  const sender = unit('consumer:p.ts#send', 'p.ts', { role: 'consumer', symbol: 'send', candidate: true });

  it('keeps the result of a call that resolved to a text function, with what it passes, once consumed', () => {
    const units = [
      call('p.ts#TRIAGE', "${section('Task', TASK)}"),
      unit('s.ts#section', 's.ts', { role: 'text', symbol: 'section', candidate: true }),
      unit('p.ts#TASK', 'p.ts', { role: 'text', symbol: 'TASK', candidate: true }),
      sender,
    ];
    const edges: GraphEdge[] = [
      { from: 'p.ts#TRIAGE', to: 's.ts#section', kind: 'includes', placeholder: "${section('Task', TASK)}" },
      { from: 'p.ts#TRIAGE', to: 'p.ts#TASK', kind: 'includes', placeholder: '${TASK}' },
      { from: 'consumer:p.ts#send', to: 'p.ts#TRIAGE', kind: 'consumes' },
    ];
    expect([...keptUnitIds(units, edges, [])].sort()).toEqual([
      'consumer:p.ts#send',
      'p.ts#TASK',
      'p.ts#TRIAGE',
      's.ts#section',
    ]);
  });

  it('drops the result of a call that resolved to nothing, or only to another such result, and a consumer sending only it', () => {
    const units = [
      call('p.ts#GREETING', "${draft('spring')}"),
      call('p.ts#draft', '${generateText({ prompt })}'),
      unit('p.ts#RULES', 'p.ts', { role: 'text', symbol: 'RULES', candidate: true }),
      sender,
    ];
    const edges: GraphEdge[] = [
      { from: 'p.ts#GREETING', to: 'p.ts#draft', kind: 'includes', placeholder: "${draft('spring')}" },
      // A bound argument is no call of the unit's own: it does not make the result text.
      { from: 'p.ts#GREETING', to: 'p.ts#RULES', kind: 'includes', placeholder: '${RULES}' },
      { from: 'consumer:p.ts#send', to: 'p.ts#GREETING', kind: 'consumes' },
    ];
    expect([...keptUnitIds(units, edges, [])].sort()).toEqual([]);
  });
});
