import type { CalleeOrigin, SinkTable } from '../sinks/sink-table.js';
import type { Sink } from '../../../model/schema/sink.js';
import type { PythonFile, Scope } from './python-file.js';
import { definingClass, lookup } from './bindings.js';
import { selfAssignment } from './instances.js';
import { parameterType } from './parameter-types.js';
import { dottedName, field, namedChildren, unwrap, type Node } from './syntax.js';

type Instance = Extract<CalleeOrigin, { kind: 'instance' }>;
const MAX_DEPTH = 6;
/**
 * The OpenAI and Anthropic SDKs' views of every resource that return the raw or
 * streamed HTTP response (`client.beta.messages.with_raw_response.create`): the
 * same call, so the table's method paths are matched without them.
 */
const RESPONSE_ACCESSORS = new Set(['with_raw_response', 'with_streaming_response']);

/**
 * The sink a call is, through the file's sink table: the callee traced to an
 * import (`import x as y`, `from x import y as z`, `import x.y`) or an instance of
 * an SDK class (`client = OpenAI()`, a factory's result, `self.client`, a
 * parameter or class field typed by the class), else matched as written.
 */
export function sinkOfCall(file: PythonFile, scope: Scope | undefined, call: Node): Sink | undefined {
  const written = field(call, 'function');
  if (!written) return undefined;
  // `Agent[Context](…)`: a generic class is called like the class.
  const callee = written.type === 'subscript' ? (field(written, 'value') ?? written) : written;
  return matchOrigin(file.sinks, calleeOrigin(file, scope, callee, 0));
}

/**
 * Python modules are attributes of their packages: `import google.generativeai`
 * then `google.generativeai.GenerativeModel`, `from google import genai` then
 * `genai.Client`. Each split of the dotted path between module and export is tried.
 */
function matchOrigin(table: SinkTable, origin: CalleeOrigin): Sink | undefined {
  for (const split of moduleSplits(origin)) {
    const sink = table.match(split);
    if (sink) return sink;
  }
  return undefined;
}

function moduleSplits(origin: CalleeOrigin): CalleeOrigin[] {
  if (origin.kind !== 'module') return [origin];
  const splits: CalleeOrigin[] = [];
  for (let taken = origin.path.length - 1; taken >= 0; taken--) {
    const module = [origin.module, ...origin.path.slice(0, taken)].join('.');
    splits.push({ kind: 'module', module, path: origin.path.slice(taken) });
  }
  return splits;
}

/** Where a called expression comes from: an import, an SDK instance, or a name as written. */
export function calleeOrigin(file: PythonFile, scope: Scope | undefined, callee: Node, depth: number): CalleeOrigin {
  const path: string[] = [];
  let base = unwrap(callee);
  while (base.type === 'attribute') {
    const name = field(base, 'attribute')!.text;
    if (!RESPONSE_ACCESSORS.has(name)) path.unshift(name);
    base = unwrap(field(base, 'object')!);
  }
  const unknown = (head: string): CalleeOrigin => ({ kind: 'unknown', written: [head, ...path] });
  if (depth > MAX_DEPTH) return unknown('?');
  if (base.type === 'call') {
    const instance = valueInstance(file, scope, base, depth + 1);
    return instance ? { ...instance, path } : unknown('?');
  }
  if (base.type !== 'identifier') return unknown('?');
  if (['self', 'cls'].includes(base.text) && scope?.className && path.length > 1) {
    const [attribute, ...rest] = path as [string, ...string[]];
    const instance = attributeInstance(file, scope.className, attribute, depth + 1);
    return instance ? { ...instance, path: rest } : unknown(base.text);
  }
  const binding = lookup(file, scope, base.text);
  switch (binding?.kind) {
    case 'import': {
      const instance = file.sinks.instanceExport(binding.specifier, binding.name);
      if (instance) return { kind: 'instance', ...instance, path };
      return { kind: 'module', module: binding.specifier, path: [binding.name, ...path] };
    }
    case 'module':
      return path.length ? { kind: 'module', module: binding.specifier, path } : unknown(base.text);
    case 'value': {
      const instance = valueInstance(file, scope, binding.node, depth + 1);
      if (instance) return { ...instance, path };
      // `create = client.chat.completions.create`, `from_template = ChatPromptTemplate.from_template`: the alias's origin.
      const value = unwrap(binding.node);
      if (value.type === 'attribute' || (value.type === 'identifier' && value.text !== base.text)) {
        const aliased = calleeOrigin(file, scope, value, depth + 1);
        if (aliased.kind !== 'unknown') return { ...aliased, path: [...aliased.path, ...path] };
      }
      return unknown(base.text);
    }
    case 'param': {
      const typed = scope && parameterType(file, scope, base.text);
      const instance = typed && typeInstance(file, scope, typed);
      return instance ? { ...instance, path } : unknown(base.text);
    }
    default:
      return unknown(base.text);
  }
}

/**
 * The SDK instance a value is: a call the table says builds or returns one
 * (`OpenAI()`, `boto3.client(…)`, `genai.GenerativeModel(…)`), a name bound to
 * one, a function of this file returning one (a factory), `x or y`, `a if c else b`.
 */
export function valueInstance(
  file: PythonFile,
  scope: Scope | undefined,
  node: Node,
  depth: number,
): Instance | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const value = unwrap(node);
  switch (value.type) {
    case 'await':
      return namedChildren(value)[0] && valueInstance(file, scope, namedChildren(value)[0]!, depth + 1);
    case 'call': {
      const written = field(value, 'function')!;
      const callee = written.type === 'subscript' ? (field(written, 'value') ?? written) : written;
      const origin = calleeOrigin(file, scope, callee, depth + 1);
      const made = madeBy(file.sinks, origin);
      if (made) return { kind: 'instance', ...made, path: [] };
      return factoryInstance(file, scope, callee, depth + 1);
    }
    case 'identifier': {
      const binding = lookup(file, scope, value.text);
      if (binding?.kind === 'value' && binding.node.id !== value.id)
        return valueInstance(file, scope?.locals.has(value.text) ? scope : undefined, binding.node, depth + 1);
      if (binding?.kind === 'import') {
        const instance = file.sinks.instanceExport(binding.specifier, binding.name);
        return instance ? { kind: 'instance', ...instance, path: [] } : undefined;
      }
      if (binding?.kind === 'param' && scope) {
        const typed = parameterType(file, scope, value.text);
        return typed ? typeInstance(file, scope, typed) : undefined;
      }
      return undefined;
    }
    case 'attribute': {
      const object = unwrap(field(value, 'object')!);
      if (!['self', 'cls'].includes(object.text) || !scope?.className) return undefined;
      return attributeInstance(file, scope.className, field(value, 'attribute')!.text, depth + 1);
    }
    case 'boolean_operator':
    case 'conditional_expression':
      for (const part of namedChildren(value)) {
        const instance = valueInstance(file, scope, part, depth + 1);
        if (instance) return instance;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The class an instance of the table is made of, trying each module split; a capitalised last name is a constructor. */
function madeBy(table: SinkTable, origin: CalleeOrigin): { module: string; className: string } | undefined {
  if (origin.kind === 'unknown') return undefined;
  const last = origin.path[origin.path.length - 1] ?? '';
  for (const split of moduleSplits(origin)) {
    const made = table.instanceMadeBy(split, /^[A-Z]/.test(last));
    if (made) return made;
  }
  return undefined;
}

/** A function of this file that returns an SDK instance (`def make_client(): return OpenAI(…)`). */
function factoryInstance(
  file: PythonFile,
  scope: Scope | undefined,
  callee: Node,
  depth: number,
): Instance | undefined {
  const name = dottedName(callee);
  const symbol =
    name && file.declarations.get(name)?.function
      ? name
      : name?.startsWith('self.') && scope?.className
        ? `${scope.className}.${name.slice(5)}`
        : undefined;
  const declaration = symbol ? file.declarations.get(symbol) : undefined;
  if (!declaration?.function) return undefined;
  for (const returned of declaration.node.descendantsOfType('return_statement')) {
    const expression = returned && namedChildren(returned)[0];
    const instance = expression && valueInstance(file, declaration.scope, expression, depth + 1);
    if (instance) return instance;
  }
  return undefined;
}

/** `self.client`: set in a method, a class attribute, or a class field annotated with the SDK class. */
function attributeInstance(file: PythonFile, className: string, name: string, depth: number): Instance | undefined {
  const owner = definingClass(file, className, name, 'attributes');
  if (owner) return valueInstance(file, undefined, owner.attributes.get(name)!, depth + 1);
  const assigned = selfAssignment(file, className, name);
  if (assigned) return valueInstance(file, assigned.scope, assigned.value, depth + 1);
  const annotated = classFieldType(file, className, name);
  return annotated ? typeInstance(file, undefined, annotated) : undefined;
}

/** `client: OpenAI` in a class body (dataclasses, pydantic models). */
function classFieldType(file: PythonFile, className: string, name: string): Node | undefined {
  const info = file.classes.get(className);
  for (const member of info ? namedChildren(field(info.node, 'body')!) : []) {
    const assignment = member.type === 'expression_statement' ? namedChildren(member)[0] : undefined;
    if (assignment?.type === 'assignment' && field(assignment, 'left')?.text === name && field(assignment, 'type'))
      return field(assignment, 'type');
  }
  return undefined;
}

/** An annotation naming an SDK class (`OpenAI`, `openai.AsyncOpenAI`, `Optional[OpenAI]`, `OpenAI | None`). */
function typeInstance(file: PythonFile, scope: Scope | undefined, type: Node): Instance | undefined {
  for (const candidate of [type, ...type.descendantsOfType(['identifier', 'attribute'])]) {
    if (!candidate || (candidate.type !== 'identifier' && candidate.type !== 'attribute' && candidate.type !== 'type'))
      continue;
    const expression = candidate.type === 'type' ? namedChildren(candidate)[0] : candidate;
    if (!expression || (expression.type !== 'identifier' && expression.type !== 'attribute')) continue;
    const origin = calleeOrigin(file, scope, expression, MAX_DEPTH - 1);
    const made = madeBy(file.sinks, origin);
    if (made) return { kind: 'instance', ...made, path: [] };
  }
  return undefined;
}
