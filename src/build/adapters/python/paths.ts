import { dirname } from '../../../model/repo-path.js';
import type { CodePath } from '../shared/code-path.js';
import type { PythonFile, Scope } from './python-file.js';
import { callArguments, dottedName, field, namedChildren, unwrap, type Node } from './syntax.js';
import { stringPieces } from './string-literal.js';
import { lookup } from './bindings.js';

// Where a built path may point is the same question in both languages.
export { pathCandidates, underDirectories, type CodePath } from '../shared/code-path.js';

const DIRNAME_CALLS = new Set(['os.path.dirname', 'path.dirname', 'dirname']);
const JOIN_CALLS = new Set(['os.path.join', 'path.join', 'join', 'posixpath.join']);
const IDENTITY_CALLS = new Set([
  'os.path.abspath',
  'os.path.realpath',
  'os.path.normpath',
  'abspath',
  'realpath',
  'normpath',
  'str',
  'os.fspath',
  'Path',
  'pathlib.Path',
  'PurePath',
  'pathlib.PurePath',
]);

/** Evaluates a path expression: literals, `__file__`, `os.path.join/dirname`, `Path(...)`, `.parent`, `/`, `+`, module constants, locals. */
export function evaluatePath(file: PythonFile, scope: Scope | undefined, node: Node, depth = 0): CodePath | undefined {
  if (depth > 12) return undefined;
  const expression = unwrap(node);
  const next = (child: Node) => evaluatePath(file, scope, child, depth + 1);
  switch (expression.type) {
    case 'string': {
      const pieces = stringPieces(expression);
      if (!pieces || pieces.some((piece) => piece.kind !== 'text')) return undefined;
      return { path: pieces.map((piece) => (piece.kind === 'text' ? piece.value : '')).join(''), anchored: false };
    }
    case 'identifier': {
      if (expression.text === '__file__') return { path: file.path, anchored: true };
      const binding = lookup(file, scope, expression.text);
      // A local (`path = folder + "/x.prompty"`) is read in its function, where it may name other locals.
      const where = scope?.locals.has(expression.text) ? scope : undefined;
      return binding?.kind === 'value' ? evaluatePath(file, where, binding.node, depth + 1) : undefined;
    }
    case 'attribute': {
      const object = field(expression, 'object');
      const attribute = field(expression, 'attribute')?.text;
      if (!object) return undefined;
      if (attribute === 'parent') return mapPath(next(object), dirname);
      if (attribute === 'parents') return undefined;
      return undefined;
    }
    case 'subscript': {
      // Path(__file__).parents[1]
      const value = field(expression, 'value');
      const index = field(expression, 'subscript');
      if (value?.type === 'attribute' && field(value, 'attribute')?.text === 'parents' && index?.type === 'integer') {
        let result = next(field(value, 'object')!);
        for (let level = 0; level <= Number(index.text) && result; level++) result = mapPath(result, dirname);
        return result;
      }
      return undefined;
    }
    case 'binary_operator': {
      const operator = field(expression, 'operator')?.text;
      if (operator !== '/' && operator !== '+') return undefined;
      const left = next(field(expression, 'left')!);
      const right = next(field(expression, 'right')!);
      if (!left || !right) return undefined;
      // `folder + "/editor.prompty"` is string concatenation: the separator is written in the operand.
      return operator === '/' ? joinPaths(left, right) : { path: left.path + right.path, anchored: left.anchored };
    }
    case 'call': {
      const callee = field(expression, 'function');
      const name = callee && dottedName(callee);
      const args = callArguments(expression);
      if (callee?.type === 'attribute') {
        const method = field(callee, 'attribute')?.text;
        const object = field(callee, 'object')!;
        if (['resolve', 'absolute', 'expanduser', 'as_posix'].includes(method ?? '')) return next(object);
        if (method === 'joinpath')
          return args.positional.reduce<CodePath | undefined>((path, part) => {
            const piece = next(part);
            return path && piece ? joinPaths(path, piece) : undefined;
          }, next(object));
      }
      if (!name) return undefined;
      if (DIRNAME_CALLS.has(name) && args.positional[0]) return mapPath(next(args.positional[0]), dirname);
      if (JOIN_CALLS.has(name) || ((name === 'Path' || name === 'pathlib.Path') && args.positional.length > 1)) {
        const parts = args.positional.map(next);
        if (!parts.length || parts.some((part) => !part)) return undefined;
        return (parts as CodePath[]).slice(1).reduce<CodePath>((path, part) => joinPaths(path, part), parts[0]!);
      }
      if (IDENTITY_CALLS.has(name) && args.positional[0]) return next(args.positional[0]);
      return undefined;
    }
    default:
      return undefined;
  }
}

const mapPath = (path: CodePath | undefined, change: (value: string) => string): CodePath | undefined =>
  path ? { ...path, path: change(path.path) } : undefined;

function joinPaths(left: CodePath, right: CodePath): CodePath {
  if (right.path.startsWith('/')) return right;
  return { path: left.path ? `${left.path}/${right.path}` : right.path, anchored: left.anchored };
}

export const listItems = (node: Node): Node[] =>
  node.type === 'list' || node.type === 'tuple' ? namedChildren(node) : [node];
