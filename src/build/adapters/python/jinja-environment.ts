import type { Target } from '../../../model/extraction.js';
import type { PythonFile, Scope } from './python-file.js';
import { callArguments, dottedName, field, namedChildren, startLine, unwrap, type Node } from './syntax.js';
import { runTimeFolderDiagnostic } from '../shared/dynamic-include.js';
import { pathCandidates, underDirectories } from './paths.js';
import { definingClass, lookup } from './bindings.js';
import { literalText } from './string-literal.js';
import { consumes } from './consume-reference.js';
import { selfAssignment } from './instances.js';
import { IN_MEMORY, loaderFolders, RUN_TIME, type TemplateFolder, type TemplateFolders } from './jinja-loaders.js';

export type { TemplateFolders } from './jinja-loaders.js';

/**
 * `symbol` loads template `name` through an environment with these folders: under
 * the loader's folders (a `PrefixLoader` entry's only for names under its prefix).
 * A loader whose folder is set at run time could read any same-named template
 * (each agent keeps its own `system_prompt.j2`), so that load is a
 * `dynamic-include` info and its scope a consumer of a prompt the map cannot
 * name, never a guess. A `DictLoader`'s templates are strings in code: no file.
 * Where the folders are guesses (relative to the working directory, or an
 * environment promptgraph cannot see, tried from the file's folder up), a miss
 * proves nothing: the resolver says so at info, not as a dangling reference.
 */
export function loadTemplate(
  file: PythonFile,
  symbol: string,
  folders: TemplateFolders,
  name: string,
  node: Node,
  label: string,
): void {
  if (folders === RUN_TIME) {
    file.diagnostics.push(runTimeFolderDiagnostic(file.path, startLine(node), node.startPosition.column + 1, label));
    file.runTimeLoads.push({ symbol, line: startLine(node) });
    return;
  }
  if (folders === IN_MEMORY) return;
  consumes(file, symbol, templateTarget(file, folders, name), node, label);
}

function templateTarget(file: PythonFile, found: TemplateFolders, name: string): Extract<Target, { type: 'file' }> {
  const applicable =
    typeof found === 'object'
      ? found.folders.flatMap((folder): { folder: TemplateFolder; name: string }[] =>
          folder.prefix === undefined
            ? [{ folder, name }]
            : name.startsWith(`${folder.prefix}/`)
              ? [{ folder, name: name.slice(folder.prefix.length + 1) }]
              : [],
        )
      : [];
  if (typeof found !== 'object' || !applicable.length)
    return {
      type: 'file',
      candidates: pathCandidates(file, { path: name, anchored: false }),
      guessed: 'unseen-loader',
    };
  const candidates = [...new Set(applicable.flatMap((entry) => underDirectories(file, [entry.folder], entry.name)))];
  const guessed = found.partial
    ? 'unseen-loader'
    : applicable.some((entry) => !entry.folder.anchored)
      ? 'working-directory'
      : undefined;
  return { type: 'file', candidates, ...(guessed ? { guessed } : {}) };
}

/**
 * The folders of `Environment(loader=…)` (`FileSystemLoader(dir or [dirs])`,
 * `PackageLoader`, `ChoiceLoader`, `PrefixLoader`, `DictLoader`: jinja-loaders.ts),
 * followed through names, `self.env` set in a method or returned by a property,
 * and same-file functions returning the environment (`_env().get_template(…)`).
 */
export function jinjaDirectories(
  file: PythonFile,
  scope: Scope | undefined,
  node: Node,
  depth: number,
): TemplateFolders {
  if (depth > 6) return undefined;
  const expression = unwrap(node);
  if (expression.type === 'identifier') {
    const binding = lookup(file, scope, expression.text);
    return binding?.kind === 'value' && binding.node !== expression
      ? jinjaDirectories(file, scope?.locals.has(expression.text) ? scope : undefined, binding.node, depth + 1)
      : undefined;
  }
  if (expression.type === 'attribute' && field(expression, 'object')!.text === 'self' && scope?.className) {
    const attribute = field(expression, 'attribute')!.text;
    const assigned = selfAssignment(file, scope.className, attribute);
    if (assigned) return jinjaDirectories(file, assigned.scope, assigned.value, depth + 1);
    return returnedDirectories(
      file,
      `${definingClass(file, scope.className, attribute, 'methods')?.name}.${attribute}`,
      depth,
    );
  }
  if (expression.type !== 'call') return undefined;
  const callee = field(expression, 'function')!;
  const name = dottedName(callee) ?? '';
  const args = callArguments(expression);
  if (/(^|\.)\w*Environment$/.test(name)) {
    const loader = args.keywords.get('loader');
    return loader && jinjaDirectories(file, scope, loader, depth + 1);
  }
  const loaded = loaderFolders(file, scope, expression, (part) => jinjaDirectories(file, scope, part, depth + 1));
  if (loaded !== null) return loaded;
  const binding = callee.type === 'identifier' ? lookup(file, scope, callee.text) : undefined;
  if (binding?.kind === 'function') return returnedDirectories(file, binding.symbol, depth);
  return callee.type === 'attribute' ? jinjaDirectories(file, scope, callee, depth + 1) : undefined;
}

/** The environment a same-file function or property returns. */
function returnedDirectories(file: PythonFile, symbol: string, depth: number): TemplateFolders {
  const declaration = file.declarations.get(symbol);
  if (!declaration?.function) return undefined;
  for (const statement of declaration.node.descendantsOfType('return_statement')) {
    const value = statement && namedChildren(statement)[0];
    const found = value && jinjaDirectories(file, declaration.scope, value, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** `def render_prompt(name): return env.get_template(name).render()`: remember the helper, so its callers load what they name. */
export function declareTemplateLoader(
  file: PythonFile,
  scope: Scope | undefined,
  nameNode: Node,
  directories: TemplateFolders,
): void {
  const name = unwrap(nameNode);
  const paramIndex = scope && name.type === 'identifier' ? scope.params.get(name.text) : undefined;
  if (scope && paramIndex !== undefined) file.templateLoaders.push({ symbol: scope.symbol, paramIndex, directories });
}

/**
 * Same-file calls of a template-loading helper with a literal name consume that
 * template: `render_prompt("system.j2")` → the loader folder's system.j2.
 * (Across modules the adapter cannot see the helper; configure it under `loaders`.)
 */
export function resolveTemplateLoaderCalls(
  file: PythonFile,
  scopes: { scope: Scope | undefined; body: Node; topLevel: boolean }[],
): void {
  if (!file.templateLoaders.length) return;
  for (const { scope, body, topLevel } of scopes) {
    const statements = topLevel
      ? namedChildren(body).filter(
          (statement) => !['function_definition', 'class_definition', 'decorated_definition'].includes(statement.type),
        )
      : [body];
    for (const call of statements.flatMap((statement) => statement.descendantsOfType('call'))) {
      if (!call) continue;
      const callee = field(call, 'function')!;
      const symbol =
        callee.type === 'identifier'
          ? callee.text
          : callee.type === 'attribute' && field(callee, 'object')!.text === 'self' && scope?.className
            ? `${scope.className}.${field(callee, 'attribute')!.text}`
            : undefined;
      for (const loader of file.templateLoaders.filter((candidate) => candidate.symbol === symbol)) {
        const name = literalText(callArguments(call).positional[loader.paramIndex]);
        if (name)
          loadTemplate(file, scope?.symbol ?? '<module>', loader.directories, name, call, `${callee.text}('${name}')`);
      }
    }
  }
}
