import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { edgeStrings, fixturePath, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { typescriptAdapter } from '../../../src/build/adapters/typescript/typescript-adapter.js';
import { ConfigSchema } from '../../../src/model/schema/config.js';

const FILE = 'src/registries.ts';
const config = ConfigSchema.parse({});
/** The remote reference each consumer of the fixture makes, before merging into nodes. */
async function remotes(): Promise<Record<string, unknown>> {
  const text = await readFile(fixturePath('adapters/typescript/registries', FILE), 'utf8');
  const extraction = await typescriptAdapter.extract({ path: FILE, text }, { config });
  return Object.fromEntries(
    extraction.references.map((reference) => [
      reference.from,
      reference.target.type === 'name' ? reference.target.remote : reference.target,
    ]),
  );
}

describe('typescript registry fetches', () => {
  it('makes every registry fetch a consumer of the remote prompt of that name', async () => {
    const result = await scanFixture('adapters/typescript/registries');
    expect(edgeStrings(result, ['consumes'])).toEqual([
      `consumer:${FILE}#braintrustInvoke -consumes-> remote:braintrust/classifier`,
      `consumer:${FILE}#braintrustPrompt -consumes-> remote:braintrust/triage-v2`,
      `consumer:${FILE}#langfuseClient -consumes-> remote:langfuse/triage`,
      `consumer:${FILE}#langfuseLabelled -consumes-> remote:langfuse/support-reply`,
      `consumer:${FILE}#langfusePinned -consumes-> remote:langfuse/support-reply`,
      `consumer:${FILE}#langfuseProduction -consumes-> remote:langfuse/support-reply`,
      `consumer:${FILE}#langsmithClient -consumes-> remote:langsmith/acme/summary`,
      `consumer:${FILE}#langsmithHub -consumes-> remote:langsmith/acme/grader`,
      `consumer:${FILE}#langsmithHub -consumes-> remote:langsmith/acme/rag-answer`,
      `consumer:${FILE}#langwatchPrompt -consumes-> remote:langwatch/faq-answer`,
      `consumer:${FILE}#launchDarkly -consumes-> remote:launchdarkly/chat-config`,
      `consumer:${FILE}#portkeyCompletion -consumes-> remote:portkey/pp-support-123`,
      `consumer:${FILE}#promptLayerRun -consumes-> remote:promptlayer/summarise`,
      `consumer:${FILE}#promptLayerTemplate -consumes-> remote:promptlayer/welcome-email`,
    ]);
    expect(nodeById(result, 'remote:portkey/pp-support-123')).toMatchObject({
      kind: 'prompt',
      format: 'portkey',
      file: '',
    });
  });

  it("reads Langfuse getPrompt's moving pointer: production by default, a label when given, a number pins it", async () => {
    const byConsumer = await remotes();
    expect(byConsumer.langfuseProduction).toEqual({
      registry: 'langfuse',
      name: 'support-reply',
      label: 'production',
      moving: true,
    });
    expect(byConsumer.langfuseLabelled).toEqual({
      registry: 'langfuse',
      name: 'support-reply',
      label: 'staging',
      moving: true,
    });
    expect(byConsumer.langfusePinned).toEqual({
      registry: 'langfuse',
      name: 'support-reply',
      version: '3',
      moving: false,
    });
    expect(byConsumer.langfuseClient).toEqual({ registry: 'langfuse', name: 'triage', label: 'latest', moving: true });
  });

  it('pins PromptLayer, Braintrust and LangSmith references by version or commit, and leaves labels and LaunchDarkly moving', async () => {
    const byConsumer = await remotes();
    expect(byConsumer.promptLayerTemplate).toEqual({
      registry: 'promptlayer',
      name: 'welcome-email',
      label: 'prod',
      moving: true,
    });
    expect(byConsumer.promptLayerRun).toEqual({
      registry: 'promptlayer',
      name: 'summarise',
      version: '4',
      moving: false,
    });
    expect(byConsumer.braintrustPrompt).toEqual({
      registry: 'braintrust',
      name: 'triage-v2',
      version: '5',
      moving: false,
    });
    expect(byConsumer.braintrustInvoke).toEqual({ registry: 'braintrust', name: 'classifier', moving: true });
    expect(byConsumer.launchDarkly).toEqual({ registry: 'launchdarkly', name: 'chat-config', moving: true });
    expect(byConsumer.langsmithClient).toEqual({
      registry: 'langsmith',
      name: 'acme/summary',
      version: '9c1d2e3',
      moving: false,
    });
  });

  it("leaves the project's own getPrompt (an object defined in the file) alone: it is no Langfuse call", async () => {
    const result = await scanFixture('adapters/typescript/registries');
    expect(result.nodes.map((node) => node.id)).not.toContain('remote:langfuse/welcome');
    expect(result.nodes.map((node) => node.id)).not.toContain(`consumer:${FILE}#ownStore`);
  });

  it('merges the references to one remote node, moving when any of them is', async () => {
    const result = await scanFixture('adapters/typescript/registries');
    expect(nodeById(result, 'remote:langfuse/support-reply').remote).toMatchObject({ moving: true });
    expect(nodeById(result, 'remote:langsmith/acme/grader').remote).toEqual({
      registry: 'langsmith',
      name: 'acme/grader',
      version: '3f2a9c1',
      moving: false,
    });
    expect(result.diagnostics).toEqual([]);
  });
});
