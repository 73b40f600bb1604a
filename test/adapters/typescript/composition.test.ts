import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { PromptGraph } from '../../../src/query/graph/prompt-graph.js';
import { composeText } from '../../../src/query/compose/compose-text.js';

const FILE = 'src/compose.ts';

describe('typescript composition', () => {
  it('includes a constant concatenated with + under a ${NAME} placeholder and inlines a joined array constant', async () => {
    const result = await scanFixture('adapters/typescript/composition');
    expect(nodeById(result, `${FILE}#PLUS_PROMPT`).text).toBe(
      '${PERSONA}\nFollow the rules below.\nNever share internal data.\nEscalate legal questions.',
    );
    expect(result.edges.filter((edge) => edge.from === `${FILE}#PLUS_PROMPT`)).toEqual([
      { from: `${FILE}#PLUS_PROMPT`, to: `${FILE}#PERSONA`, kind: 'includes', line: 7, placeholder: '${PERSONA}' },
    ]);
  });

  it('joins [A, `…${B}…`, "…"].join(sep), following an import into a file the prefilter alone would skip', async () => {
    const result = await scanFixture('adapters/typescript/composition');
    expect(nodeById(result, `${FILE}#JOIN_PROMPT`).text).toBe(
      '${PERSONA}\n\nTone: ${TONE}.\n\nEnd every reply with a question.',
    );
    expect(edgeStrings(result).filter((edge) => edge.startsWith(`${FILE}#JOIN_PROMPT`))).toEqual([
      `${FILE}#JOIN_PROMPT -includes-> ${FILE}#PERSONA`,
      `${FILE}#JOIN_PROMPT -includes-> src/tone.ts#TONE`,
    ]);
    expect(nodeById(result, 'src/tone.ts#TONE')).toMatchObject({
      kind: 'fragment',
      text: 'warm and precise',
      range: { start: 1, end: 1 },
    });
    expect(result.nodes.map((node) => node.id)).not.toContain('src/tone.ts#UNUSED');
  });

  it('includes calls of functions returning sections under the call as written, with their parameters as variables', async () => {
    const result = await scanFixture('adapters/typescript/composition');
    expect(
      result.edges
        .filter((edge) => edge.from === `${FILE}#systemPrompt`)
        .map((edge) => [edge.to, edge.placeholder, edge.line]),
    ).toEqual([
      [`${FILE}#PERSONA`, '${PERSONA}', 16],
      [`${FILE}#buildRules`, "${buildRules('billing')}", 18],
      [`${FILE}#section`, '${section()}', 17],
    ]);
    expect(nodeById(result, `${FILE}#buildRules`)).toMatchObject({
      kind: 'fragment',
      variables: ['product'],
      text: 'Only answer questions about ${product}.',
    });
    expect(nodeById(result, `${FILE}#section`)).toMatchObject({ kind: 'fragment', range: { start: 10, end: 10 } });
  });

  it('keeps non-constant interpolations visible: a parameter path as a variable, a run-time choice as written', async () => {
    const result = await scanFixture('adapters/typescript/composition');
    expect(nodeById(result, `${FILE}#systemPrompt`)).toMatchObject({
      variables: ['ticket.subject'],
      text: "${PERSONA}\n${section()}\n${buildRules('billing')}\nSubject: ${ticket.subject}. ${urgent ? 'Reply within the hour.' : ''}",
    });
  });

  it("composes the full text with every include replaced, a call's literal argument in its parameter's place, and the variables left as placeholders", async () => {
    const result = await scanFixture('adapters/typescript/composition');
    expect(composeText(new PromptGraph(result), `${FILE}#systemPrompt`)).toBe(
      "You are Ada, the assistant of Acme.\nAnswer in at most five bullet points.\nOnly answer questions about billing.\nSubject: ${ticket.subject}. ${urgent ? 'Reply within the hour.' : ''}",
    );
    expect(composeText(new PromptGraph(result), `${FILE}#buildRules`)).toBe('Only answer questions about ${product}.');
  });

  it('follows a local through += and .trim()', async () => {
    const result = await scanFixture('adapters/typescript/composition');
    expect(nodeById(result, `${FILE}#greetingPrompt`)).toMatchObject({
      text: '${PERSONA}\nGreet ${name} by name.',
      variables: ['name'],
      range: { start: 22, end: 26 },
    });
    expect(edgeStrings(result).filter((edge) => edge.startsWith(`${FILE}#greetingPrompt`))).toEqual([
      `${FILE}#greetingPrompt -includes-> ${FILE}#PERSONA`,
    ]);
  });

  it('keeps a function whose result is computed at run time, with a short fallback, out of the units: its call stays visible', async () => {
    const result = await scanFixture('adapters/typescript/composition');
    expect(nodeById(result, `${FILE}#toolsPrompt`).text).toBe('You may call these tools:\n${renderTools(tools)}');
    expect(result.nodes.map((node) => node.id)).not.toContain(`${FILE}#renderTools`);
  });

  it('makes the function sending a composed prompt its consumer', async () => {
    const result = await scanFixture('adapters/typescript/composition');
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.startsWith(`consumer:${FILE}`))).toEqual([
      `consumer:${FILE}#answer -consumes-> ${FILE}#systemPrompt`,
    ]);
    expect(nodeById(result, `consumer:${FILE}#answer`)).toMatchObject({
      kind: 'consumer',
      symbol: 'answer',
      range: { start: 28, end: 31 },
    });
    expect(result.diagnostics).toEqual([]);
  });

  it('reads a function returning system messages (pushed ones too) as a prompt of their texts, and a user turn alone as none', async () => {
    const result = await scanFixture('adapters/typescript/composition');
    expect(nodeById(result, 'src/messages.ts#instructions')).toMatchObject({
      kind: 'prompt',
      text: '${PERSONA}\n\n${RULES_PROMPT}\n\nYou are in channel ${channel}.',
      variables: ['channel'],
      range: { start: 6, end: 10 },
    });
    expect(edgeStrings(result).filter((edge) => edge.includes('src/messages.ts'))).toEqual([
      'consumer:src/messages.ts#assistant -consumes-> src/messages.ts#instructions',
      'src/messages.ts#instructions -includes-> src/compose.ts#PERSONA',
      'src/messages.ts#instructions -includes-> src/messages.ts#RULES_PROMPT',
    ]);
    expect(result.nodes.map((node) => node.id)).not.toContain('src/messages.ts#conversation');
  });
});
