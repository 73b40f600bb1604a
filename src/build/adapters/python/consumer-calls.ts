import type { RemoteRef } from '../../../model/schema/scan-result.js';
import type { PythonFile, Scope } from './python-file.js';
import { sinkOfCall } from './callee-origin.js';
import { sinkArguments } from './sink-arguments.js';
import { callArgumentsWithSplats } from './splat-arguments.js';
import { callArguments, dottedName, field, type Node } from './syntax.js';
import { literalText } from './string-literal.js';
import { registryCall } from './registry-calls.js';
import { promptFileLoadPath } from './prompt-file-loaders.js';

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

const POML = new Set(['poml.poml', 'poml']);

/** POML reads a file only when its argument names one: text that opens with a tag or spans lines is markup. */
const isInlineMarkup = (text: string | undefined): boolean =>
  text !== undefined && (/^\s*</.test(text) || text.includes('\n'));

/** Recognises model calls, prompt loaders, registry fetches and template lookups by their shape. */
export function callMeaning(file: PythonFile, call: Node, scope?: Scope): CallMeaning | undefined {
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
  const sink = sinkOfCall(file, scope, call);
  if (sink)
    return {
      kind: 'model',
      arguments: sinkArguments(sink, callArgumentsWithSplats(file, scope, call)),
      label,
      wraps: sink.wraps,
    };
  const loaded = POML.has(name)
    ? (args.positional[0] ?? args.keywords.get('prompt'))
    : promptFileLoadPath(file, scope, call);
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
