import type { Target } from '../../../model/extraction.js';
import type { PythonFile, Scope } from './python-file.js';
import { definingClass, lookup } from './bindings.js';
import { callArguments, field, unwrap, type Node } from './syntax.js';
import { namedBy } from './references.js';
import { parameterType } from './parameter-types.js';
import { parentOf } from './parent-index.js';

/**
 * The class an expression names: a class of this file, or an imported one
 * (`from app.llm import LLM`, `llm_module.LLM`). An imported name counts only
 * when capitalised, as classes are by convention: `make_client()` is a function.
 */
export function classNamed(
  file: PythonFile,
  scope: Scope | undefined,
  node: Node,
  anyImport = false,
): Target | undefined {
  const expression = unwrap(node);
  if (expression.type === 'identifier') {
    const binding = lookup(file, scope, expression.text);
    if (binding?.kind === 'class') return { type: 'local', symbol: binding.name };
    // `def __init__(self, config_class=LlmConfig): self.config = config_class(…)`: the default class.
    if (binding?.kind === 'param') {
      const fallback = scope && parameterDefault(file, scope, expression.text);
      return fallback ? classNamed(file, undefined, fallback, anyImport) : undefined;
    }
    if (binding?.kind !== 'import' || !(anyImport || /^[A-Z]/.test(binding.name))) return undefined;
  }
  if (expression.type !== 'identifier' && expression.type !== 'attribute') return undefined;
  const named = namedBy(file, scope, expression);
  if (!named || !('target' in named) || named.target.type !== 'export') return undefined;
  const last = named.target.member?.split('.').pop() ?? named.target.name;
  return anyImport || /^[A-Z]/.test(last) ? named.target : undefined;
}

/**
 * The class whose instance an expression is: `LLM()`, a name bound to one (a
 * local, a module-level instance), `self.llm` set to one in a method or as a
 * class attribute.
 */
export function instanceClass(file: PythonFile, scope: Scope | undefined, node: Node, depth = 0): Target | undefined {
  if (depth > 6) return undefined;
  const expression = unwrap(node);
  switch (expression.type) {
    case 'call':
      return classNamed(file, scope, field(expression, 'function')!);
    case 'identifier': {
      const local = scope?.locals.get(expression.text);
      if (local) return instanceClass(file, scope, local, depth + 1);
      // `def run(llm: Assistant)`: the class the parameter is typed by (an interface: its implementations, resolved later).
      const annotation = scope?.params.has(expression.text) ? parameterType(file, scope, expression.text) : undefined;
      if (annotation) return annotatedClass(file, annotation);
      const binding = scope?.params.has(expression.text) ? undefined : file.module.get(expression.text);
      return binding?.kind === 'value' ? instanceClass(file, undefined, binding.node, depth + 1) : undefined;
    }
    case 'attribute': {
      const object = unwrap(field(expression, 'object')!);
      if (!scope?.className || !['self', 'cls'].includes(object.text)) return undefined;
      const name = field(expression, 'attribute')!.text;
      const owner = definingClass(file, scope.className, name, 'attributes');
      if (owner) return instanceClass(file, undefined, owner.attributes.get(name)!, depth + 1);
      const assigned = selfAssignment(file, scope.className, name);
      if (assigned) return instanceClass(file, assigned.scope, assigned.value, depth + 1);
      return passedToBase(file, scope.className);
    }
    default:
      return undefined;
  }
}

/** `self.name = value` in any method of the class (usually `__init__`). */
export function selfAssignment(
  file: PythonFile,
  className: string,
  name: string,
): { value: Node; scope: Scope | undefined } | undefined {
  for (const [symbol, declaration] of file.declarations) {
    if (!declaration.function || !symbol.startsWith(`${className}.`)) continue;
    for (const assignment of declaration.node.descendantsOfType('assignment')) {
      const left = assignment && field(assignment, 'left');
      // `self.pool: Pool` declares the attribute without a value (tree-sitter: an assignment with no right side).
      const right = assignment && field(assignment, 'right');
      if (
        right &&
        left?.type === 'attribute' &&
        field(left, 'object')!.text === 'self' &&
        field(left, 'attribute')!.text === name
      )
        return { value: right, scope: declaration.scope };
    }
  }
  return undefined;
}

/** The default value of a parameter of the scope's function (`config_class: Callable = LlmConfig`). */
function parameterDefault(file: PythonFile, scope: Scope, name: string): Node | undefined {
  const definition = file.declarations.get(scope.symbol)?.node;
  const parameters = definition?.type === 'function_definition' ? field(definition, 'parameters') : undefined;
  for (const parameter of parameters?.namedChildren ?? []) {
    if (!parameter || !['default_parameter', 'typed_default_parameter'].includes(parameter.type)) continue;
    if (field(parameter, 'name')?.text === name) return field(parameter, 'value');
  }
  return undefined;
}

/**
 * `super().__init__(config_class=TextConfig, **kwargs)`: an attribute the base
 * class (of another module) sets is built from the one class the subclass hands
 * its constructor. Only when exactly one keyword is a class: with several, which
 * attribute each builds is the base's secret.
 */
function passedToBase(file: PythonFile, className: string): Target | undefined {
  const classes: Target[] = [];
  for (const [symbol, declaration] of file.declarations) {
    if (!declaration.function || symbol !== `${className}.__init__`) continue;
    for (const call of declaration.node.descendantsOfType('call')) {
      const callee = call && field(call, 'function');
      if (callee?.type !== 'attribute' || field(callee, 'attribute')!.text !== '__init__') continue;
      if (!/^super\(\s*\)$/.test(field(callee, 'object')!.text)) continue;
      for (const value of callArguments(call!).keywords.values()) {
        const named = classNamed(file, declaration.scope, value);
        if (named) classes.push(named);
      }
    }
  }
  return classes.length === 1 ? classes[0] : undefined;
}

/** `Assistant`, `agents.Assistant`, `"Assistant"`, `Optional[Assistant]`, `Assistant | None`: the class named. */
function annotatedClass(file: PythonFile, annotation: Node): Target | undefined {
  const type = annotation.type === 'type' ? (annotation.namedChildren[0] ?? annotation) : annotation;
  if (type.type === 'identifier' || type.type === 'attribute') return classNamed(file, undefined, type);
  for (const candidate of type.descendantsOfType(['identifier', 'attribute'])) {
    if (!candidate || parentOf(candidate)?.type === 'attribute') continue;
    if (['Optional', 'None', 'Union'].includes(candidate.text)) continue;
    const named = classNamed(file, undefined, candidate);
    if (named) return named;
  }
  return undefined;
}
