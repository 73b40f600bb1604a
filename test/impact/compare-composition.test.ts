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

describe('compareComposition of a text with several branches', () => {
  const BASE = ['You are the concierge. Offer priority support.', 'Trial users only.', 'Answer tickets.'];
  const prompt = (variants: string[]) =>
    graphOf([
      textNode(
        'prompts.ts#systemPrompt',
        variants.reduce((longest, text) => (text.length > longest.length ? text : longest)),
        { variants },
      ),
    ]);

  it('classifies and diffs only the edited branch, even when it becomes the longest', () => {
    const head = [...BASE.slice(0, 2), 'Answer tickets in two sentences, politely, with a link to the help page.'];
    const result = compareComposition(sides(prompt(BASE), prompt(head), 'prompts.ts#systemPrompt'));
    expect(result.classification).toEqual(['wording']);
    expect(result.variants).toEqual([
      { branch: 1, change: 'unchanged' },
      { branch: 2, change: 'unchanged' },
      { branch: 3, change: 'changed' },
    ]);
    expect(result.diff?.split('\n').filter((line) => /^[-+]/.test(line))).toEqual([
      '--- base/prompts.ts#systemPrompt (branch 3 of 3)',
      '+++ head/prompts.ts#systemPrompt (branch 3 of 3)',
      '-Answer tickets.',
      '+Answer tickets in two sentences, politely, with a link to the help page.',
    ]);
  });

  it('calls a whitespace edit of one branch whitespace, and reordered branches no change of text', () => {
    const spaced = compareComposition(
      sides(prompt(BASE), prompt([...BASE.slice(0, 2), 'Answer  tickets.']), 'prompts.ts#systemPrompt'),
    );
    expect(spaced.classification).toEqual(['whitespace']);
    const reordered = compareComposition(
      sides(prompt(BASE), prompt([BASE[2]!, BASE[0]!, BASE[1]!]), 'prompts.ts#systemPrompt'),
    );
    expect(reordered.classification).toEqual([]);
    expect(reordered.diff).toBeUndefined();
  });

  it('shows a branch added to a single text as an added branch, the old text unchanged', () => {
    const result = compareComposition(
      sides(
        graphOf([textNode('prompts.ts#systemPrompt', 'Answer tickets.')]),
        prompt(['Answer tickets.', 'Trial users only.']),
        'prompts.ts#systemPrompt',
      ),
    );
    expect(result.classification).toEqual(['wording']);
    expect(result.variants).toEqual([
      { branch: 1, change: 'unchanged' },
      { branch: 2, change: 'added' },
    ]);
    expect(result.diff).toContain('+++ head/prompts.ts#systemPrompt (branch 2 of 2)');
    expect(result.diff).not.toContain('-Answer tickets.');
  });

  it('reports a prompt built on a branching fragment as changed in the one branch that was edited', () => {
    const built = (variants: string[]) =>
      graphOf(
        [
          textNode('reply.prompt', 'Intro [[tone.ts#tone]]'),
          textNode('tone.ts#tone', variants[1]!, { kind: 'fragment', variants }),
        ],
        edges('reply.prompt -includes-> tone.ts#tone'),
      );
    const result = compareComposition(
      sides(built(['Be brief.', 'Be warm and patient.']), built(['Be brief, always.', 'Be warm and patient.'])),
    );
    expect(result.variants).toEqual([
      { branch: 1, change: 'changed' },
      { branch: 2, change: 'unchanged' },
    ]);
    expect(result.diff?.split('\n').filter((line) => /^[-+]/.test(line))).toEqual([
      '--- base/reply.prompt (branch 1 of 2)',
      '+++ head/reply.prompt (branch 1 of 2)',
      '-Intro Be brief.',
      '+Intro Be brief, always.',
    ]);
  });
});
