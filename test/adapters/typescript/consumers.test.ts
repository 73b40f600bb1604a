import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

const consumesFrom = (edges: string[], file: string): string[] =>
  edges.filter((edge) => edge.startsWith(`consumer:src/${file}#`));

describe('typescript model consumers', () => {
  it('recognises OpenAI chat.completions (system and developer messages, pushed ones too) and responses instructions, and Anthropic system strings and cached blocks', async () => {
    const result = await scanFixture('adapters/typescript/consumers');
    expect(consumesFrom(edgeStrings(result, ['consumes']), 'openai-anthropic.ts')).toEqual([
      'consumer:src/openai-anthropic.ts#anthropicCached -consumes-> src/openai-anthropic.ts#ANTHROPIC_SYSTEM',
      'consumer:src/openai-anthropic.ts#anthropicReview -consumes-> src/openai-anthropic.ts#ANTHROPIC_SYSTEM',
      'consumer:src/openai-anthropic.ts#inlineSystem -consumes-> src/openai-anthropic.ts#inlineSystem.system',
      'consumer:src/openai-anthropic.ts#openaiChat -consumes-> src/openai-anthropic.ts#DEVELOPER_PROMPT',
      'consumer:src/openai-anthropic.ts#openaiChat -consumes-> src/openai-anthropic.ts#OPENAI_PROMPT',
      'consumer:src/openai-anthropic.ts#openaiResponses -consumes-> src/openai-anthropic.ts#RESPONSES_INSTRUCTIONS',
      'consumer:src/openai-anthropic.ts#pushedMessages -consumes-> src/openai-anthropic.ts#OPENAI_PROMPT',
      'consumer:src/openai-anthropic.ts#pushedMessages -consumes-> src/openai-anthropic.ts#POLICY_PROMPT',
    ]);
    expect(nodeById(result, 'consumer:src/openai-anthropic.ts#openaiChat')).toMatchObject({
      kind: 'consumer',
      symbol: 'openaiChat',
      range: { start: 12, end: 22 },
      format: 'typescript',
    });
  });

  it('recognises the AI SDK generateText, streamText, generateObject, streamObject and Agent system', async () => {
    const result = await scanFixture('adapters/typescript/consumers');
    expect(consumesFrom(edgeStrings(result, ['consumes']), 'vercel-ai.ts')).toEqual([
      'consumer:src/vercel-ai.ts#describeProduct -consumes-> src/vercel-ai.ts#VERCEL_SYSTEM',
      'consumer:src/vercel-ai.ts#extractInvoice -consumes-> src/vercel-ai.ts#OBJECT_SYSTEM',
      'consumer:src/vercel-ai.ts#researcher -consumes-> src/vercel-ai.ts#researcher.system',
      'consumer:src/vercel-ai.ts#streamDescription -consumes-> src/vercel-ai.ts#VERCEL_SYSTEM',
      'consumer:src/vercel-ai.ts#streamInvoice -consumes-> src/vercel-ai.ts#OBJECT_SYSTEM',
      'consumer:src/vercel-ai.ts#titleFor -consumes-> src/vercel-ai.ts#titleFor.prompt',
    ]);
  });

  it('recognises LangChain fromMessages tuples, PromptTemplate.fromTemplate, SystemMessagePromptTemplate and new SystemMessage', async () => {
    const result = await scanFixture('adapters/typescript/consumers');
    expect(consumesFrom(edgeStrings(result, ['consumes']), 'langchain.ts')).toEqual([
      'consumer:src/langchain.ts#chatPrompt -consumes-> src/langchain.ts#CHAT_TEMPLATE',
      'consumer:src/langchain.ts#plainPrompt -consumes-> src/langchain.ts#PLAIN_TEMPLATE',
      'consumer:src/langchain.ts#research -consumes-> src/langchain.ts#LANGCHAIN_SYSTEM',
      'consumer:src/langchain.ts#systemTemplate -consumes-> src/langchain.ts#SYSTEM_TEMPLATE',
    ]);
    expect(nodeById(result, 'consumer:src/langchain.ts#chatPrompt').range).toEqual({ start: 10, end: 13 });
  });

  it('recognises Google GenAI config.systemInstruction and agent instructions (OpenAI Agents SDK, Mastra instructions as a function)', async () => {
    const result = await scanFixture('adapters/typescript/consumers');
    expect(consumesFrom(edgeStrings(result, ['consumes']), 'google-agents.ts')).toEqual([
      'consumer:src/google-agents.ts#<module> -consumes-> src/google-agents.ts#<module>.systemInstruction',
      'consumer:src/google-agents.ts#haiku -consumes-> src/google-agents.ts#GEMINI_INSTRUCTION',
      'consumer:src/google-agents.ts#triageAgent -consumes-> src/google-agents.ts#triageAgent.instructions',
      'consumer:src/google-agents.ts#weatherAgent -consumes-> src/google-agents.ts#weatherAgent.instructions',
    ]);
    expect(nodeById(result, 'src/google-agents.ts#weatherAgent.instructions')).toMatchObject({
      kind: 'prompt',
      text: "You report the weather for ${runtimeContext.get('city')} in one sentence.",
      range: { start: 16, end: 16 },
    });
  });

  it('makes a literal system prompt written at the call a unit named after its consumer, including what it interpolates', async () => {
    const result = await scanFixture('adapters/typescript/consumers');
    expect(nodeById(result, 'src/openai-anthropic.ts#inlineSystem.system')).toMatchObject({
      kind: 'prompt',
      text: '${OPENAI_PROMPT} Keep it short.',
      range: { start: 42, end: 42 },
    });
    expect(nodeById(result, 'src/google-agents.ts#triageAgent.instructions')).toMatchObject({
      text: 'You triage incoming tickets by urgency.',
      range: { start: 12, end: 12 },
    });
    expect(edgeStrings(result, ['includes'])).toEqual([
      'src/openai-anthropic.ts#inlineSystem.system -includes-> src/openai-anthropic.ts#OPENAI_PROMPT',
    ]);
  });

  it('makes a prompt: that reads as instructions a unit, and leaves a short user turn or a helper result inline', async () => {
    const result = await scanFixture('adapters/typescript/consumers');
    expect(nodeById(result, 'src/vercel-ai.ts#titleFor.prompt')).toMatchObject({
      text: 'Write a short title for this conversation: ${message}',
      variables: ['message'],
    });
    const texts = result.nodes.map((node) => node.text);
    expect(texts).not.toContain('Hello there');
    expect(texts).not.toContain('Describe ${name}.');
    expect(result.nodes.map((node) => node.id)).not.toContain('consumer:src/vercel-ai.ts#echoUser');
  });

  it('spans the <module> consumer over its own top-level calls, not the whole file', async () => {
    const result = await scanFixture('adapters/typescript/consumers');
    expect(nodeById(result, 'consumer:src/google-agents.ts#<module>').range).toEqual({ start: 20, end: 20 });
  });

  it('keeps a function that only reads an API key, a client built with one and a generic .invoke(param) out of the graph', async () => {
    const result = await scanFixture('adapters/typescript/consumers');
    const ids = result.nodes.map((node) => node.id);
    expect(ids).not.toContain('consumer:src/openai-anthropic.ts#apiKey');
    expect(ids).not.toContain('consumer:src/openai-anthropic.ts#openai');
    expect(ids).not.toContain('consumer:src/langchain.ts#runTool');
    expect(result.diagnostics).toEqual([]);
  });
});
