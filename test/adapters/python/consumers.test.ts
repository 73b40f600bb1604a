import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { pythonAdapter } from '../../../src/build/adapters/python/python-adapter.js';
import { ConfigSchema } from '../../../src/model/schema/config.js';

describe('python model consumers', () => {
  it('recognises OpenAI, Anthropic system=, LiteLLM, LangChain and Google GenAI system_instruction', async () => {
    const result = await scanFixture('adapters/python/consumers');
    expect(
      edgeStrings(result, ['consumes']).filter((edge) => !edge.includes('remote:') && !edge.includes('<module>')),
    ).toEqual([
      'consumer:consumers.py#anthropic_cached -consumes-> consumers.py#ANTHROPIC_SYSTEM',
      'consumer:consumers.py#anthropic_review -consumes-> consumers.py#ANTHROPIC_SYSTEM',
      'consumer:consumers.py#gemini_haiku -consumes-> consumers.py#GEMINI_INSTRUCTION',
      'consumer:consumers.py#inline_system -consumes-> consumers.py#inline_system.system',
      'consumer:consumers.py#langchain_prompts -consumes-> consumers.py#CHAT_TEMPLATE',
      'consumer:consumers.py#langchain_prompts -consumes-> consumers.py#LANGCHAIN_SYSTEM',
      'consumer:consumers.py#langchain_prompts -consumes-> consumers.py#PLAIN_TEMPLATE',
      'consumer:consumers.py#litellm_translate -consumes-> consumers.py#LITELLM_PROMPT',
      'consumer:consumers.py#openai_chat -consumes-> consumers.py#OPENAI_PROMPT',
      'consumer:consumers.py#openai_responses -consumes-> consumers.py#RESPONSES_INSTRUCTIONS',
      'consumer:consumers.py#research -consumes-> consumers.py#RESEARCH_PROMPT',
    ]);
  });

  it('makes a literal system prompt or agent instructions written at the call a unit of its own, named after the variable or function', async () => {
    const result = await scanFixture('adapters/python/consumers');
    expect(nodeById(result, 'consumers.py#triage_agent.instructions')).toMatchObject({
      kind: 'prompt',
      text: 'You triage incoming tickets by urgency.',
      range: { start: 83, end: 83 },
    });
    expect(nodeById(result, 'consumers.py#inline_system.system')).toMatchObject({
      text: '{OPENAI_PROMPT} Keep it short.',
    });
    expect(edgeStrings(result).filter((edge) => /triage_agent|inline_system/.test(edge))).toEqual([
      'consumer:consumers.py#<module> -consumes-> consumers.py#triage_agent.instructions',
      'consumer:consumers.py#inline_system -consumes-> consumers.py#inline_system.system',
      'consumers.py#inline_system.system -includes-> consumers.py#OPENAI_PROMPT',
    ]);
  });

  it('spans the <module> consumer over its own top-level calls, not the whole file', async () => {
    const result = await scanFixture('adapters/python/consumers');
    expect(nodeById(result, 'consumer:consumers.py#<module>').range).toEqual({ start: 83, end: 83 });
  });

  it('reads an Anthropic system block list by its text key, not its type or cache_control', async () => {
    const result = await scanFixture('adapters/python/consumers');
    expect(edgeStrings(result).filter((edge) => edge.includes('anthropic_cached'))).toEqual([
      'consumer:consumers.py#anthropic_cached -consumes-> consumers.py#ANTHROPIC_SYSTEM',
    ]);
  });

  it('leaves a literal user turn inline: it is input, not a prompt unit', async () => {
    const result = await scanFixture('adapters/python/consumers');
    expect(result.nodes.filter((node) => node.text === 'Hello there')).toEqual([]);
  });

  it('follows a formatted local into a LangChain ainvoke message list, without making every .invoke(param) a wrapper', async () => {
    const result = await scanFixture('adapters/python/consumers');
    const consumers = result.nodes.filter((node) => node.kind === 'consumer').map((node) => node.symbol);
    expect(consumers).toContain('research');
    expect(consumers).not.toContain('run_tool');
  });

  it('keeps a function that only reads an API key from the environment, or sends what an imported helper returns, out of the graph', async () => {
    const result = await scanFixture('adapters/python/consumers');
    expect(result.nodes.map((node) => node.id)).not.toContain('consumer:consumers.py#api_key');
    expect(result.nodes.map((node) => node.id)).not.toContain('consumer:consumers.py#ask_user');
    expect(result.diagnostics).toEqual([]);
  });

  it('makes Langfuse get_prompt a consumer of the remote prompt, following the production label', async () => {
    const result = await scanFixture('adapters/python/consumers');
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.includes('remote:langfuse'))).toEqual([
      'consumer:consumers.py#langfuse_pinned -consumes-> remote:langfuse/support-reply',
      'consumer:consumers.py#langfuse_prompt -consumes-> remote:langfuse/support-reply',
    ]);
    expect(nodeById(result, 'remote:langfuse/support-reply')).toMatchObject({
      kind: 'prompt',
      format: 'langfuse',
      remote: { registry: 'langfuse', name: 'support-reply', label: 'production', moving: true },
    });
  });

  it('makes PromptLayer templates.get and Braintrust load_prompt consumers of remote prompts, a pinned version not moving', async () => {
    const result = await scanFixture('adapters/python/consumers');
    expect(edgeStrings(result, ['consumes']).filter((edge) => /promptlayer|braintrust/.test(edge))).toEqual([
      'consumer:consumers.py#braintrust_prompt -consumes-> remote:braintrust/triage-v2',
      'consumer:consumers.py#promptlayer_template -consumes-> remote:promptlayer/welcome-email',
    ]);
    expect(nodeById(result, 'remote:braintrust/triage-v2').remote).toEqual({
      registry: 'braintrust',
      name: 'triage-v2',
      version: '5',
      moving: false,
    });
  });

  it('makes LangSmith hub.pull and pull_prompt consumers of remote prompts, a commit pinning one', async () => {
    const result = await scanFixture('adapters/python/consumers');
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.includes('langsmith'))).toEqual([
      'consumer:consumers.py#langsmith_prompts -consumes-> remote:langsmith/acme/grader',
      'consumer:consumers.py#langsmith_prompts -consumes-> remote:langsmith/acme/rag-answer',
    ]);
    expect(nodeById(result, 'remote:langsmith/acme/grader').remote).toEqual({
      registry: 'langsmith',
      name: 'acme/grader',
      version: '3f2a9c1',
      moving: false,
    });
    expect(nodeById(result, 'remote:langsmith/acme/rag-answer').remote).toMatchObject({ moving: true });
  });

  it('reports a Python syntax error at its line and keeps what it could read', async () => {
    const extraction = await pythonAdapter.extract(
      { path: 'broken.py', text: 'SYSTEM_PROMPT = "You are Ada."\n\ndef broken(:\n    pass\n' },
      { config: ConfigSchema.parse({}) },
    );
    expect(extraction.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line])).toEqual([
      ['parse-error', 3],
    ]);
    expect(extraction.units.map((unit) => unit.symbol)).toEqual(['SYSTEM_PROMPT']);
  });

  it('reads os.getenv and os.environ[...] as consuming an env target', async () => {
    const extraction = await pythonAdapter.extract(
      {
        path: 'app.py',
        text: 'import os\n\ndef system():\n    return os.getenv("SYSTEM_PROMPT")\n\nPROMPT = os.environ["BOT_PROMPT"]\n',
      },
      { config: ConfigSchema.parse({}) },
    );
    expect(extraction.references.map((reference) => [reference.from, reference.target, reference.line])).toEqual([
      ['<module>', { type: 'env', variable: 'BOT_PROMPT' }, 6],
      ['system', { type: 'env', variable: 'SYSTEM_PROMPT' }, 4],
    ]);
    expect(extraction.units.filter((unit) => unit.role !== 'consumer')).toEqual([]);
  });
});

describe('python env prompts', () => {
  it('makes a function reading an env variable that holds prompt text a consumer of it, and leaves an API key read out', async () => {
    const result = await scanFixture('adapters/python/env-prompts');
    expect(edgeStrings(result)).toEqual(['consumer:app.py#system_prompt -consumes-> .env#SUPPORT_SYSTEM_PROMPT']);
    expect(result.nodes.map((node) => node.id)).not.toContain('consumer:app.py#api_key');
  });
});
