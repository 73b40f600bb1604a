import type { Binding, ClassInfo, PythonFile, Scope } from './python-file.js';
import { field, namedChildren, type Node } from './syntax.js';
import { parentOf } from './parent-index.js';

/** What `name` means in a scope: a parameter, a local assignment, then a module-level binding. */
export function lookup(file: PythonFile, scope: Scope | undefined, name: string): Binding | undefined {
  if (scope) {
    const index = scope.params.get(name);
    if (index !== undefined) return { kind: 'param', index, name };
    const local = scope.locals.get(name);
    if (local) return { kind: 'value', name, node: local };
  }
  const binding = file.module.get(name);
  if (binding) return binding;
  // A name bound nowhere in this file may come from `from m import *`: the last star import is the likeliest source.
  const star = file.starImports[file.starImports.length - 1];
  return star && /^[A-Za-z_]\w*$/.test(name) && !BUILTINS.has(name)
    ? { kind: 'import', specifier: star, name }
    : undefined;
}

const BUILTINS = new Set([
  'print',
  'len',
  'str',
  'int',
  'float',
  'dict',
  'list',
  'set',
  'tuple',
  'open',
  'range',
  'self',
  'cls',
  'super',
  'isinstance',
  'getattr',
  'vars',
  'globals',
  'locals',
  'sorted',
  'min',
  'max',
  'sum',
  'any',
  'all',
  'enumerate',
  'zip',
  'map',
  'filter',
  'repr',
  'type',
  'object',
  'Exception',
  'ValueError',
  'None',
  'True',
  'False',
  '__file__',
  '__name__',
]);

/**
 * Module-level names: imports, assignments, functions and classes. Names are
 * collected before anything is evaluated, since a function may use a constant
 * defined below it.
 */
export function collectModuleBindings(file: PythonFile, root: Node): void {
  for (const statement of namedChildren(root)) bindStatement(file, statement);
}

function bindStatement(file: PythonFile, node: Node, guarded = false): void {
  const statement = node.type === 'decorated_definition' ? (field(node, 'definition') ?? node) : node;
  switch (statement.type) {
    case 'import_statement':
      for (const name of namedChildren(statement)) {
        if (name.type === 'aliased_import') {
          const alias = field(name, 'alias')?.text;
          if (alias) file.module.set(alias, { kind: 'module', specifier: field(name, 'name')!.text });
        } else {
          const first = name.text.split('.')[0]!;
          file.module.set(first, { kind: 'module', specifier: first });
        }
      }
      return;
    case 'import_from_statement': {
      const specifier = field(statement, 'module_name')?.text.replace(/\s+/g, '');
      if (!specifier) return;
      if (namedChildren(statement).some((child) => child.type === 'wildcard_import')) file.starImports.push(specifier);
      for (const name of statement.childrenForFieldName('name')) {
        if (!name) continue;
        const imported = name.type === 'aliased_import' ? field(name, 'name')!.text : name.text;
        const local = name.type === 'aliased_import' ? field(name, 'alias')!.text : name.text;
        file.module.set(local, { kind: 'import', specifier, name: imported });
      }
      return;
    }
    case 'expression_statement': {
      const assignment = namedChildren(statement)[0];
      if (assignment?.type !== 'assignment') return;
      const target = field(assignment, 'left');
      const value = rightmostValue(assignment);
      // In `try: from x import Y` / `except ImportError: Y = …` the import is what the code means; the fallback does not replace it.
      if (target?.type === 'identifier' && value && !(guarded && file.module.has(target.text)))
        file.module.set(target.text, { kind: 'value', name: target.text, node: value });
      return;
    }
    case 'function_definition': {
      const name = field(statement, 'name')!.text;
      file.module.set(name, { kind: 'function', symbol: name, node: statement });
      return;
    }
    case 'class_definition': {
      const info = classInfo(statement);
      file.classes.set(info.name, info);
      file.module.set(info.name, { kind: 'class', name: info.name });
      return;
    }
    case 'if_statement':
    case 'try_statement':
    case 'with_statement':
      // Imports and constants guarded by `try: … except ImportError` or `if TYPE_CHECKING:` still bind names.
      // Nodes are fresh objects on every access: compare ids, not references.
      for (const block of statement.descendantsOfType('block')) {
        const parent = block && parentOf(block);
        if (parent?.id === statement.id || (parent && parentOf(parent)?.id === statement.id))
          for (const inner of namedChildren(block)) bindStatement(file, inner, true);
      }
      // `with open("prompts/system.txt") as handle:` binds `handle` to the opened file.
      for (const pattern of statement.type === 'with_statement' ? statement.descendantsOfType('as_pattern') : []) {
        const alias = pattern && field(pattern, 'alias');
        const name = alias && namedChildren(alias)[0];
        const value = pattern && namedChildren(pattern)[0];
        if (name?.type === 'identifier' && value && !file.module.has(name.text))
          file.module.set(name.text, { kind: 'value', name: name.text, node: value });
      }
      return;
    default:
      return;
  }
}

/** `a = b = "x"` and `a: str = "x"`: the assigned expression. */
export function rightmostValue(assignment: Node): Node | undefined {
  let value = field(assignment, 'right');
  while (value?.type === 'assignment') value = field(value, 'right');
  return value;
}

/** A class's name, bases as written, and the attributes and methods its body defines. */
export function classInfo(node: Node): ClassInfo {
  const info: ClassInfo = {
    name: field(node, 'name')!.text,
    node,
    bases: [],
    attributes: new Map(),
    methods: new Map(),
  };
  const superclasses = field(node, 'superclasses');
  for (const base of superclasses ? namedChildren(superclasses) : []) {
    if (base.type === 'identifier' || base.type === 'attribute') info.bases.push(base.text);
  }
  for (const member of namedChildren(field(node, 'body')!)) {
    const statement = member.type === 'decorated_definition' ? (field(member, 'definition') ?? member) : member;
    if (statement.type === 'function_definition') info.methods.set(field(statement, 'name')!.text, statement);
    if (statement.type !== 'expression_statement') continue;
    const assignment = namedChildren(statement)[0];
    const target = assignment?.type === 'assignment' ? field(assignment, 'left') : undefined;
    const value = assignment && rightmostValue(assignment);
    if (target?.type === 'identifier' && value) info.attributes.set(target.text, value);
  }
  return info;
}

/** Same-file ancestors of a class, nearest first (method resolution order for single inheritance). */
export function ancestors(file: PythonFile, className: string): ClassInfo[] {
  const chain: ClassInfo[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    const info = file.classes.get(name);
    if (!info || seen.has(name)) return;
    seen.add(name);
    chain.push(info);
    for (const base of info.bases) visit(base);
  };
  visit(className);
  return chain;
}

/** Same-file classes deriving from `className`, directly or not. */
export function descendants(file: PythonFile, className: string): ClassInfo[] {
  return [...file.classes.values()].filter(
    (info) => info.name !== className && ancestors(file, info.name).some((ancestor) => ancestor.name === className),
  );
}

/** The class (this one or a same-file ancestor) that defines attribute `name` as seen from `className`. */
export function definingClass(
  file: PythonFile,
  className: string,
  name: string,
  kind: 'attributes' | 'methods',
): ClassInfo | undefined {
  return ancestors(file, className).find((info) => info[kind].has(name));
}
