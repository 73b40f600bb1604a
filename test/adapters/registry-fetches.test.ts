import { describe, expect, it } from 'vitest';
import {
  camelCase,
  registryFetch,
  snakeCase,
  type ArgumentSlot,
  type FetchCall,
} from '../../src/build/adapters/shared/registry-fetches.js';

/** A call with literal arguments: positional ones, and options by key (a TS options object, Python keywords). */
function call(
  callee: string,
  positional: string[],
  options: Record<string, string> = {},
  imported: string[] = [],
): FetchCall {
  return {
    callee,
    literal: (slot: ArgumentSlot) => ('key' in slot ? options[slot.key] : positional[slot.position]),
    imports: (module) => imported.some((specifier) => module.test(specifier)),
  };
}

describe('registry fetch table shared by TypeScript and Python', () => {
  it('spells names the Python way in snake_case', () => {
    expect(['getPrompt', 'promptReleaseLabel', 'promptID', 'templates.get'].map(snakeCase)).toEqual([
      'get_prompt',
      'prompt_release_label',
      'prompt_id',
      'templates.get',
    ]);
  });

  it('reads one rule in either spelling to the same remote reference', () => {
    const typescript = registryFetch(
      call('promptLayer.run', [], { promptName: 'summarise', promptReleaseLabel: 'prod' }),
      camelCase,
    );
    const python = registryFetch(
      call('promptlayer.run', [], { prompt_name: 'summarise', prompt_release_label: 'prod' }),
      snakeCase,
    );
    expect(typescript?.remote).toEqual({ registry: 'promptlayer', name: 'summarise', label: 'prod', moving: true });
    expect(python?.remote).toEqual(typescript?.remote);
    expect(python?.label).toBe("promptlayer.run('summarise')");
  });

  it('pins a Portkey id@version only with a number, and a LangSmith commit with any text', () => {
    expect(
      registryFetch(call('portkey.prompts.render', [], { promptID: 'pp-welcome@latest' }), camelCase)?.remote,
    ).toEqual({ registry: 'portkey', name: 'pp-welcome', moving: true });
    expect(registryFetch(call('hub.pull', ['acme/grader:3f2a9c1'], {}, ['langchain']), camelCase)?.remote).toEqual({
      registry: 'langsmith',
      name: 'acme/grader',
      version: '3f2a9c1',
      moving: false,
    });
  });

  it('trusts a common method name only where the rule says: invoke bare or on braintrust, config in a file importing ldai', () => {
    expect(registryFetch(call('chain.invoke', [], { slug: 'classifier' }), snakeCase)).toBeUndefined();
    expect(registryFetch(call('braintrust.invoke', [], { slug: 'classifier' }), snakeCase)?.remote.registry).toBe(
      'braintrust',
    );
    expect(registryFetch(call('app.config', ['DEBUG']), snakeCase)).toBeUndefined();
    expect(registryFetch(call('ai_client.config', ['chat-config'], {}, ['ldai.client']), snakeCase)?.remote).toEqual({
      registry: 'launchdarkly',
      name: 'chat-config',
      moving: true,
    });
  });

  it("fetches only through the registry's client: a receiver named after it, or a file importing its SDK", () => {
    // crewAI: `self.prompt.get("system", "")` reads a dict; gemini-cli: `registry.getPrompt('prompt1')` is its own class.
    expect(registryFetch(call('self.prompt.get', ['system']), snakeCase)).toBeUndefined();
    expect(registryFetch(call('registry.getPrompt', ['prompt1']), camelCase)).toBeUndefined();
    expect(registryFetch(call('store.templates.get', ['welcome']), camelCase)).toBeUndefined();
    expect(registryFetch(call('self.langfuse_client.get_prompt', ['triage']), snakeCase)?.remote.name).toBe('triage');
    expect(registryFetch(call('client.get_prompt', ['triage'], {}, ['langfuse']), snakeCase)?.remote.name).toBe(
      'triage',
    );
    expect(registryFetch(call('lf.prompt.get', ['triage'], {}, ['@langfuse/client']), camelCase)?.remote.name).toBe(
      'triage',
    );
  });
});
