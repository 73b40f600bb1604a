import type { ts } from 'ts-morph';
import type { RemoteRef } from '../../../model/schema/scan-result.js';
import type { Scope, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { calleeName, literalText, unwrap } from './syntax.js';
import { optionValues } from './options.js';
import { registryFetch } from './registry-calls.js';
import { sinkArguments, sinkOf } from './sink-call.js';
import { nunjucksLoad, type NunjucksLoad } from './nunjucks.js';

/** What a recognised call does with its arguments. */
export type CallMeaning =
  /** Sends these argument nodes to a model (messages, `system`, `instructions`, templates). */
  | {
      kind: 'model';
      arguments: ModelArgument[];
      label: string /** False where the call is too generic (`.invoke`) to make a function passing its parameter a wrapper. */;
      wraps: boolean /** Genkit `definePrompt`: every text it is given is the prompt it defines, named `name` as `ai.prompt(name)` calls it. */;
      defines?: { name?: string };
    }
  /** Loads a prompt file at this path expression. */
  | { kind: 'load'; path: ts.Node; label: string }
  /** Fetches a prompt from a registry by name. */
  | { kind: 'registry'; remote: RemoteRef; label: string }
  /** Genkit `ai.prompt('name', { variant })`. */
  | { kind: 'genkit'; name: string; variant?: string; label: string }
  /** A configured loader call: the repository path its template gives. */
  | { kind: 'configured'; path: string; label: string }
  /** A nunjucks `env.render(name)` / `env.getTemplate(name)`: the name, looked up under the environment's loader folders. */
  | ({ kind: 'template'; label: string } & NunjucksLoad);

/** An argument a model receives, and the slot it fills (`system`, `instructions`, `messages`, `user`…). */
export interface ModelArgument {
  node: ts.Node;
  slot: string;
}

export const PROMPTY = /(^|\.)[Pp]rompty\.(load|execute|invoke|prepare)$/;

const slots = (values: Map<string, ts.Node>, keys: string[], rename: Record<string, string> = {}): ModelArgument[] =>
  keys.flatMap((key) => (values.has(key) ? [{ node: values.get(key)!, slot: rename[key] ?? key }] : []));

/** Recognises model calls, prompt loaders, registry fetches, Genkit lookups and configured loaders by their shape. */
export function callMeaning(
  file: TsFile,
  scope: Scope | undefined,
  call: ts.CallExpression | ts.NewExpression,
): CallMeaning | undefined {
  const t = api();
  const name = calleeName(call.expression);
  const args = call.arguments ?? [];
  const label = `${name}(…)`;
  const options = () => optionValues(file, scope, args[0]);
  const model = (argumentsOf: ModelArgument[], wraps = true, defines?: { name?: string }): CallMeaning => ({
    kind: 'model',
    arguments: argumentsOf,
    label,
    wraps,
    ...(defines ? { defines } : {}),
  });
  const configured = file.config.loaders.find((loader) => loader.call === name);
  if (configured) {
    const argument = literalText(args[configured.argument]);
    return argument === undefined
      ? undefined
      : { kind: 'configured', path: configured.path.split('{arg}').join(argument), label: `${name}('${argument}')` };
  }
  if (t.isCallExpression(call)) {
    const fetched = registryFetch(file, scope, call, name);
    if (fetched) return { kind: 'registry', ...fetched };
    const template = nunjucksLoad(file, scope, call);
    if (template)
      return {
        kind: 'template',
        ...template,
        label: literalText(template.name) === undefined ? label : `${name}('${literalText(template.name)}')`,
      };
  }
  if (PROMPTY.test(name) && args[0]) return { kind: 'load', path: args[0], label };
  if (/(^|\.)definePrompt$/.test(name)) {
    const values = options();
    const promptName = literalText(values.get('name'));
    return model(
      [
        ...slots(values, ['system', 'prompt', 'messages'], { prompt: 'template' }),
        ...(args[1] ? [{ node: args[1], slot: 'template' }] : []),
      ],
      true,
      promptName ? { name: promptName } : {},
    );
  }
  // Everything else a model receives is the sink table's to say (built-in SDKs, then the config's own clients).
  const sink = sinkOf(file, scope, call);
  if (sink) {
    const found = sinkArguments(file, scope, call, sink);
    return found.length ? model(found, sink.wraps) : undefined;
  }
  if (t.isCallExpression(call) && /(^|\.)prompt$/.test(name) && name !== 'prompt') {
    const promptName = literalText(args[0]);
    if (!promptName || !/^[\w./-]+$/.test(promptName)) return undefined;
    const variant = literalText(optionValues(file, scope, args[1]).get('variant'));
    return { kind: 'genkit', name: promptName, ...(variant ? { variant } : {}), label: `${name}('${promptName}')` };
  }
  return undefined;
}

/** `ai.generate(…)` on `const ai = genkit({…})`, or on a name `ai` as Genkit's examples call it. */
export function isGenkit(file: TsFile, name: string): boolean {
  const head = name.split('.')[0]!;
  const binding = file.module.get(head);
  if (binding?.kind !== 'value') return head === 'ai';
  const value = unwrap(binding.node);
  return api().isCallExpression(value) && /(^|\.)genkit$/i.test(calleeName(value.expression));
}
