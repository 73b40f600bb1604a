import type { RemoteRef } from '../../../model/schema/scan-result.js';
import type { PythonFile } from './python-file.js';
import { callArguments, dottedName, field, type CallArguments, type Node } from './syntax.js';
import { literalText } from './string-literal.js';
import { registryCall } from './registry-calls.js';

/** What a recognised call does with its arguments. */
export type CallMeaning =
  /** Sends these argument nodes to a model (message lists, `system=`, templates). */
  | {
      kind: 'model';
      arguments: ModelArgument[];
      label: string /** False where the call is too generic (`.invoke`) to make a function passing its parameter a wrapper. */;
      wraps: boolean;
    }
  /** Loads a prompt file at this path expression. */
  | { kind: 'load'; path: Node; label: string }
  /** Fetches a prompt from a registry by name. */
  | { kind: 'registry'; remote: RemoteRef; label: string }
  /** Genkit `ai.prompt('name')`. */
  | { kind: 'genkit'; name: string; label: string }
  /** Jinja `env.get_template('x.j2')` on this environment expression. */
  | { kind: 'jinja'; environment: Node; name: string; label: string }
  /** `env.get_template(name)` with a name computed at run time (a loader helper's parameter). */
  | { kind: 'jinja'; environment: Node; name: undefined; nameNode: Node; label: string };

/** An argument a model receives, and the slot it fills (`system`, `instructions`, `messages`, `user`…). */
export interface ModelArgument {
  node: Node;
  slot: string;
}

const MODEL_KEYWORDS = [
  'messages',
  'system',
  'instructions',
  'input',
  'prompt',
  'system_instruction',
  'system_prompt',
  'template',
  'contents',
];
const LANGCHAIN_CONSTRUCTORS = new Set([
  'SystemMessage',
  'HumanMessage',
  'AIMessage',
  'PromptTemplate',
  'ChatPromptTemplate',
  'SystemMessagePromptTemplate',
  'HumanMessagePromptTemplate',
  'Template',
  'jinja2.Template',
]);
const LANGCHAIN_FACTORIES = new Set(['from_messages', 'from_template', 'from_strings']);
const LOADERS = new Set(['prompty.load', 'prompty.execute', 'prompty.prepare', 'poml.poml', 'poml']);
const POML = new Set(['poml.poml', 'poml']);

/** POML reads a file only when its argument names one: text that opens with a tag or spans lines is markup. */
const isInlineMarkup = (text: string | undefined): boolean =>
  text !== undefined && (/^\s*</.test(text) || text.includes('\n'));

const slots = (args: CallArguments, keywords: string[]): ModelArgument[] =>
  keywords.flatMap((slot) => (args.keywords.get(slot) ? [{ node: args.keywords.get(slot)!, slot }] : []));

/** The slot a LangChain class fills with its text. */
const langchainSlot = (name: string, method: string): string =>
  /System/.test(name)
    ? 'system'
    : /Human|AI/.test(name)
      ? 'user'
      : method === 'from_messages'
        ? 'messages'
        : 'template';

/** Recognises model calls, prompt loaders, registry fetches and template lookups by their shape. */
export function callMeaning(file: PythonFile, call: Node): CallMeaning | undefined {
  const written = field(call, 'function');
  if (!written) return undefined;
  // `Agent[Context](…)`: a generic class is called like the class.
  const callee = written.type === 'subscript' ? (field(written, 'value') ?? written) : written;
  const name = dottedName(callee) ?? '';
  const method = callee.type === 'attribute' ? field(callee, 'attribute')!.text : name;
  const args = callArguments(call);
  const label = `${name || method}(…)`;
  // Before model calls: Portkey's `prompts.completions.create` and Braintrust's `invoke` look like them.
  const fetched = registryCall(file, call);
  if (fetched) return { kind: 'registry', ...fetched };
  if (
    /(^|\.)(chat\.completions|completions|responses|messages|beta\.messages)\.(create|stream|parse)$/.test(name) ||
    /^(litellm\.)?a?completion$/.test(name) ||
    (/(^|\.)(generate_content|generate_content_stream|generate|invoke|ainvoke|stream)$/.test(name) &&
      args.keywords.size)
  ) {
    return { kind: 'model', arguments: slots(args, MODEL_KEYWORDS), label, wraps: true };
  }
  // LangChain runnables and chat models: `llm.invoke([...messages])`, `chain.invoke(PROMPT.format(...))`.
  if (
    callee.type === 'attribute' &&
    /^(a?invoke|a?stream|a?batch|predict|apredict)$/.test(method) &&
    args.positional[0]
  ) {
    return { kind: 'model', arguments: [{ node: args.positional[0], slot: 'input' }], label, wraps: false };
  }
  // OpenAI Agents SDK: `Runner.run(agent, input)`.
  if (/(^|\.)Runner\.(run|run_sync|run_streamed)$/.test(name)) {
    const input = args.positional[1] ?? args.keywords.get('input');
    // The input is usually the user's turn: passing a parameter through does not make a wrapper.
    return { kind: 'model', arguments: input ? [{ node: input, slot: 'input' }] : [], label, wraps: false };
  }
  if (/(^|\.)(GenerateContentConfig|GenerativeModel|\w*Agent|Assistant|create_react_agent|ChatSession)$/.test(name)) {
    return {
      kind: 'model',
      arguments: slots(args, ['system_instruction', 'instructions', 'system_prompt', 'prompt', 'state_modifier']),
      label,
      wraps: true,
    };
  }
  if (LANGCHAIN_CONSTRUCTORS.has(name) || (callee.type === 'attribute' && LANGCHAIN_FACTORIES.has(method))) {
    const slot = langchainSlot(name, method);
    const nodes = [
      args.positional[0],
      args.keywords.get('content'),
      args.keywords.get('template'),
      args.keywords.get('messages'),
      args.keywords.get('source'),
    ].filter((node): node is Node => node !== undefined);
    return { kind: 'model', arguments: nodes.map((node) => ({ node, slot })), label, wraps: true };
  }
  const loaded = LOADERS.has(name) ? (args.positional[0] ?? args.keywords.get('prompt')) : undefined;
  // POML takes markup or a path: `poml("<p>Say hello.</p>")` is the prompt itself, written at the call.
  if (loaded && POML.has(name) && isInlineMarkup(literalText(loaded)))
    return { kind: 'model', arguments: [{ node: loaded, slot: 'markup' }], label, wraps: false };
  if (loaded) return { kind: 'load', path: loaded, label };
  if (callee.type === 'attribute' && method === 'prompt' && isGenkitPrompt(file, literalText(args.positional[0])))
    return {
      kind: 'genkit',
      name: literalText(args.positional[0])!,
      label: `${name}('${literalText(args.positional[0])}')`,
    };
  const templateName =
    callee.type === 'attribute' && method === 'get_template'
      ? (args.positional[0] ?? args.keywords.get('name'))
      : undefined;
  if (templateName) {
    const literal = literalText(templateName);
    if (literal === undefined)
      return {
        kind: 'jinja',
        environment: field(callee, 'object')!,
        name: undefined,
        nameNode: templateName,
        label: 'get_template(…)',
      };
    return { kind: 'jinja', environment: field(callee, 'object')!, name: literal, label: `get_template('${literal}')` };
  }
  return undefined;
}

/**
 * Genkit's `ai.prompt('name')`, not a terminal prompt: `click.prompt('Enter your
 * choice')` and prompt_toolkit's `session.prompt('New content: ')` share the
 * method. The file must import Genkit and the literal must read as a prompt name.
 */
function isGenkitPrompt(file: PythonFile, name: string | undefined): boolean {
  if (name === undefined || !/^[\w./-]+$/.test(name)) return false;
  return [...file.module.values()].some(
    (binding) => (binding.kind === 'import' || binding.kind === 'module') && /^genkit(\.|$)/.test(binding.specifier),
  );
}

/** `os.environ["X"]`, `os.environ.get("X")`, `os.getenv("X")`: the variable read, if literal. */
export function environmentVariable(node: Node): string | undefined {
  if (node.type === 'subscript' && dottedName(field(node, 'value')!) === 'os.environ')
    return literalText(field(node, 'subscript'));
  if (node.type !== 'call') return undefined;
  const name = dottedName(field(node, 'function')!);
  if (name === 'os.getenv' || name === 'getenv' || name === 'os.environ.get' || name === 'environ.get')
    return literalText(callArguments(node).positional[0]);
  return undefined;
}
