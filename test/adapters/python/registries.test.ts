import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { edgeStrings, fixturePath, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { pythonAdapter } from '../../../src/build/adapters/python/python-adapter.js';
import { ConfigSchema } from '../../../src/model/schema/config.js';

const FILE = 'registries.py';
/** The remote reference each consumer of the fixture makes, before merging into nodes. */
async function remotes(): Promise<Record<string, unknown>> {
  const text = await readFile(fixturePath('adapters/python/registries', FILE), 'utf8');
  const extraction = await pythonAdapter.extract({ path: FILE, text }, { config: ConfigSchema.parse({}) });
  return Object.fromEntries(
    extraction.references.map((reference) => [
      reference.from,
      reference.target.type === 'name' ? reference.target.remote : reference.target,
    ]),
  );
}

describe('python registry fetches', () => {
  it('makes every registry fetch a consumer of the remote prompt of that name', async () => {
    const result = await scanFixture('adapters/python/registries');
    expect(edgeStrings(result, ['consumes'])).toEqual([
      `consumer:${FILE}#braintrust_invoke -consumes-> remote:braintrust/classifier`,
      `consumer:${FILE}#braintrust_prompt -consumes-> remote:braintrust/triage-v2`,
      `consumer:${FILE}#langfuse_client -consumes-> remote:langfuse/triage`,
      `consumer:${FILE}#langfuse_labelled -consumes-> remote:langfuse/support-reply`,
      `consumer:${FILE}#langfuse_pinned -consumes-> remote:langfuse/support-reply`,
      `consumer:${FILE}#langfuse_production -consumes-> remote:langfuse/support-reply`,
      `consumer:${FILE}#langsmith_prompts -consumes-> remote:langsmith/acme/grader`,
      `consumer:${FILE}#langsmith_prompts -consumes-> remote:langsmith/acme/rag-answer`,
      `consumer:${FILE}#langwatch_prompt -consumes-> remote:langwatch/faq-answer`,
      `consumer:${FILE}#launch_darkly -consumes-> remote:launchdarkly/chat-config`,
      `consumer:${FILE}#launch_darkly_deprecated -consumes-> remote:launchdarkly/onboarding-config`,
      `consumer:${FILE}#portkey_completion -consumes-> remote:portkey/pp-support-123`,
      `consumer:${FILE}#portkey_render -consumes-> remote:portkey/pp-welcome`,
      `consumer:${FILE}#promptlayer_run -consumes-> remote:promptlayer/summarise`,
      `consumer:${FILE}#promptlayer_template -consumes-> remote:promptlayer/welcome-email`,
    ]);
    expect(nodeById(result, 'remote:portkey/pp-support-123')).toMatchObject({
      kind: 'prompt',
      format: 'portkey',
      file: '',
    });
    expect(nodeById(result, `consumer:${FILE}#portkey_completion`).range).toEqual({ start: 61, end: 62 });
    expect(result.diagnostics).toEqual([]);
  });

  it("reads Langfuse get_prompt's moving pointer: production by default, a label when given, a number pins it", async () => {
    const byConsumer = await remotes();
    expect(byConsumer.langfuse_production).toEqual({
      registry: 'langfuse',
      name: 'support-reply',
      label: 'production',
      moving: true,
    });
    expect(byConsumer.langfuse_labelled).toEqual({
      registry: 'langfuse',
      name: 'support-reply',
      label: 'staging',
      moving: true,
    });
    expect(byConsumer.langfuse_pinned).toEqual({
      registry: 'langfuse',
      name: 'support-reply',
      version: '3',
      moving: false,
    });
    expect(byConsumer.langfuse_client).toEqual({ registry: 'langfuse', name: 'triage', label: 'latest', moving: true });
  });

  it('pins PromptLayer, Braintrust, Portkey and LangSmith references by version or commit, and leaves labels and LaunchDarkly moving', async () => {
    const byConsumer = await remotes();
    expect(byConsumer.promptlayer_template).toEqual({
      registry: 'promptlayer',
      name: 'welcome-email',
      label: 'prod',
      moving: true,
    });
    expect(byConsumer.promptlayer_run).toEqual({
      registry: 'promptlayer',
      name: 'summarise',
      version: '4',
      moving: false,
    });
    expect(byConsumer.braintrust_prompt).toEqual({
      registry: 'braintrust',
      name: 'triage-v2',
      version: '5',
      moving: false,
    });
    expect(byConsumer.braintrust_invoke).toEqual({ registry: 'braintrust', name: 'classifier', moving: true });
    expect(byConsumer.launch_darkly).toEqual({ registry: 'launchdarkly', name: 'chat-config', moving: true });
    expect(byConsumer.launch_darkly_deprecated).toEqual({
      registry: 'launchdarkly',
      name: 'onboarding-config',
      moving: true,
    });
    expect(byConsumer.portkey_completion).toEqual({ registry: 'portkey', name: 'pp-support-123', moving: true });
    expect(byConsumer.portkey_render).toEqual({
      registry: 'portkey',
      name: 'pp-welcome',
      version: '12',
      moving: false,
    });
  });

  it("leaves the project's own get_prompt (a function of the file) alone: it is no Langfuse call", async () => {
    const result = await scanFixture('adapters/python/registries');
    expect(result.nodes.map((node) => node.id)).not.toContain('remote:langfuse/welcome');
    expect(result.nodes.map((node) => node.id)).not.toContain(`consumer:${FILE}#own_store`);
  });

  it('merges the references to one remote node, moving when any of them is', async () => {
    const result = await scanFixture('adapters/python/registries');
    expect(nodeById(result, 'remote:langfuse/support-reply').remote).toMatchObject({ moving: true });
    expect(nodeById(result, 'remote:langsmith/acme/grader').remote).toEqual({
      registry: 'langsmith',
      name: 'acme/grader',
      version: '3f2a9c1',
      moving: false,
    });
  });
});
