import type { ts } from 'ts-morph';
import type { Scope, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { dottedName, unwrap, walk } from './syntax.js';
import { evaluatePath, type CodePath } from './paths.js';
import { lookup } from './ts-file.js';
import { fieldValue } from './instances.js';

/** A nunjucks template load: the name argument, and the folders of its environment's loaders (undefined: the working directory). */
export interface NunjucksLoad {
  name: ts.Node;
  directories: CodePath[] | undefined;
}

/**
 * `env.render('x.j2', ctx)` and `env.getTemplate('x.j2')` on a nunjucks environment:
 * `new nunjucks.Environment(new nunjucks.FileSystemLoader(dir))`, `nunjucks.configure(dir)`,
 * followed through names and `this.env`; `nunjucks.render('x.j2')` renders with the
 * folders a `nunjucks.configure(dir)` of this file set. As for Python's Jinja, a
 * template name is looked up under each loader folder in turn.
 */
export function nunjucksLoad(
  file: TsFile,
  scope: Scope | undefined,
  call: ts.CallExpression,
): NunjucksLoad | undefined {
  const t = api();
  const callee = unwrap(call.expression);
  const name = call.arguments[0];
  if (!name || !t.isPropertyAccessExpression(callee) || !['render', 'getTemplate'].includes(callee.name.text))
    return undefined;
  if (isNunjucks(file, callee.expression)) return { name, directories: configuredDirectories(file) };
  const environment = environmentOf(file, scope, callee.expression, 0);
  return environment && { name, directories: environment.directories };
}

/** The `nunjucks` module itself: a default, namespace or `require` import of it. */
function isNunjucks(file: TsFile, node: ts.Node): boolean {
  const expression = unwrap(node);
  const binding = api().isIdentifier(expression) ? file.module.get(expression.text) : undefined;
  return (
    (binding?.kind === 'namespace' || (binding?.kind === 'import' && binding.name === 'default')) &&
    binding.specifier === 'nunjucks'
  );
}

/** `nunjucks.Environment`, or `Environment` imported from nunjucks by name. */
function nunjucksExport(file: TsFile, node: ts.Node, exported: string): boolean {
  const t = api();
  const expression = unwrap(node);
  if (t.isPropertyAccessExpression(expression))
    return expression.name.text === exported && isNunjucks(file, expression.expression);
  const binding = t.isIdentifier(expression) ? file.module.get(expression.text) : undefined;
  return binding?.kind === 'import' && binding.specifier === 'nunjucks' && binding.name === exported;
}

function environmentOf(
  file: TsFile,
  scope: Scope | undefined,
  node: ts.Node,
  depth: number,
): { directories: CodePath[] | undefined } | undefined {
  if (depth > 6) return undefined;
  const t = api();
  const expression = unwrap(node);
  if (t.isIdentifier(expression)) {
    const binding = lookup(file, scope, expression.text);
    return binding?.kind === 'value' && binding.node !== expression
      ? environmentOf(file, scope?.locals.has(expression.text) ? scope : undefined, binding.node, depth + 1)
      : undefined;
  }
  const held = dottedName(expression)?.match(/^this\.([\w$]+)$/)?.[1];
  if (held && scope?.className) {
    const value = fieldValue(file, scope.className, held);
    return value && environmentOf(file, undefined, value, depth + 1);
  }
  if (t.isNewExpression(expression) && nunjucksExport(file, expression.expression, 'Environment'))
    return { directories: loaderDirectories(file, scope, expression.arguments?.[0]) };
  if (t.isCallExpression(expression) && nunjucksExport(file, expression.expression, 'configure'))
    return { directories: searchPaths(file, scope, expression.arguments[0]) };
  return undefined;
}

/** The folders of `new FileSystemLoader(dir or [dirs])`, or of a list of such loaders; undefined for none (the working directory) or any other loader. */
function loaderDirectories(file: TsFile, scope: Scope | undefined, node: ts.Node | undefined): CodePath[] | undefined {
  const t = api();
  const expression = node && unwrap(node);
  if (!expression) return undefined;
  const loaders = t.isArrayLiteralExpression(expression) ? expression.elements : [expression];
  const directories = loaders.map((loader) => {
    const value = unwrap(loader);
    return t.isNewExpression(value) && nunjucksExport(file, value.expression, 'FileSystemLoader')
      ? searchPaths(file, scope, value.arguments?.[0])
      : undefined;
  });
  return directories.every(Boolean) ? (directories.flat() as CodePath[]) : undefined;
}

/** A search path argument: a folder, or a list of them; an options object (or nothing) means the working directory. */
function searchPaths(file: TsFile, scope: Scope | undefined, node: ts.Node | undefined): CodePath[] | undefined {
  const t = api();
  const expression = node && unwrap(node);
  if (!expression || t.isObjectLiteralExpression(expression)) return undefined;
  const paths = (t.isArrayLiteralExpression(expression) ? [...expression.elements] : [expression]).map((item) =>
    evaluatePath(file, scope, item),
  );
  return paths.length && paths.every(Boolean) ? (paths as CodePath[]) : undefined;
}

/** The folders the first `nunjucks.configure(…)` of this file sets for `nunjucks.render`. */
function configuredDirectories(file: TsFile): CodePath[] | undefined {
  const t = api();
  let found: CodePath[] | undefined;
  walk(file.source, (node) => {
    if (found) return false;
    if (t.isCallExpression(node) && nunjucksExport(file, node.expression, 'configure'))
      found = searchPaths(file, undefined, node.arguments[0]) ?? [];
    return undefined;
  });
  return found?.length ? found : undefined;
}
