import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe('python composition', () => {
  it('includes a constant interpolated into an f-string under its {NAME} placeholder', async () => {
    const result = await scanFixture('adapters/python/composition');
    expect(nodeById(result, 'compose.py#FSTRING_PROMPT')).toMatchObject({
      text: '{PERSONA}\nAnswer {question}.',
      variables: ['question'],
    });
    expect(result.edges.find((edge) => edge.from === 'compose.py#FSTRING_PROMPT')).toMatchObject({
      to: 'compose.py#PERSONA',
      kind: 'includes',
      placeholder: '{PERSONA}',
      line: 7,
    });
  });

  it('fills .format(name=CONST) fields with includes and keeps unfilled fields as variables', async () => {
    const result = await scanFixture('adapters/python/composition');
    expect(nodeById(result, 'compose.py#FORMAT_PROMPT')).toMatchObject({
      text: '{PERSONA}\nTone: {TONE}. Topic: {topic}',
      variables: ['topic'],
    });
    expect(edgeStrings(result).filter((edge) => edge.startsWith('compose.py#FORMAT_PROMPT'))).toEqual([
      'compose.py#FORMAT_PROMPT -includes-> compose.py#PERSONA',
      'compose.py#FORMAT_PROMPT -includes-> compose.py#TONE',
    ]);
  });

  it('composes %, + and "\\n".join([...])', async () => {
    const result = await scanFixture('adapters/python/composition');
    expect(nodeById(result, 'compose.py#PERCENT_PROMPT').text).toBe('{PERSONA}\nNow answer.');
    expect(nodeById(result, 'compose.py#PLUS_PROMPT').text).toBe('{PERSONA}\n{RULES}');
    expect(nodeById(result, 'compose.py#JOIN_PROMPT').text).toBe('{PERSONA}\n{RULES}\nEnd.');
    expect(edgeStrings(result, ['includes']).filter((edge) => /PERCENT|PLUS|JOIN/.test(edge))).toEqual([
      'compose.py#JOIN_PROMPT -includes-> compose.py#PERSONA',
      'compose.py#JOIN_PROMPT -includes-> compose.py#RULES',
      'compose.py#PERCENT_PROMPT -includes-> compose.py#PERSONA',
      'compose.py#PLUS_PROMPT -includes-> compose.py#PERSONA',
      'compose.py#PLUS_PROMPT -includes-> compose.py#RULES',
    ]);
  });

  it('fills .format(**DICT) fields from the dict entries the template names', async () => {
    const result = await scanFixture('adapters/python/composition');
    expect(nodeById(result, 'compose.py#LETTER_TEMPLATE')).toMatchObject({
      text: '{intro}\nSee below.\n{outro}',
      variables: [],
    });
    expect(edgeStrings(result).filter((edge) => edge.startsWith('compose.py#LETTER_TEMPLATE'))).toEqual([
      'compose.py#LETTER_TEMPLATE -includes-> compose.py#SECTIONS.intro',
      'compose.py#LETTER_TEMPLATE -includes-> compose.py#SECTIONS.outro',
    ]);
  });

  it('makes included constants fragments, even a short one (a candidate kept because it is included)', async () => {
    const result = await scanFixture('adapters/python/composition');
    expect(nodeById(result, 'compose.py#PERSONA').kind).toBe('fragment');
    expect(nodeById(result, 'compose.py#TONE')).toMatchObject({ kind: 'fragment', text: 'friendly' });
  });

  it('makes the calling function the consumer of the prompt it sends', async () => {
    const result = await scanFixture('adapters/python/composition');
    expect(edgeStrings(result, ['consumes'])).toEqual([
      'consumer:compose.py#answer -consumes-> compose.py#FSTRING_PROMPT',
    ]);
    expect(nodeById(result, 'consumer:compose.py#answer')).toMatchObject({
      kind: 'consumer',
      symbol: 'answer',
      range: { start: 16, end: 17 },
    });
  });
});
