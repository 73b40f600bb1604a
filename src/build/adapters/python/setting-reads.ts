import type { PythonFile, Scope } from './python-file.js';
import { callArguments, field, unwrap, type Node } from './syntax.js';
import { literalText } from './string-literal.js';
import { lookup } from './bindings.js';
import { consumes } from './consume-reference.js';
import { parentOf } from './parent-index.js';

/** A key that says "prompt text" (the configuration adapter's rule for its units). */
const PROMPT_KEY = /prompt|instruction|system|persona|preamble|template|guideline/i;

/**
 * A key path read from a settings object (`get_settings().pr_review_prompt.system`,
 * `config["agent"]["system_template"]`, `settings.get("agent").get("system_prompt")`):
 * the scope consumes the configuration units at that key path, whichever file
 * holds them. Only paths of two keys or more with a prompt-like key count, read from
 * anything but `self`/`cls` (the instance's own fields) or a module (its attributes).
 */
export function readSetting(file: PythonFile, scope: Scope | undefined, symbol: string, node: Node): void {
  if (node.type === 'attribute' && callsMethod(node)) return;
  const chain = keyChain(node);
  if (!chain || chain.keys.length < 2 || !chain.keys.some((key) => PROMPT_KEY.test(key))) return;
  const root = unwrap(chain.root);
  if (root.type === 'identifier') {
    if (['self', 'cls'].includes(root.text)) return;
    if (lookup(file, scope, root.text)?.kind === 'module') return;
  }
  consumes(file, symbol, { type: 'setting', keys: chain.keys }, node, `${chain.keys.join('.')}`);
}

/** What text is formatted or trimmed with: a key read before them is still a value. */
const TEXT_METHODS = new Set([
  'format',
  'format_map',
  'strip',
  'lstrip',
  'rstrip',
  'replace',
  'split',
  'splitlines',
  'render',
]);

/** `client.templates.get(…)`, `portkey.prompts.completions.create(…)`: the chain names a method to call, not keys to read. */
function callsMethod(node: Node): boolean {
  let outer = node;
  let parent = parentOf(outer);
  while (parent?.type === 'attribute' && field(parent, 'object')?.id === outer.id) {
    outer = parent;
    parent = parentOf(outer);
  }
  if (parent?.type !== 'call' || field(parent, 'function')?.id !== outer.id) return false;
  return !TEXT_METHODS.has(field(outer, 'attribute')!.text) || outer.id === node.id;
}

/** The literal keys read in a chain of attributes, string subscripts and `.get("key")` calls, outermost last. */
function keyChain(node: Node): { keys: string[]; root: Node } | undefined {
  const keys: string[] = [];
  let current = unwrap(node);
  for (;;) {
    if (current.type === 'attribute') {
      keys.unshift(field(current, 'attribute')!.text);
      current = unwrap(field(current, 'object')!);
    } else if (current.type === 'subscript') {
      const key = literalText(field(current, 'subscript'));
      if (key === undefined) break;
      keys.unshift(key);
      current = unwrap(field(current, 'value')!);
    } else if (current.type === 'call' && isGet(current)) {
      keys.unshift(literalText(callArguments(current).positional[0])!);
      current = unwrap(field(field(current, 'function')!, 'object')!);
    } else break;
  }
  return keys.length ? { keys, root: current } : undefined;
}

/** `x.get("key")` or `x.get("key", default)`. */
function isGet(call: Node): boolean {
  const callee = field(call, 'function');
  return (
    callee?.type === 'attribute' &&
    field(callee, 'attribute')!.text === 'get' &&
    literalText(callArguments(call).positional[0]) !== undefined
  );
}
