import type { Adapter, Extraction, ExtractedUnit } from '../../../model/extraction.js';
import type { Diagnostic } from '../../../model/schema/common.js';
import type { Declaration, PythonFile, TextValue } from './python-file.js';
import { loadPythonParser } from './load-python-parser.js';
import { LONG_LINE, parseBounded } from './bounded-parse.js';
import { collectModuleBindings } from './bindings.js';
import { collectDeclarations } from './declarations.js';
import { textOf } from './text-value.js';
import { walkConsumerScope } from './consumers.js';
import { consumeDecoratedPrompts } from './agent-decorators.js';
import { callResultOf } from './call-result.js';
import { resolveTemplateLoaderCalls } from './jinja-environment.js';
import { classDeclarations } from './class-declarations.js';
import { moduleExports } from './module-exports.js';
import { endLine, startLine, type Node as SyntaxNode } from './syntax.js';
import { includeReference } from '../shared/include.js';
import { consumerSymbols, moduleRange, propagateLocalWrappers } from '../shared/consumer-scopes.js';
import { promotedByName } from '../shared/prose.js';
import { sinkTable, type SinkTable } from '../sinks/sink-table.js';
import { PYTHON_SINKS } from '../sinks/python-sinks.js';
import { textNodeId } from '../../../model/node-ids.js';

/** Names that say "this is prompt text", so the constant is a prompt even before anything uses it. */
const PROMPT_NAME = /prompt|instruction|system|persona|preamble|template|guideline|rules/i;

/**
 * A named prompt: its name says so (the dict's name for a dict entry, else the
 * last part, so `SystemMessage.role` is no prompt) and its text reads like one
 * (`prose.ts`): not a key like `prompt_cache_key`, an HTML or LaTeX template, a
 * cost string or code. Anything else is a candidate, kept when used.
 */
function declaredPrompt(declaration: Declaration, value: TextValue): boolean {
  let text = value.text;
  for (const include of value.includes) if (include.placeholder) text = text.split(include.placeholder).join(' ');
  const includes = value.includes.filter((include) => include.placeholder).length;
  if (declaration.statement.type !== 'pair') {
    const name = declaration.symbol.slice(declaration.symbol.lastIndexOf('.') + 1);
    const enclosing = declaration.symbol.slice(0, Math.max(declaration.symbol.lastIndexOf('.'), 0));
    return promotedByName(name, undefined, text, PROMPT_NAME, includes, enclosing);
  }
  const dictionary = declaration.symbol.slice(0, declaration.symbol.lastIndexOf('.'));
  return promotedByName('', dictionary, text, PROMPT_NAME, includes);
}

/** Cheap test before parsing: a file with no string, no environment read and no import (a re-export) has nothing to find. */
const INTERESTING = /["']|environ|getenv|import/;

/**
 * Python through tree-sitter: string constants, class attributes, dict entries and
 * functions returning text become units; f-strings, `.format`, `%`, `+` and
 * `join` compose them; model calls, loaders, registry fetches and Jinja
 * `get_template` make the enclosing function (or `<module>`) a consumer.
 */
export const pythonAdapter: Adapter = {
  name: 'python',
  matches: (path) => path.endsWith('.py') || path.endsWith('.pyi'),
  prefilter: (text) => INTERESTING.test(text),
  async extract({ path, text }, context): Promise<Extraction> {
    const parser = await loadPythonParser();
    const { tree, blanked } = parseBounded(parser, text);
    const longLines: Diagnostic[] = blanked.map((line) => ({
      severity: 'warning',
      code: 'long-line-not-parsed',
      file: path,
      line,
      message: `a line of over ${LONG_LINE} characters is generated data to the Python reader (its parser slows quadratically along such a line): it is left out, and a prompt written on it is missed`,
    }));
    if (!tree)
      return {
        units: [],
        references: [],
        diagnostics: [
          {
            severity: 'warning',
            code: 'parse-error',
            file: path,
            line: 1,
            message: 'tree-sitter could not parse this Python file',
          },
          ...longLines,
        ],
      };
    try {
      const sinks = sinkTable(PYTHON_SINKS, 'python', context?.config?.sinks ?? []);
      const extraction = extractTree(path, text, tree.rootNode, sinks);
      extraction.diagnostics.push(...longLines);
      // tree-sitter recovers from syntax errors: what it could read is kept, and the file is reported.
      const error = tree.rootNode.hasError ? firstError(tree.rootNode) : undefined;
      if (error)
        extraction.diagnostics.push({
          severity: 'warning',
          code: 'parse-error',
          file: path,
          line: startLine(error),
          column: error.startPosition.column + 1,
          message: 'Python syntax error: prompts after this point may be missed',
        });
      return extraction;
    } finally {
      tree.delete();
    }
  },
};

function firstError(root: SyntaxNode): SyntaxNode | undefined {
  let node: SyntaxNode | undefined = root;
  while (node && !node.isError && !node.isMissing)
    node =
      node.children.find(
        (child): child is SyntaxNode => child !== null && (child.hasError || child.isError || child.isMissing),
      ) ?? undefined;
  return node;
}

function extractTree(
  path: string,
  source: string,
  root: Parameters<typeof collectModuleBindings>[1],
  sinks: SinkTable,
): Extraction {
  const file: PythonFile = {
    path,
    source,
    module: new Map(),
    starImports: [],
    classes: new Map(),
    units: [],
    references: [],
    calls: [],
    wrappers: [],
    diagnostics: [],
    declarations: new Map(),
    templateLoaders: [],
    runTimeLoads: [],
    sinks,
    evaluating: new Set(),
    texts: new Map(),
    callResults: new Map(),
  };
  collectModuleBindings(file, root);
  collectDeclarations(file, root);
  for (const [symbol, declaration] of file.declarations) {
    const text = textOf(file, symbol);
    const call = text ? undefined : callResultOf(file, symbol);
    const value = text ?? call?.value;
    if (!value) continue;
    file.units.push({
      symbol,
      role: 'text',
      range: { start: startLine(declaration.statement), end: endLine(declaration.statement) },
      format: 'python',
      variables: value.variables,
      text: value.text,
      ...(value.variants ? { variants: value.variants } : {}),
      ...(declaration.function && value.slots.length ? { parameters: value.slots } : {}),
      ...(call || !declaredPrompt(declaration, value) ? { candidate: true } : {}),
      ...(call?.throughCall ? { throughCall: true } : {}),
      // A same-file subclass's view of an inherited method (`PipelineTool.to_code_prompt`) is its ancestor's text.
      ...(declaration.inheritedFrom ? { viewOf: textNodeId(path, declaration.inheritedFrom) } : {}),
    });
    for (const include of value.includes)
      file.references.push(includeReference(symbol, include, startLine(declaration.statement)));
  }
  walkConsumerScope(file, undefined, root, true);
  consumeDecoratedPrompts(file, root);
  for (const declaration of file.declarations.values()) {
    if (!declaration.function || !declaration.scope) continue;
    const before = {
      units: file.units.length,
      references: file.references.length,
      calls: file.calls.length,
      wrappers: file.wrappers.length,
    };
    walkConsumerScope(file, declaration.scope, declaration.node, false);
    if (declaration.inheritedFrom && sameUse(file, declaration.symbol, declaration.inheritedFrom)) {
      file.units.length = before.units;
      file.references.length = before.references;
      file.calls.length = before.calls;
      file.wrappers.length = before.wrappers;
    }
  }
  resolveTemplateLoaderCalls(file, [
    { scope: undefined, body: root, topLevel: true },
    ...[...file.declarations.values()]
      .filter((declaration) => declaration.function && !declaration.inheritedFrom)
      .map((declaration) => ({ scope: declaration.scope, body: declaration.node, topLevel: false })),
  ]);
  propagateLocalWrappers(file);
  const classes = classDeclarations(file);
  const { symbols, certain } = consumerSymbols(file);
  const consumers = symbols.map((symbol): ExtractedUnit => {
    const declaration = file.declarations.get(symbol);
    const range = declaration
      ? { start: startLine(declaration.statement), end: endLine(declaration.statement) }
      : moduleRange(file, source);
    const scope = declaration?.function ? declaration.scope : undefined;
    // A parameter the function assigns again is still one its callers name by keyword.
    const params = scope ? new Map([...(scope.reassignedParams ?? []), ...scope.params]) : undefined;
    return {
      symbol,
      role: 'consumer',
      range,
      format: 'python',
      variables: [],
      ...(certain.has(symbol) ? {} : { candidate: true }),
      ...(params?.size ? { signature: Object.fromEntries(params) } : {}),
    };
  });
  return {
    units: [...file.units, ...consumers],
    references: file.references,
    exports: moduleExports(file),
    ...(classes.length ? { classes } : {}),
    calls: file.calls,
    wrappers: file.wrappers,
    diagnostics: file.diagnostics,
  };
}

/** Does an inherited method consume and call exactly what the ancestor's does (text written at its calls included)? Then it is no consumer of its own. */
function sameUse(file: PythonFile, symbol: string, ancestor: string): boolean {
  const uses = (from: string) =>
    JSON.stringify([
      file.references
        .filter((reference) => reference.from === from || reference.from?.startsWith(`${from}.`))
        .map((reference) => [reference.from!.slice(from.length), reference.kind, reference.target]),
      file.calls.filter((call) => call.from === from).map((call) => [call.callee, call.argIndex, call.arg]),
      file.wrappers.filter((wrapper) => wrapper.symbol === from).map((wrapper) => wrapper.paramIndex),
    ]);
  // Inline text at the inherited method's calls is named after it (`Sub.run.system`): compare it as the ancestor's.
  return uses(symbol).split(`"${symbol}.`).join(`"${ancestor}.`) === uses(ancestor);
}
