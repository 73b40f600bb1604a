import { describe, expect, it } from 'vitest';
import { edgeStrings, scanFixture } from '../../support/scan-fixture.js';
import { PYTHON_SINKS } from '../../../src/build/adapters/sinks/python-sinks.js';
import { parsedBuiltIn } from '../../../src/build/adapters/sinks/sink-table.js';

const CLIENTS = 'app/clients.py';
const PROMPTS = 'app/prompts.py';

describe('python model calls through the sink table', () => {
  it('keeps the built-in Python table valid under the config schema of sinks', () => {
    expect(parsedBuiltIn(PYTHON_SINKS).length).toBe(PYTHON_SINKS.length);
  });

  it('recognises SDK calls however the SDK is imported and wherever its client is kept, and a config sink', async () => {
    const result = await scanFixture('adapters/python/sink-table');
    expect(edgeStrings(result, ['consumes'])).toEqual([
      // pydantic-ai `Agent as PlannerAgent`, built at the top of the module.
      `consumer:${CLIENTS}#<module> -consumes-> ${PROMPTS}#PYDANTIC_RULES`,
      // Anthropic imported under another name, the client kept on self.
      `consumer:${CLIENTS}#Reviewer.review -consumes-> ${PROMPTS}#REVIEW_RULES`,
      // `import litellm as ll`.
      `consumer:${CLIENTS}#classify -consumes-> ${PROMPTS}#LITELLM_RULES`,
      // `from litellm import acompletion as ask_async`.
      `consumer:${CLIENTS}#classify_later -consumes-> ${PROMPTS}#LITELLM_ASYNC_RULES`,
      // ollama's module function.
      `consumer:${CLIENTS}#commit_message -consumes-> ${PROMPTS}#OLLAMA_RULES`,
      // A boto3 Bedrock client returned by a factory function of the file.
      `consumer:${CLIENTS}#converse -consumes-> ${PROMPTS}#BEDROCK_RULES`,
      // `from google import genai`, a local client, the config dict's system_instruction.
      `consumer:${CLIENTS}#describe -consumes-> ${PROMPTS}#GEMINI_RULES`,
      // An instructor client patched from OpenAI.
      `consumer:${CLIENTS}#extract_invoice -consumes-> ${PROMPTS}#INSTRUCTOR_RULES`,
      // The project's own gateway, described in promptgraph.config.yaml.
      `consumer:${CLIENTS}#reply -consumes-> ${PROMPTS}#GATEWAY_RULES`,
      // `import openai as oa`, a module-level client.
      `consumer:${CLIENTS}#summarise -consumes-> ${PROMPTS}#SUMMARY_RULES`,
      // A parameter typed by Mistral's client class.
      `consumer:${CLIENTS}#translate -consumes-> ${PROMPTS}#MISTRAL_RULES`,
    ]);
  });

  it('leaves a call that is no model call out: its text is no prompt', async () => {
    const result = await scanFixture('adapters/python/sink-table');
    expect(result.nodes.map((node) => node.id)).not.toContain(`${PROMPTS}#UNSENT_NOTE`);
    expect(result.nodes.map((node) => node.id)).not.toContain(`consumer:${CLIENTS}#archive`);
  });
});
