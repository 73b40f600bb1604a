import type { ts } from 'ts-morph';
import type { RemoteRef } from '../../schema/scan-result.js';
import type { Scope, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { literalText, unwrap } from './syntax.js';
import { optionValues } from './options.js';

export interface RegistryFetch {
  remote: RemoteRef;
  label: string;
}

/** A pinned version: a number (or a numeric string); anything else follows a moving pointer. */
function pinned(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  const t = api();
  const expression = unwrap(node);
  if (t.isNumericLiteral(expression)) return expression.text;
  const text = literalText(expression);
  return text !== undefined && /^\d+$/.test(text) ? text : undefined;
}

function remote(registry: string, name: string, version: string | undefined, label: string | undefined): RemoteRef {
  return { registry, name, ...(label ? { label } : {}), ...(version ? { version } : {}), moving: version === undefined };
}

/**
 * Code fetching a prompt from a registry by name: Langfuse `getPrompt(name, version, { label })`
 * and `prompt.get`, PromptLayer `templates.get` and `run({ promptName })`, Braintrust
 * `loadPrompt({ slug })` / `invoke` / `initFunction`, LangWatch `prompts.get`, LaunchDarkly
 * `completionConfig(key)`, Portkey `prompts.completions.create({ promptID })`, LangSmith `hub.pull`.
 */
export function registryFetch(file: TsFile, scope: Scope | undefined, call: ts.CallExpression, name: string): RegistryFetch | undefined {
  const args = call.arguments;
  const first = literalText(args[0]);
  const options = (index: number) => optionValues(file, scope, args[index]);
  const method = name.slice(name.lastIndexOf('.') + 1);
  const at = (_registry: string, promptName: string) => `${name}('${promptName}')`;
  if (method === 'getPrompt' && first) {
    const label = literalText(options(2).get('label'));
    const version = pinned(args[1]) ?? pinned(options(2).get('version'));
    return { remote: remote('langfuse', first, version, label ?? (version ? undefined : 'production')), label: at('langfuse', first) };
  }
  if (/(^|\.)prompt\.get$/.test(name) && first) {
    const version = pinned(options(1).get('version'));
    return { remote: remote('langfuse', first, version, literalText(options(1).get('label')) ?? (version ? undefined : 'production')), label: at('langfuse', first) };
  }
  if (/(^|\.)templates\.get$/.test(name) && first) return { remote: remote('promptlayer', first, pinned(options(1).get('version')), literalText(options(1).get('label'))), label: at('promptlayer', first) };
  if (method === 'run' && literalText(options(0).get('promptName'))) {
    const promptName = literalText(options(0).get('promptName'))!;
    return { remote: remote('promptlayer', promptName, pinned(options(0).get('promptVersion')), literalText(options(0).get('promptReleaseLabel'))), label: at('promptlayer', promptName) };
  }
  if (/^(loadPrompt|invoke|initFunction|braintrust\.(loadPrompt|invoke|initFunction))$/.test(name) && literalText(options(0).get('slug'))) {
    const slug = literalText(options(0).get('slug'))!;
    return { remote: remote('braintrust', slug, pinned(options(0).get('version')) ?? literalText(options(0).get('version')), undefined), label: at('braintrust', slug) };
  }
  if (/(^|\.)prompts\.get$/.test(name) && first) return { remote: remote('langwatch', first, pinned(options(1).get('version')), undefined), label: at('langwatch', first) };
  if (method === 'completionConfig' && first) return { remote: remote('launchdarkly', first, undefined, undefined), label: at('launchdarkly', first) };
  if (/(^|\.)prompts\.(completions\.create|render)$/.test(name)) {
    const id = literalText(options(0).get('promptID') ?? options(0).get('promptId'));
    if (!id) return undefined;
    const [promptName, version] = id.split('@') as [string, string | undefined];
    return { remote: remote('portkey', promptName, version && /^\d+$/.test(version) ? version : undefined, undefined), label: at('portkey', id) };
  }
  if (/^(hub\.)?pull$/.test(name) && first && (name === 'hub.pull' || importedFrom(file, 'pull', /^langchain\/hub/))) {
    const [promptName, commit] = first.split(':') as [string, string | undefined];
    return { remote: remote('langsmith', promptName, commit, undefined), label: at('langsmith', first) };
  }
  return undefined;
}

/** Is `name` imported from a module matching `specifier`? */
export function importedFrom(file: TsFile, name: string, specifier: RegExp): boolean {
  const binding = file.module.get(name);
  return (binding?.kind === 'import' || binding?.kind === 'namespace') && specifier.test(binding.specifier);
}
