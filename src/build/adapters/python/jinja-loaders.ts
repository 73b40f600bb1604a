import { dirname } from '../../../model/repo-path.js';
import type { PythonFile, Scope } from './python-file.js';
import { callArguments, dottedName, field, namedChildren, unwrap, type Node } from './syntax.js';
import { evaluatePath, listItems, type CodePath } from './paths.js';
import { literalText } from './string-literal.js';

/** A folder a Jinja loader reads; with `prefix`, only names starting `prefix/` (a `PrefixLoader` entry), looked up without it. */
export interface TemplateFolder extends CodePath {
  prefix?: string;
}

/**
 * What an environment's loader reads: its folders, and whether part of it is
 * something promptgraph cannot see (`partial`: a `ChoiceLoader` part built
 * elsewhere, a `DictLoader` beside file loaders), in which case a name found in
 * none of the folders proves nothing. `RUN_TIME`: a `FileSystemLoader` whose
 * folder is known only at run time. `IN_MEMORY`: a `DictLoader`, whose templates
 * are strings in code, not files. Undefined: no loader promptgraph can see (an
 * environment received as a parameter, set elsewhere, or imported).
 */
export type TemplateFolders =
  | { folders: TemplateFolder[]; partial?: boolean }
  | typeof RUN_TIME
  | typeof IN_MEMORY
  | undefined;
export const RUN_TIME = 'run-time';
export const IN_MEMORY = 'in-memory';

/** Reads a loader expression's folders; `read` follows names and nested loaders (the environment reader). */
export function loaderFolders(
  file: PythonFile,
  scope: Scope | undefined,
  call: Node,
  read: (node: Node) => TemplateFolders,
): TemplateFolders | null {
  const name = dottedName(field(call, 'function')!) ?? '';
  const args = callArguments(call);
  if (/(^|\.)FileSystemLoader$/.test(name)) {
    const searchPath = args.positional[0] ?? args.keywords.get('searchpath');
    const paths = searchPath ? listItems(unwrap(searchPath)).map((item) => evaluatePath(file, scope, item)) : [];
    return paths.length && paths.every(Boolean) ? { folders: paths as CodePath[] } : RUN_TIME;
  }
  if (/(^|\.)PackageLoader$/.test(name)) return packageFolders(file, args);
  if (/(^|\.)DictLoader$/.test(name)) return IN_MEMORY;
  if (/(^|\.)ChoiceLoader$/.test(name)) {
    const loaders = args.positional[0] ?? args.keywords.get('loaders');
    return combine(loaders ? listItems(unwrap(loaders)).map(read) : []);
  }
  if (/(^|\.)PrefixLoader$/.test(name)) {
    const mapping = args.positional[0] ?? args.keywords.get('mapping');
    const pairs = mapping && unwrap(mapping).type === 'dictionary' ? namedChildren(unwrap(mapping)) : [];
    return combine(
      pairs
        .filter((pair) => pair.type === 'pair')
        .map((pair) => {
          const prefix = literalText(field(pair, 'key'));
          const found = read(field(pair, 'value')!);
          return prefix !== undefined && typeof found === 'object'
            ? { ...found, folders: found.folders.map((folder) => ({ ...folder, prefix })) }
            : found;
        }),
    );
  }
  // FunctionLoader, ModuleLoader, a project's own loader class: nothing to read statically.
  return /Loader$/.test(name) ? undefined : null;
}

/**
 * `PackageLoader("support_bot", "prompts")`: the `prompts` folder of the package,
 * found as a folder of that dotted name holding this file (a package names its own
 * templates); `PackageLoader(__name__)` is this module's folder. Another package
 * is somewhere promptgraph cannot place: undefined.
 */
function packageFolders(file: PythonFile, args: ReturnType<typeof callArguments>): TemplateFolders {
  const packageNode = args.positional[0] ?? args.keywords.get('package_name');
  const pathNode = args.positional[1] ?? args.keywords.get('package_path');
  const inside = pathNode === undefined ? 'templates' : literalText(pathNode);
  if (!packageNode || inside === undefined) return undefined;
  const own = ['__name__', '__package__'].includes(unwrap(packageNode).text) ? dirname(file.path) : undefined;
  const folder = own ?? packageFolder(file.path, literalText(packageNode));
  return folder === undefined
    ? undefined
    : { folders: [{ path: [folder, inside].filter(Boolean).join('/'), anchored: true }] };
}

function packageFolder(path: string, packageName: string | undefined): string | undefined {
  if (!packageName || !/^[\w.]+$/.test(packageName)) return undefined;
  const suffix = packageName.split('.').join('/');
  for (let folder = dirname(path); folder; folder = dirname(folder))
    if (folder === suffix || folder.endsWith(`/${suffix}`)) return folder;
  return undefined;
}

/** A `ChoiceLoader`'s or `PrefixLoader`'s parts as one: every folder, partial when any part cannot be read as folders. */
function combine(parts: TemplateFolders[]): TemplateFolders {
  const read = parts.filter(
    (part): part is { folders: TemplateFolder[]; partial?: boolean } => typeof part === 'object',
  );
  if (!read.length) return parts.length && parts.every((part) => part === IN_MEMORY) ? IN_MEMORY : undefined;
  return {
    folders: read.flatMap((part) => part.folders),
    ...(read.length < parts.length || read.some((part) => part.partial) ? { partial: true } : {}),
  };
}
