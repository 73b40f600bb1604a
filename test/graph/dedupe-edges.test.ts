import { describe, expect, it } from 'vitest';
import { dedupeEdges } from '../../src/build/graph/dedupe-edges.js';

describe('dedupeEdges', () => {
  it('keeps one edge per from, to and kind, at the earliest line, moving if any merged reference is', () => {
    expect(
      dedupeEdges([
        { from: 'a', to: 'remote:x', kind: 'consumes', line: 9, moving: true },
        { from: 'a', to: 'remote:x', kind: 'consumes', line: 3, moving: false },
      ]),
    ).toEqual([{ from: 'a', to: 'remote:x', kind: 'consumes', line: 3, moving: true }]);
  });

  it("takes the moving reference's label, not the pinned one's version, when a unit refers twice to one registry prompt", () => {
    expect(
      dedupeEdges([
        { from: 'a', to: 'remote:x', kind: 'consumes', line: 9, moving: true, label: 'staging' },
        { from: 'a', to: 'remote:x', kind: 'consumes', line: 3, moving: false, version: '4' },
      ]),
    ).toEqual([{ from: 'a', to: 'remote:x', kind: 'consumes', line: 3, moving: true, label: 'staging' }]);
  });

  it('keeps every placement of an include placed twice, in source order, the first as its placeholder', () => {
    const task = { placeholder: "${section('Task', TASK)}", bindings: [{ parameter: 'body', text: '${TASK}' }] };
    const rules = { placeholder: "${section('Rules', RULES)}", bindings: [{ parameter: 'body', text: '${RULES}' }] };
    expect(
      dedupeEdges([
        { from: 'p', to: 'section', kind: 'includes', line: 4, placeholder: rules.placeholder, expansions: [rules] },
        { from: 'p', to: 'section', kind: 'includes', line: 2, placeholder: task.placeholder, expansions: [task] },
        { from: 'p', to: 'section', kind: 'includes', line: 4, placeholder: rules.placeholder, expansions: [rules] },
      ]),
    ).toEqual([
      { from: 'p', to: 'section', kind: 'includes', line: 2, placeholder: task.placeholder, expansions: [task, rules] },
    ]);
  });

  it('adds no expansions to an include placed once that binds nothing', () => {
    expect(
      dedupeEdges([
        { from: 'p', to: 'persona', kind: 'includes', line: 1, placeholder: '${PERSONA}' },
        { from: 'p', to: 'persona', kind: 'includes', line: 5, placeholder: '${PERSONA}' },
      ]),
    ).toEqual([{ from: 'p', to: 'persona', kind: 'includes', line: 1, placeholder: '${PERSONA}' }]);
  });
});
