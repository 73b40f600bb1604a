import type { ts } from 'ts-morph';
import type { Scope, TsFile } from './ts-file.js';
import { dirname, joinRepoPath } from '../../../model/repo-path.js';
import type { CodePath } from '../shared/code-path.js';
import { api } from './load-typescript.js';
import { calleeName, dottedName, literalText, unwrap } from './syntax.js';
import { lookup } from './ts-file.js';

// Where a built path may point is the same question in both languages.
export { pathCandidates, underDirectories, type CodePath } from '../shared/code-path.js';

const JOIN = /^(?:path\.(?:posix\.)?|node:path\.)?join$/;
const RESOLVE = /^(?:path\.(?:posix\.)?)?resolve$/;
const IDENTITY = /^(?:(?:url\.)?fileURLToPath|(?:path\.)?normalize|String|decodeURI|decodeURIComponent)$/;

/** Is `name` (as called) a function of node's `path` or `url` module, by import or by the usual namespace? */
function fromPathModule(file: TsFile, name: string): boolean {
  const head = name.split('.')[0]!;
  const binding = file.module.get(head);
  if (!binding) return name.includes('.') && /^(path|url)\./.test(name);
  const specifier = binding.kind === 'import' || binding.kind === 'namespace' ? binding.specifier : undefined;
  return specifier !== undefined && /^(node:)?(path|url)(\/posix)?$/.test(specifier);
}

/** A piece of a path known only at run time, in a path pattern: any name within one folder. */
export const UNKNOWN_PIECE = '*';

/**
 * Evaluates a path expression: literals, `__dirname`, `import.meta.url`/`dirname`,
 * `path.join/resolve/dirname`, `new URL(…)`, constants. With `pattern`, a piece
 * known only at run time (`${name}`, a parameter) is `*` instead of making the
 * whole path unknown: `prompts/${name}.md` → `prompts/*.md`.
 */
export function evaluatePath(
  file: TsFile,
  scope: Scope | undefined,
  node: ts.Node,
  depth = 0,
  pattern = false,
): CodePath | undefined {
  if (depth > 12) return undefined;
  const path = knownPath(file, scope, node, depth, pattern);
  return path ?? (pattern ? { path: UNKNOWN_PIECE, anchored: false } : undefined);
}

function knownPath(
  file: TsFile,
  scope: Scope | undefined,
  node: ts.Node,
  depth: number,
  pattern: boolean,
): CodePath | undefined {
  const t = api();
  const expression = unwrap(node);
  const next = (child: ts.Node) => evaluatePath(file, scope, child, depth + 1, pattern);
  const literal = literalText(expression);
  if (literal !== undefined) return { path: literal, anchored: false, directory: literal.endsWith('/') };
  if (t.isTemplateExpression(expression)) {
    let path: CodePath | undefined = expression.head.text ? { path: expression.head.text, anchored: false } : undefined;
    for (const span of expression.templateSpans) {
      const piece = next(span.expression);
      if (!piece) return undefined;
      path = path ? { path: path.path + piece.path, anchored: path.anchored } : piece;
      path = { ...path, path: path.path + span.literal.text };
    }
    return path;
  }
  const name = dottedName(expression);
  if (name === '__dirname' || name === 'import.meta.dirname')
    return { path: dirname(file.path), anchored: true, directory: true };
  if (name === '__filename' || name === 'import.meta.filename' || name === 'import.meta.url')
    return { path: file.path, anchored: true };
  if (t.isPropertyAccessExpression(expression) && ['pathname', 'href'].includes(expression.name.text))
    return next(expression.expression);
  if (t.isIdentifier(expression)) {
    const binding = lookup(file, scope, expression.text);
    return binding?.kind === 'value' && binding.node !== expression
      ? evaluatePath(file, scope?.locals.has(expression.text) ? scope : undefined, binding.node, depth + 1, pattern)
      : undefined;
  }
  if (t.isNewExpression(expression) && calleeName(expression.expression) === 'URL' && expression.arguments?.[0]) {
    const relative = next(expression.arguments[0]);
    const base = expression.arguments[1] && next(expression.arguments[1]);
    if (!relative || !base) return relative;
    const directory = base.directory ? base.path : dirname(base.path);
    return {
      path: joinRepoPath(directory, relative.path),
      anchored: base.anchored,
      directory: relative.path.endsWith('/') || relative.path === '.',
    };
  }
  if (!t.isCallExpression(expression)) return undefined;
  const callee = calleeName(expression.expression);
  const args = expression.arguments.map(next);
  if (callee === 'process.cwd') return { path: '', anchored: false, directory: true };
  if (!fromPathModule(file, callee)) return undefined;
  const method = callee.slice(callee.lastIndexOf('.') + 1);
  if (IDENTITY.test(callee) || IDENTITY.test(method)) return args[0];
  if (method === 'dirname')
    return args[0] && { path: dirname(args[0].path), anchored: args[0].anchored, directory: true };
  if (args.some((arg) => !arg) || !args.length) return undefined;
  const parts = args as CodePath[];
  if (JOIN.test(callee) || method === 'join') return parts.slice(1).reduce(joinPaths, parts[0]!);
  // path.resolve starts from the working directory; an anchored or absolute part replaces what came before.
  if (RESOLVE.test(callee) || method === 'resolve')
    return parts.reduce<CodePath>(
      (path, part) => (part.anchored || part.path.startsWith('/') ? part : joinPaths(path, part)),
      { path: '', anchored: false },
    );
  return undefined;
}

function joinPaths(left: CodePath, right: CodePath): CodePath {
  if (right.path.startsWith('/') || right.anchored) return right;
  return {
    path: left.path ? joinRepoPath(left.path, right.path) : joinRepoPath('', right.path),
    anchored: left.anchored,
    directory: right.path.endsWith('/'),
  };
}
