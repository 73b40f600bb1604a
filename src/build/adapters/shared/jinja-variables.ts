import { childNodes, isNode, nodeField, symbolName, type JinjaNode } from './nunjucks-ast.js';

/** Names Jinja itself provides: globals, loop and macro specials, Python-style constants. */
const BUILT_IN = new Set([
  'loop',
  'range',
  'dict',
  'lipsum',
  'cycler',
  'joiner',
  'namespace',
  'self',
  'super',
  'caller',
  'varargs',
  'kwargs',
  'True',
  'False',
  'None',
  'true',
  'false',
  'none',
]);

/**
 * The render-time inputs a Jinja template reads: free names in its expressions,
 * minus what the template binds itself (`set`, `for` targets inside their loop,
 * macro and caller parameters inside their body, `import … as`, `from … import`).
 * Called names (`range(3)`, a registered helper) and filter and test names are
 * the environment's, not inputs; `user.name` reads `user`.
 */
export function jinjaVariables(root: JinjaNode): string[] {
  return jinjaNames(root).free;
}

/** Free names (see `jinjaVariables`) and every name the template binds anywhere, loop and macro scopes included. */
export function jinjaNames(root: JinjaNode): { free: string[]; bound: string[] } {
  const bound = templateBindings(root);
  const scoped = new Set<string>();
  const free = new Set<string>();
  const visit = (node: JinjaNode | undefined, scope: ReadonlySet<string>): void => {
    if (!node) return;
    const within = (names: string[]) => {
      names.forEach((name) => scoped.add(name));
      return new Set([...scope, ...names]);
    };
    switch (node.typename) {
      case 'Symbol': {
        const name = symbolName(node)!;
        if (!scope.has(name) && !bound.has(name) && !BUILT_IN.has(name)) free.add(name);
        return;
      }
      case 'LookupVal': {
        visit(nodeField(node, 'target'), scope);
        const key = nodeField(node, 'val');
        if (key?.typename !== 'Literal') visit(key, scope);
        return;
      }
      case 'FunCall':
      case 'Filter': {
        const name = nodeField(node, 'name');
        if (name?.typename !== 'Symbol') visit(name, scope);
        visit(nodeField(node, 'args'), scope);
        return;
      }
      case 'Is': {
        visit(nodeField(node, 'left'), scope);
        const test = nodeField(node, 'right');
        if (test?.typename === 'FunCall') visit(nodeField(test, 'args'), scope);
        return;
      }
      case 'KeywordArgs':
        for (const pair of childNodes(node)) visit(nodeField(pair, 'value'), scope);
        return;
      case 'For':
        visit(nodeField(node, 'arr'), scope);
        visit(nodeField(node, 'body'), within(targetNames(nodeField(node, 'name'))));
        visit(nodeField(node, 'else_'), scope);
        return;
      case 'Macro':
      case 'Caller': {
        const args = nodeField(node, 'args');
        const params: string[] = [];
        for (const arg of args ? childNodes(args) : []) {
          if (arg.typename === 'KeywordArgs') {
            for (const pair of childNodes(arg)) {
              params.push(...targetNames(nodeField(pair, 'key')));
              visit(nodeField(pair, 'value'), scope);
            }
          } else params.push(...targetNames(arg));
        }
        visit(nodeField(node, 'body'), within(params));
        return;
      }
      case 'Set':
        visit(nodeField(node, 'value'), scope);
        visit(nodeField(node, 'body'), scope);
        return;
      case 'Block':
        visit(nodeField(node, 'body'), scope);
        return;
      case 'Import':
      case 'FromImport':
        visit(nodeField(node, 'template'), scope);
        return;
      default:
        for (const child of childNodes(node)) visit(child, scope);
    }
  };
  visit(root, new Set());
  return { free: [...free].sort(), bound: [...new Set([...bound, ...scoped])].sort() };
}

/** Names bound for the whole template: `set` targets, macros, `import … as x`, `from … import a as b`. */
function templateBindings(root: JinjaNode): Set<string> {
  const bound = new Set<string>();
  const walk = (node: JinjaNode): void => {
    if (node.typename === 'Set')
      for (const target of (node.targets as unknown[]) ?? [])
        if (isNode(target)) targetNames(target).forEach((name) => bound.add(name));
    if (node.typename === 'Macro' || node.typename === 'Import')
      targetNames(nodeField(node, node.typename === 'Macro' ? 'name' : 'target')).forEach((name) => bound.add(name));
    if (node.typename === 'FromImport') {
      const names = nodeField(node, 'names');
      for (const imported of names ? childNodes(names) : []) {
        const alias = imported.typename === 'Pair' ? nodeField(imported, 'value') : imported;
        targetNames(alias).forEach((name) => bound.add(name));
      }
    }
    childNodes(node).forEach(walk);
  };
  walk(root);
  return bound;
}

/** The names a binding target introduces: `x`, or each of `a, b`. */
function targetNames(target: JinjaNode | undefined): string[] {
  if (!target) return [];
  const name = symbolName(target);
  if (name) return [name];
  return target.typename === 'Array' || target.typename === 'NodeList' ? childNodes(target).flatMap(targetNames) : [];
}
