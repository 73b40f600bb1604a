import type { PythonFile, Scope, TextValue } from './python-file.js';
import { callArguments, dottedName, endLine, field, namedChildren, startLine, unwrap, type Node } from './syntax.js';
import { callMeaning, environmentVariable } from './consumer-calls.js';
import { literalText } from './string-literal.js';
import { evaluatePath, underDirectories, type CodePath } from './paths.js';
import { fileReadTarget } from '../shared/code-path.js';
import { loadedPath } from './loaded-file.js';
import { evaluateText, holdsText, textOf } from './text-value.js';
import { namedBy } from './references.js';
import { includeReference } from '../shared/include.js';
import { declareTemplateLoader, jinjaDirectories, loadTemplate } from './jinja-environment.js';
import { replacePlaceholders } from '../shared/replace-placeholders.js';
import { callArgumentsOf } from './call-arguments.js';
import { consumes } from './consume-reference.js';
import { MESSAGE_TEXT_KEYS } from './argument-parts.js';
import { readSetting } from './setting-reads.js';
import { nameConfigFile } from './config-paths.js';
import { isMessageConstructor } from './message-constructors.js';
import { constructorParameter } from './constructor-fields.js';
import { lookup } from './bindings.js';
import { parentOf } from './parent-index.js';

const MODULE_SYMBOL = '<module>';
const NESTED = new Set(['function_definition', 'class_definition', 'decorated_definition']);
/** Calls and subscripts (model calls, loads, environment reads), attributes (settings reads), strings (configuration paths). */
const EXPRESSIONS = ['call', 'subscript', 'attribute', 'string'];

/**
 * Walks the code of one consumer scope (a function, a method, or the module's
 * top-level statements) for model calls, loaders, registry fetches, template
 * lookups, environment reads and calls that may reach a wrapper.
 */
export function walkConsumerScope(file: PythonFile, scope: Scope | undefined, body: Node, topLevel: boolean): void {
  const symbol = scope?.symbol ?? MODULE_SYMBOL;
  // One native query per statement: walking the tree node by node through the wasm bindings costs several times more.
  const statements = topLevel ? namedChildren(body).filter((statement) => !NESTED.has(statement.type)) : [body];
  for (const statement of statements) {
    for (const node of statement.descendantsOfType(EXPRESSIONS)) if (node) visitExpression(file, scope, symbol, node);
  }
}

function visitExpression(file: PythonFile, scope: Scope | undefined, symbol: string, node: Node): void {
  if (node.type === 'string') return nameConfigFile(file, scope, symbol, node);
  if (node.type !== 'call' || !environmentVariable(node)) readSetting(file, scope, symbol, node);
  if (node.type === 'attribute') return;
  const variable = environmentVariable(node);
  if (variable) return consumes(file, symbol, { type: 'env', variable }, node, `os.environ['${variable}']`);
  if (node.type !== 'call') return;
  const loaded = loadedPath(file, scope, node);
  // A file read inside an f-string is part of that text (an include), not a load of its own.
  if (loaded) return partOfText(file, node) ? undefined : consumes(file, symbol, loaded.target, node, loaded.label);
  const meaning = callMeaning(file, node, scope);
  if (!meaning) return callArgumentsOf(file, scope, symbol, node);
  switch (meaning.kind) {
    case 'model':
      for (const argument of meaning.arguments)
        consume(
          file,
          scope,
          { symbol, label: meaning.label, wraps: meaning.wraps, owner: inlineOwner(scope, node) },
          argument.node,
          argument.slot,
          0,
        );
      // `from agents.agent import Agent`: an SDK's name, or the repository's own class of that name; the resolver tells.
      if (importedName(file, scope, node)) callArgumentsOf(file, scope, symbol, node);
      return;
    case 'load': {
      const path = evaluatePath(file, scope, meaning.path);
      if (path) consumes(file, symbol, fileReadTarget(file, path), node, meaning.label);
      return;
    }
    case 'registry':
      return consumes(
        file,
        symbol,
        { type: 'name', name: meaning.remote.name, remote: meaning.remote },
        node,
        meaning.label,
      );
    case 'genkit': {
      const directories = genkitPromptDirectories(file);
      return consumes(
        file,
        symbol,
        {
          type: 'name',
          name: meaning.name,
          localCandidates: underDirectories(file, directories, `${meaning.name}.prompt`),
        },
        node,
        meaning.label,
      );
    }
    case 'jinja': {
      const directories = jinjaDirectories(file, scope, meaning.environment, 0);
      if (meaning.name === undefined) return declareTemplateLoader(file, scope, meaning.nameNode, directories);
      return loadTemplate(file, symbol, directories, meaning.name, node, meaning.label);
    }
  }
}

/**
 * A file read that is part of prompt text is an include of that text, not a load
 * of its own: inside an f-string, or in the value of a module constant that is
 * text (`PROMPT = open("system.txt").read()`). A function returning a file's text
 * stays its loader: a consumer, whether or not anything calls it.
 */
function partOfText(file: PythonFile, node: Node): boolean {
  for (let current = parentOf(node); current; current = parentOf(current)) {
    if (current.type === 'interpolation') return true;
    const statement = current.type === 'assignment' ? parentOf(current) : null;
    if (statement && parentOf(statement)?.type === 'module') {
      const left = field(current, 'left');
      return left?.type === 'identifier' && textOf(file, left.text) !== null;
    }
    if (current.type === 'block' || current.type === 'module') return false;
  }
  return false;
}

/** Where a model call sits: its consumer, how it reads, whether a parameter it passes makes a wrapper, and what inline text there is named after. */
interface ModelCall {
  symbol: string;
  label: string;
  wraps: boolean;
  owner: string;
}

/** Slots whose inline literal is prompt text of its own (a system prompt, agent instructions, a template), not a user turn. */
const INLINE_SLOTS = new Set([
  'system',
  'developer',
  'instructions',
  'system_instruction',
  'system_prompt',
  'template',
  'state_modifier',
  // POML markup passed inline (`poml("<p>…</p>")`): the whole prompt, written at the call.
  'markup',
]);

/** `triage = Agent(instructions="…")` names its inline text `triage.instructions`; elsewhere the enclosing function does. */
function inlineOwner(scope: Scope | undefined, call: Node): string {
  let node = call;
  let parent = parentOf(node);
  while (parent && ['await', 'parenthesized_expression'].includes(parent.type)) {
    node = parent;
    parent = parentOf(node);
  }
  const assigned =
    parent?.type === 'assignment' && field(parent, 'left')?.type === 'identifier'
      ? field(parent, 'left')!.text
      : undefined;
  const prefix = scope ? scope.symbol : undefined;
  return [prefix, assigned].filter(Boolean).join('.') || MODULE_SYMBOL;
}

/** What a model receives: a message list, a dict's values, a name, composed text. */
function consume(
  file: PythonFile,
  scope: Scope | undefined,
  call: ModelCall,
  node: Node,
  slot: string,
  depth: number,
): void {
  if (depth > 8) return;
  const expression = unwrap(node);
  const { symbol, label, wraps } = call;
  // `content=os.environ["SYSTEM_PROMPT"]`: the model is sent the variable's text (the walk records the read; this says it is sent).
  const variable = environmentVariable(expression);
  if (variable)
    return consumes(file, symbol, { type: 'env', variable, sent: true }, expression, `os.environ['${variable}']`);
  const next = (child: Node, childSlot = slot) => consume(file, scope, call, child, childSlot, depth + 1);
  if (expression.type === 'list') return namedChildren(expression).forEach((child) => next(child));
  if (expression.type === 'tuple') {
    // LangChain `("system", TEXT)` message tuples.
    const [role, content, ...rest] = namedChildren(expression);
    const roleText = literalText(role);
    if (
      roleText &&
      content &&
      rest.length === 0 &&
      /^(system|developer|human|user|ai|assistant|placeholder)$/.test(roleText)
    )
      return next(content, roleText === 'system' || roleText === 'developer' ? 'system' : 'user');
    return namedChildren(expression).forEach((child) => next(child));
  }
  if (
    expression.type === 'binary_operator' &&
    field(expression, 'operator')?.text === '+' &&
    !evaluateText(file, scope, expression)
  )
    return [field(expression, 'left')!, field(expression, 'right')!].forEach((child) => next(child));
  if (expression.type === 'dictionary') {
    const pairs = namedChildren(expression).filter((pair) => pair.type === 'pair');
    const role = literalText(
      pairs
        .map((pair) => (literalText(field(pair, 'key')) === 'role' ? field(pair, 'value') : undefined))
        .find(Boolean),
    );
    // Only the keys that carry text: `{"type": "text", "cache_control": …}` around an Anthropic system block are not prompts.
    for (const pair of pairs)
      if (MESSAGE_TEXT_KEYS.has(literalText(field(pair, 'key')) ?? ''))
        next(field(pair, 'value')!, role === 'system' || role === 'developer' ? 'system' : role ? 'user' : slot);
    return;
  }
  // `dict(role="system", content=SYSTEM)`, `BetaTextBlockParam(type="text", text=…)`: a message written as a call.
  if (expression.type === 'call' && isMessageConstructor(file, scope, expression)) {
    const keywords = callArguments(expression).keywords;
    const role = literalText(keywords.get('role'));
    for (const [key, value] of keywords)
      if (MESSAGE_TEXT_KEYS.has(key))
        next(value, role === 'system' || role === 'developer' ? 'system' : role ? 'user' : slot);
    return;
  }
  // `a or b`, `a if c else b`: either may be sent.
  if (expression.type === 'boolean_operator')
    return [field(expression, 'left')!, field(expression, 'right')!].forEach((child) => next(child));
  if (expression.type === 'call' && (callMeaning(file, expression, scope) || loadedPath(file, scope, expression)))
    return; // walked as a call of its own
  const passedOn = expression.type === 'identifier' ? scope?.reassignedParams?.get(expression.text) : undefined;
  if (passedOn !== undefined && wraps) file.wrappers.push({ symbol, paramIndex: passedOn });
  // A local assigned more than once sends the assignment the call follows (one path sets a JSON prompt, another a prose one).
  const assigned = expression.type === 'identifier' ? scope?.reassigned?.get(expression.text) : undefined;
  if (assigned) return next(assigned.filter((value) => value.startIndex < expression.startIndex).pop() ?? assigned[0]!);
  // A local sends its assignment and what `+=` adds to it (`messages += [...]`, `system += RULES`).
  if (expression.type === 'identifier' && scope?.locals.has(expression.text))
    return [scope.locals.get(expression.text)!, ...(scope.augmented?.get(expression.text) ?? [])].forEach((part) =>
      next(part),
    );
  const value = evaluateText(file, scope, expression);
  if (value) {
    if (INLINE_SLOTS.has(slot) && writtenHere(expression) && holdsText(expression, value) && ownText(value))
      return inlineUnit(file, call, expression, slot, value);
    for (const include of value.includes) consumes(file, symbol, include.target, expression, label, include.arguments);
    if (wraps) for (const param of value.params) file.wrappers.push({ symbol, paramIndex: param });
    return;
  }
  const named = namedBy(file, scope, expression);
  if (named && 'target' in named) consumes(file, symbol, named.target, expression, label);
  if (named && 'param' in named && wraps) file.wrappers.push({ symbol, paramIndex: named.param });
  // `self.system` the constructor took as a parameter: whoever builds the instance passes the text.
  if (
    !named &&
    wraps &&
    scope?.className &&
    expression.type === 'attribute' &&
    field(expression, 'object')!.text === 'self'
  ) {
    const index = constructorParameter(file, scope.className, field(expression, 'attribute')!.text);
    if (index !== undefined) file.wrappers.push({ symbol: `${scope.className}.__init__`, paramIndex: index });
  }
}

/** A literal written at the call (`"…"`, `f"…"`, `dedent("…")`, `"…" + X`), not a named template formatted there. */
function writtenHere(node: Node): boolean {
  const expression = unwrap(node);
  if (expression.type === 'string' || expression.type === 'concatenated_string') return true;
  if (expression.type === 'binary_operator' && field(expression, 'operator')?.text === '+')
    return writtenHere(field(expression, 'left')!) || writtenHere(field(expression, 'right')!);
  if (expression.type !== 'call') return false;
  const callee = field(expression, 'function')!;
  const name = dottedName(callee) ?? '';
  if (/(^|\.)(dedent|cleandoc)$/.test(name)) return callArguments(expression).positional.some(writtenHere);
  const method = callee.type === 'attribute' ? field(callee, 'attribute')!.text : '';
  return ['strip', 'lstrip', 'rstrip', 'format', 'join'].includes(method) && writtenHere(field(callee, 'object')!);
}

/** Text of the value's own, outside its placeholders. */
function ownText(value: { text: string; includes: { placeholder: string | undefined }[] }): boolean {
  const own = replacePlaceholders(
    value.text,
    value.includes.map((include) => include.placeholder),
    '',
  );
  return own.trim().length > 0;
}

/** A literal system prompt written at the call: a unit of its own, consumed there, including what it interpolates. */
function inlineUnit(file: PythonFile, call: ModelCall, node: Node, slot: string, value: TextValue): void {
  const base = `${call.owner}.${slot}`;
  const taken = new Set([...file.units.map((unit) => unit.symbol), ...file.declarations.keys()]);
  let unitSymbol = base;
  for (let index = 2; taken.has(unitSymbol); index++) unitSymbol = `${base}#${index}`;
  file.units.push({
    symbol: unitSymbol,
    role: 'text',
    range: { start: startLine(node), end: endLine(node) },
    format: 'python',
    variables: value.variables,
    text: value.text,
  });
  for (const include of value.includes) file.references.push(includeReference(unitSymbol, include, startLine(node)));
  consumes(file, call.symbol, { type: 'local', symbol: unitSymbol }, node, call.label);
  if (call.wraps) for (const param of value.params) file.wrappers.push({ symbol: call.symbol, paramIndex: param });
}

/** Genkit's `prompt_dir` from `Genkit(prompt_dir=…)` in this file; `prompts` by default. */
function genkitPromptDirectories(file: PythonFile): CodePath[] {
  const directories: CodePath[] = [];
  for (const binding of file.module.values()) {
    if (
      binding.kind !== 'value' ||
      binding.node.type !== 'call' ||
      !/(^|\.)Genkit$/.test(dottedName(field(binding.node, 'function')!) ?? '')
    )
      continue;
    const directory = callArguments(binding.node).keywords.get('prompt_dir');
    const path = directory && evaluatePath(file, undefined, directory);
    if (path) directories.push(path);
  }
  return directories.length ? directories : [{ path: 'prompts', anchored: false }];
}

/** A call of a name imported by `from m import Name`: the module may be the repository's own. */
function importedName(file: PythonFile, scope: Scope | undefined, call: Node): boolean {
  const callee = field(call, 'function');
  return callee?.type === 'identifier' && lookup(file, scope, callee.text)?.kind === 'import';
}
