import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

const consumesIn = (edges: string[], file: string): string[] =>
  edges.filter((edge) => edge.startsWith(`consumer:src/${file}#`));

describe('typescript sinks from the sink table', () => {
  it('recognises a sink however it is imported: renamed, namespace, default with new, require, dynamic import()', async () => {
    const result = await scanFixture('adapters/typescript/sink-table');
    expect(consumesIn(edgeStrings(result, ['consumes']), 'imports.ts')).toEqual([
      'consumer:src/imports.ts#classifyMail -consumes-> src/prompts.ts#DYNAMIC_SYSTEM',
      'consumer:src/imports.ts#contractReview -consumes-> src/prompts.ts#DEFAULT_SYSTEM',
      'consumer:src/imports.ts#plainEnglish -consumes-> src/prompts.ts#REQUIRE_SYSTEM',
      'consumer:src/imports.ts#releaseNotes -consumes-> src/prompts.ts#RENAMED_SYSTEM',
      'consumer:src/imports.ts#ticketSummary -consumes-> src/prompts.ts#NAMESPACE_SYSTEM',
    ]);
    expect(nodeById(result, 'consumer:src/imports.ts#releaseNotes').range).toEqual({ start: 8, end: 10 });
  });

  it('covers Anthropic beta, OpenAI responses, the Agents SDK, Google GenAI, Genkit, LlamaIndex, Mistral, Cohere, Bedrock, Ollama and Groq', async () => {
    const result = await scanFixture('adapters/typescript/sink-table');
    expect(consumesIn(edgeStrings(result, ['consumes']), 'sdks.ts')).toEqual([
      'consumer:src/sdks.ts#actionItems -consumes-> src/prompts.ts#GROQ_SYSTEM',
      'consumer:src/sdks.ts#betterQuery -consumes-> src/prompts.ts#COHERE_PREAMBLE',
      'consumer:src/sdks.ts#billingAnswer -consumes-> src/prompts.ts#RESPONSES_INSTRUCTIONS',
      'consumer:src/sdks.ts#bugTriage -consumes-> src/prompts.ts#AGENT_INSTRUCTIONS',
      'consumer:src/sdks.ts#describePhoto -consumes-> src/prompts.ts#GEMINI_SYSTEM',
      'consumer:src/sdks.ts#explainShell -consumes-> src/prompts.ts#OLLAMA_SYSTEM',
      'consumer:src/sdks.ts#handbook -consumes-> src/prompts.ts#LLAMA_SYSTEM',
      'consumer:src/sdks.ts#migrationPlan -consumes-> src/prompts.ts#BETA_SYSTEM',
      'consumer:src/sdks.ts#politeReply -consumes-> src/prompts.ts#BEDROCK_SYSTEM',
      'consumer:src/sdks.ts#recipes -consumes-> src/prompts.ts#GENKIT_SYSTEM',
      'consumer:src/sdks.ts#unitTests -consumes-> src/prompts.ts#MISTRAL_SYSTEM',
    ]);
  });

  it('follows instances held on this, returned by a factory function of the file, and of a client the config declares a sink', async () => {
    const result = await scanFixture('adapters/typescript/sink-table');
    expect(consumesIn(edgeStrings(result, ['consumes']), 'instances.ts')).toEqual([
      'consumer:src/instances.ts#Grader.grade -consumes-> src/prompts.ts#FIELD_SYSTEM',
      'consumer:src/instances.ts#invoiceTotals -consumes-> src/prompts.ts#FACTORY_SYSTEM',
      'consumer:src/instances.ts#route -consumes-> src/prompts.ts#IN_HOUSE_SYSTEM',
    ]);
  });
});
