import type { PythonFile, Scope } from './python-file.js';
import { ancestors, rightmostValue } from './bindings.js';
import { field, namedChildren, type Node } from './syntax.js';
import { literalText } from './string-literal.js';
import { isSignatureClass } from './dspy-signatures.js';

/** Parameters by position (`self`/`cls` of a method count, as Python binds them). */
export function functionScope(definition: Node, symbol: string, className?: string): Scope {
  const params = new Map<string, number>();
  const parameters = field(definition, 'parameters');
  let index = 0;
  for (const parameter of parameters ? namedChildren(parameters) : []) {
    const name =
      parameter.type === 'identifier'
        ? parameter
        : parameter.type === 'typed_parameter'
          ? namedChildren(parameter)[0]
          : field(parameter, 'name');
    if (name?.type === 'identifier') params.set(name.text, index);
    index++;
  }
  // Methods are called on an instance: the caller's first argument is the second parameter.
  if (className) for (const [name, position] of params) params.set(name, position - 1);
  const locals = new Map<string, Node>();
  const augmented = new Map<string, Node[]>();
  const reassigned = new Map<string, Node[]>();
  const body = field(definition, 'body');
  if (body) collectLocals(body, locals, augmented, reassigned);
  const reassignedParams = new Map<string, number>();
  for (const name of locals.keys()) {
    const index = params.get(name);
    if (index !== undefined) reassignedParams.set(name, index);
    params.delete(name);
  }
  for (const [name, values] of reassigned) if (values.length < 2) reassigned.delete(name);
  return {
    symbol,
    ...(className ? { className } : {}),
    params,
    locals,
    ...(augmented.size ? { augmented } : {}),
    ...(reassigned.size ? { reassigned } : {}),
    ...(reassignedParams.size ? { reassignedParams } : {}),
  };
}

/**
 * Local assignments and `with … as name` bindings (one native query; nested
 * functions' too); the first assignment wins, and `name += …` after it adds to it.
 * Every assignment of a name is kept too, in source order (`reassigned`): a model
 * call sends the one it follows.
 */
function collectLocals(
  node: Node,
  locals: Map<string, Node>,
  augmented: Map<string, Node[]>,
  reassigned: Map<string, Node[]>,
): void {
  for (const child of node.descendantsOfType(['assignment', 'as_pattern', 'augmented_assignment'])) {
    if (!child) continue;
    if (child.type === 'augmented_assignment') {
      const name = field(child, 'left');
      const added = field(child, 'right');
      if (name?.type === 'identifier' && added && field(child, 'operator')?.text === '+=' && locals.has(name.text))
        augmented.set(name.text, [...(augmented.get(name.text) ?? []), added]);
      continue;
    }
    const target =
      child.type === 'assignment' ? field(child, 'left') : namedChildren(field(child, 'alias') ?? child)[0];
    const value = child.type === 'assignment' ? rightmostValue(child) : namedChildren(child)[0];
    if (target?.type !== 'identifier' || !value) continue;
    if (!locals.has(target.text)) locals.set(target.text, value);
    if (child.type === 'assignment') reassigned.set(target.text, [...(reassigned.get(target.text) ?? []), value]);
  }
}

/**
 * Every place that may hold prompt text: module constants, dict entries
 * (`PROMPTS.key`), class attributes (`Class.attr`), functions and methods that
 * return text. Whether each is text is decided lazily by `textOf`.
 */
export function collectDeclarations(file: PythonFile, root: Node): void {
  for (const node of namedChildren(root)) {
    const statement = node.type === 'decorated_definition' ? (field(node, 'definition') ?? node) : node;
    if (statement.type === 'expression_statement') declareAssignment(file, statement, undefined, '');
    if (statement.type === 'function_definition') {
      const name = field(statement, 'name')!.text;
      file.declarations.set(name, {
        symbol: name,
        node: statement,
        statement: node,
        scope: functionScope(statement, name),
        function: true,
      });
    }
    if (statement.type === 'class_definition') declareClass(file, statement, '');
    // A DSPy signature is text under the class's own name, which `dspy.Predict(Summarize)` sends.
    if (statement.type === 'class_definition' && isSignatureClass(file, statement)) {
      const name = field(statement, 'name')!.text;
      file.declarations.set(name, {
        symbol: name,
        node: statement,
        statement: node,
        scope: undefined,
        function: false,
      });
    }
  }
  declareInheritedMethods(file);
}

/** A class's attributes and methods as `Class.member`; a nested class's as `Outer.Inner.member`. */
function declareClass(file: PythonFile, statement: Node, prefix: string): void {
  const className = `${prefix}${field(statement, 'name')!.text}`;
  const classScope: Scope = { symbol: className, className, params: new Map(), locals: new Map() };
  for (const member of namedChildren(field(statement, 'body')!)) {
    const inner = member.type === 'decorated_definition' ? (field(member, 'definition') ?? member) : member;
    if (inner.type === 'expression_statement') declareAssignment(file, inner, classScope, `${className}.`);
    if (inner.type === 'class_definition') declareClass(file, inner, `${className}.`);
    if (inner.type === 'function_definition') {
      const symbol = `${className}.${field(inner, 'name')!.text}`;
      file.declarations.set(symbol, {
        symbol,
        node: inner,
        statement: member,
        scope: functionScope(inner, symbol, className),
        function: true,
      });
    }
  }
}

/**
 * A subclass that overrides `persona` but inherits `render()` gets its own
 * `Sub.render`, evaluated with `self` seen as the subclass (same-file classes).
 */
function declareInheritedMethods(file: PythonFile): void {
  for (const info of file.classes.values()) {
    for (const ancestor of ancestors(file, info.name).slice(1)) {
      for (const method of ancestor.methods.keys()) {
        const symbol = `${info.name}.${method}`;
        const inherited = file.declarations.get(`${ancestor.name}.${method}`);
        if (file.declarations.has(symbol) || !inherited || inherited.inheritedFrom) continue;
        file.declarations.set(symbol, {
          ...inherited,
          symbol,
          scope: functionScope(inherited.node, symbol, info.name),
          inheritedFrom: inherited.symbol,
        });
      }
    }
  }
}

function declareAssignment(file: PythonFile, statement: Node, scope: Scope | undefined, prefix: string): void {
  const assignment = namedChildren(statement)[0];
  if (assignment?.type !== 'assignment') return;
  const target = field(assignment, 'left');
  const value = rightmostValue(assignment);
  if (target?.type !== 'identifier' || !value) return;
  const symbol = `${prefix}${target.text}`;
  if (value.type === 'dictionary') {
    for (const pair of namedChildren(value)) {
      const key = field(pair, 'key');
      const entry = field(pair, 'value');
      const keyText = literalText(key ?? undefined);
      if (keyText && entry && /^[\w.-]+$/.test(keyText))
        file.declarations.set(`${symbol}.${keyText}`, {
          symbol: `${symbol}.${keyText}`,
          node: entry,
          statement: pair,
          scope,
          function: false,
        });
    }
    return;
  }
  file.declarations.set(symbol, { symbol, node: value, statement, scope, function: false });
}
