import type { ts } from 'ts-morph';
import type { RemoteRef } from '../../../model/schema/scan-result.js';
import type { Scope, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { calleeName, literalText, unwrap } from './syntax.js';
import { optionValues } from './options.js';
import { importedFrom, registryFetch } from './registry-calls.js';
import { definedInRepository } from './bindings.js';
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

const OPENAI_ANTHROPIC =
  /(^|\.)(chat\.completions|completions|responses|messages|beta\.messages|beta\.chat\.completions)\.(create|stream|parse)$/;
const ASSISTANTS = /(^|\.)(assistants|runs|threads\.runs)\.(create|update|createAndPoll|stream)$/;
const AI_SDK = /(^|\.)(generateText|streamText|generateObject|streamObject)$/;
const GENKIT_GENERATE = /(^|\.)(generate|generateStream)$/;
const GOOGLE =
  /(^|\.)(generateContent|generateContentStream|getGenerativeModel|startChat|chats\.create|live\.connect)$/;
const AGENT = /(^|\.)(\w*Agent|Assistant)(\.create)?$/;
const AGENT_FACTORY = /(^|\.)create\w*Agent$/;
const LANGCHAIN = /(^|\.)((System|Human|AI|Chat)Message(PromptTemplate)?|(Chat)?PromptTemplate)$/;
const LANGCHAIN_FACTORY = /(^|\.)\w*(PromptTemplate|Message)\.(fromMessages|fromTemplate|fromPromptMessages)$/;
const RUNNABLE = /\.(invoke|stream|batch|streamEvents)$/;
export const PROMPTY = /(^|\.)[Pp]rompty\.(load|execute|invoke|prepare)$/;

const slots = (values: Map<string, ts.Node>, keys: string[], rename: Record<string, string> = {}): ModelArgument[] =>
  keys.flatMap((key) => (values.has(key) ? [{ node: values.get(key)!, slot: rename[key] ?? key }] : []));

/** The slot a LangChain class fills with its text. */
const langchainSlot = (name: string): string =>
  /System/.test(name)
    ? 'system'
    : /Human|AI/.test(name)
      ? 'user'
      : /fromMessages|fromPromptMessages/.test(name)
        ? 'messages'
        : 'template';

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
  if (OPENAI_ANTHROPIC.test(name))
    return model(slots(options(), ['system', 'instructions', 'messages', 'input', 'prompt']));
  if (ASSISTANTS.test(name)) return model(slots(options(), ['instructions', 'additional_instructions', 'messages']));
  if (AI_SDK.test(name)) return model(slots(options(), ['system', 'prompt', 'messages']));
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
  if (GENKIT_GENERATE.test(name) && args[0]) {
    const values = options();
    // `.generate(x)` is a common name: the bare-prompt form counts only on a Genkit instance.
    if (!values.size)
      return isGenkit(file, name) &&
        (t.isIdentifier(args[0]) || literalText(args[0]) !== undefined || t.isTemplateExpression(args[0]))
        ? model([{ node: args[0], slot: 'prompt' }])
        : undefined;
    return values.has('system') || values.has('prompt') || values.has('messages')
      ? model(slots(values, ['system', 'prompt', 'messages']))
      : undefined;
  }
  if (GOOGLE.test(name)) {
    const values = options();
    const config = optionValues(file, scope, values.get('config') ?? values.get('generationConfig'));
    const found = [...slots(values, ['systemInstruction', 'contents']), ...slots(config, ['systemInstruction'])];
    return model(found.length || !args[0] || values.size ? found : [{ node: args[0], slot: 'input' }]);
  }
  if (LANGCHAIN_FACTORY.test(name) || (t.isNewExpression(call) && LANGCHAIN.test(name))) {
    const values = options();
    const nodes = values.size
      ? [values.get('content'), values.get('template'), values.get('promptMessages'), values.get('messages')]
      : [args[0]];
    return model(
      nodes.filter((node): node is ts.Node => node !== undefined).map((node) => ({ node, slot: langchainSlot(name) })),
    );
  }
  // A call of the project's own `createSupportAgent(prompt)` is a call of a possible wrapper, not an agent constructor.
  if ((AGENT.test(name) || AGENT_FACTORY.test(name)) && (t.isNewExpression(call) || !definedInRepository(file, name)))
    return model(
      slots(options(), ['instructions', 'system', 'systemPrompt', 'prompt', 'stateModifier', 'messageModifier']),
    );
  // OpenAI Agents SDK `run(agent, input)`: the input is usually the user's turn, so passing a parameter through makes no wrapper.
  if (/(^|\.)[Rr]unner\.run$/.test(name) || (name === 'run' && importedFrom(file, 'run', /^@openai\/agents/)))
    return args[1] ? model([{ node: args[1], slot: 'input' }], false) : undefined;
  if (t.isCallExpression(call) && t.isPropertyAccessExpression(call.expression) && RUNNABLE.test(name) && args[0])
    return model([{ node: args[0], slot: 'input' }], false);
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
