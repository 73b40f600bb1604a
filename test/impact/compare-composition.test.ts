import { describe, expect, it } from 'vitest';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { compareComposition } from '../../src/query/impact/compare-composition.js';
import { edges, scanOf, textNode } from './hand-built.js';

const graphOf = (...args: Parameters<typeof scanOf>) => new PromptGraph(scanOf(...args));
const sides = (base: PromptGraph, head: PromptGraph, id = 'reply.prompt') => ({
  base: { graph: base, id },
  head: { graph: head, id },
});

describe('compareComposition', () => {
  it('classifies a whitespace-only edit as whitespace', () => {
    const result = compareComposition(
      sides(
        graphOf([textNode('reply.prompt', 'Be kind.\nAnswer.')]),
        graphOf([textNode('reply.prompt', 'Be  kind.\n\nAnswer.')]),
      ),
    );
    expect(result.classification).toEqual(['whitespace']);
  });

  it('classifies a reworded sentence as wording and attaches a unified diff', () => {
    const result = compareComposition(
      sides(graphOf([textNode('reply.prompt', 'Be kind.')]), graphOf([textNode('reply.prompt', 'Be brief.')])),
    );
    expect(result.classification).toEqual(['wording']);
    expect(result.diff).toContain('-Be kind.');
    expect(result.diff).toContain('+Be brief.');
  });

  it('composes includes transitively on both sides, so a fragment edit shows in the including prompt', () => {
    const base = graphOf(
      [
        textNode('reply.prompt', 'Intro [[_persona.prompt]]'),
        textNode('_persona.prompt', 'I am Ada.', { kind: 'fragment' }),
      ],
      edges('reply.prompt -includes-> _persona.prompt'),
    );
    const head = graphOf(
      [
        textNode('reply.prompt', 'Intro [[_persona.prompt]]'),
        textNode('_persona.prompt', 'I am Ada, curt.', { kind: 'fragment' }),
      ],
      edges('reply.prompt -includes-> _persona.prompt'),
    );
    const result = compareComposition(sides(base, head));
    expect(result.composed).toEqual({ base: 'Intro I am Ada.', head: 'Intro I am Ada, curt.' });
    expect(result.classification).toEqual(['wording']);
  });

  it('names the variables of the composed text that appeared and disappeared', () => {
    const base = graphOf(
      [
        textNode('reply.prompt', 'Hi {{name}} [[_f.prompt]]', { variables: ['name'] }),
        textNode('_f.prompt', '{{tone}}', { variables: ['tone'] }),
      ],
      edges('reply.prompt -includes-> _f.prompt'),
    );
    const head = graphOf(
      [
        textNode('reply.prompt', 'Hi {{customer}} [[_f.prompt]]', { variables: ['customer'] }),
        textNode('_f.prompt', '{{tone}}', { variables: ['tone'] }),
      ],
      edges('reply.prompt -includes-> _f.prompt'),
    );
    const result = compareComposition(sides(base, head));
    expect(result.classification).toEqual(['wording', 'variables']);
    expect(result.variables).toEqual({ added: ['customer'], removed: ['name'] });
  });

  it('keeps an include that moved with its renamed file the same include: no structure change', () => {
    const base = graphOf(
      [
        textNode('reply.prompt', 'Intro [[old/_persona.prompt]]'),
        textNode('old/_persona.prompt', 'I am Ada.', { kind: 'fragment' }),
      ],
      edges('reply.prompt -includes-> old/_persona.prompt'),
    );
    const head = graphOf(
      [
        textNode('reply.prompt', 'Intro [[new/_persona.prompt]]'),
        textNode('new/_persona.prompt', 'I am Ada.', { kind: 'fragment' }),
      ],
      edges('reply.prompt -includes-> new/_persona.prompt'),
    );
    expect(compareComposition(sides(base, head)).classification).toEqual(['structure']);
    const renamed = compareComposition({
      ...sides(base, head),
      renames: [{ from: 'old/_persona.prompt', to: 'new/_persona.prompt' }],
    });
    expect([renamed.classification, renamed.includes]).toEqual([[], { added: [], removed: [] }]);
  });

  it('classifies a prompt as structure when a fragment it includes drops an include of its own, naming the include', () => {
    const voice = textNode('_voice.prompt', 'Speak plainly.', { kind: 'fragment' });
    const base = graphOf(
      [
        textNode('draft.prompt', 'Draft. [[_tone.prompt]]'),
        textNode('_tone.prompt', 'Warm. [[_voice.prompt]]', { kind: 'fragment' }),
        voice,
      ],
      edges('draft.prompt -includes-> _tone.prompt', '_tone.prompt -includes-> _voice.prompt'),
    );
    const head = graphOf(
      [
        textNode('draft.prompt', 'Draft. [[_tone.prompt]]'),
        textNode('_tone.prompt', 'Warm.', { kind: 'fragment' }),
        voice,
      ],
      edges('draft.prompt -includes-> _tone.prompt'),
    );
    const result = compareComposition(sides(base, head, 'draft.prompt'));
    expect(result.classification).toEqual(['wording', 'structure']);
    expect(result.includes).toEqual({ added: [], removed: ['_voice.prompt'] });
  });

  it('classifies an added include as structure', () => {
    const base = graphOf([textNode('reply.prompt', 'Answer.'), textNode('_safety.prompt', 'Be safe.')]);
    const head = graphOf(
      [textNode('reply.prompt', '[[_safety.prompt]] Answer.'), textNode('_safety.prompt', 'Be safe.')],
      edges('reply.prompt -includes-> _safety.prompt'),
    );
    const result = compareComposition(sides(base, head));
    expect(result.classification).toEqual(['wording', 'structure']);
    expect(result.includes).toEqual({ added: ['_safety.prompt'], removed: [] });
  });

  it('keeps an output change even when the text is the same', () => {
    const graph = graphOf([textNode('reply.prompt', 'Same.')]);
    expect(compareComposition({ ...sides(graph, graph), outputChanged: true })).toMatchObject({
      classification: ['output'],
    });
    expect(compareComposition({ ...sides(graph, graph), outputChanged: true }).diff).toBeUndefined();
  });

  it('diffs an added prompt against nothing', () => {
    const result = compareComposition({
      head: { graph: graphOf([textNode('reply.prompt', 'New.')]), id: 'reply.prompt' },
      added: true,
    });
    expect(result.classification).toEqual(['added']);
    expect(result.diff).toContain('+New.');
  });
});
