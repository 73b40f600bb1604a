import { describe, expect, it } from 'vitest';
import { findEvals } from '../../src/query/impact/find-evals.js';
import { impactGraphs } from '../../src/query/impact/impact-graphs.js';
import { edges, evalNode, scanOf, textNode } from './hand-built.js';

const scan = scanOf(
  [
    textNode('_persona.prompt', 'Ada', { kind: 'fragment' }),
    textNode('reply.prompt', '[[_persona.prompt]]'),
    evalNode('eval:contracts/persona.yaml#tone', { scope: 'isolated', command: 'npm run eval:tone' }),
    evalNode('eval:contracts/reply.yaml#pipeline', { scope: 'composed', command: 'npm run eval:pipeline' }),
    evalNode('eval:contracts/reply.yaml#reply-only', { scope: 'isolated' }),
    evalNode('eval:promptfooconfig.yaml', {}, 'promptfoo'),
  ],
  edges(
    'reply.prompt -includes-> _persona.prompt',
    'eval:contracts/persona.yaml#tone -evaluates-> _persona.prompt',
    'eval:contracts/reply.yaml#pipeline -evaluates-> reply.prompt',
    'eval:contracts/reply.yaml#reply-only -evaluates-> reply.prompt',
    'eval:promptfooconfig.yaml -evaluates-> reply.prompt',
  ),
);

describe('findEvals', () => {
  it("runs the changed prompt's evals, and the composed evals and eval configs of affected prompts", () => {
    const evals = findEvals(impactGraphs({ head: scan }), ['_persona.prompt'], ['reply.prompt'], []);
    expect(evals.map((entry) => [entry.id, entry.scope, entry.command, entry.why])).toEqual([
      ['eval:contracts/persona.yaml#tone', 'isolated', 'npm run eval:tone', ['eval of changed _persona.prompt']],
      [
        'eval:contracts/reply.yaml#pipeline',
        'composed',
        'npm run eval:pipeline',
        ['composed eval of affected reply.prompt'],
      ],
      [
        'eval:promptfooconfig.yaml',
        'isolated',
        'npx promptfoo eval -c promptfooconfig.yaml',
        ['eval of affected reply.prompt'],
      ],
    ]);
  });

  it('marks evals named by --evals-passed as passed, by name or id', () => {
    const evals = findEvals(
      impactGraphs({ head: scan }),
      ['_persona.prompt'],
      ['reply.prompt'],
      ['tone', 'eval:promptfooconfig.yaml'],
    );
    expect(evals.map((entry) => entry.passed)).toEqual([true, false, true]);
  });

  it('accepts a name two evals share for neither, and names each by file#name instead', () => {
    const shared = scanOf(
      [
        textNode('a.prompt', 'A'),
        textNode('b.prompt', 'B'),
        evalNode('eval:contracts/a.yaml#tone', { scope: 'isolated' }),
        evalNode('eval:contracts/b.yaml#tone', { scope: 'isolated' }),
      ],
      edges('eval:contracts/a.yaml#tone -evaluates-> a.prompt', 'eval:contracts/b.yaml#tone -evaluates-> b.prompt'),
    );
    const evals = findEvals(
      impactGraphs({ head: shared }),
      ['a.prompt', 'b.prompt'],
      [],
      ['tone', 'contracts/b.yaml#tone'],
    );
    expect(evals.map((entry) => [entry.name, entry.passed])).toEqual([
      ['contracts/a.yaml#tone', false],
      ['contracts/b.yaml#tone', true],
    ]);
  });
});
