import type { PromptGraph } from '../graph/prompt-graph.js';
import type { GraphNode } from '../../model/schema/scan-result.js';
import { PromptgraphError } from '../../model/promptgraph-error.js';
import { TESTS_LEFT_OUT } from '../../model/file-source.js';
import { isTextNode } from '../impact/impact-graphs.js';
import { resolveSelector, type SelectorIndex } from '../../build/resolve/resolve-selector.js';

/**
 * The one prompt (or fragment) `selector` names in a scan: a path, `path#symbol`,
 * a glob, a prompt name or a symbol name, read as a contract's `prompt:` is. Nothing, or more
 * than one prompt, is an input error (exit 2) that says what to type instead.
 */
export function selectPrompt(graph: PromptGraph, selector: string): GraphNode {
  const normalized = selector.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  const { ids: selected, ambiguous } = resolveSelector(selectorIndex(graph), normalized);
  const ids = ambiguous ?? selected;
  if (ids.length === 1) return graph.node(ids[0]!)!;
  if (!ids.length) {
    throw new PromptgraphError(`no prompt or fragment matches '${selector}'`, {
      code: 'prompt-missing',
      exitCode: 2,
      hint: missingHint(graph, normalized),
    });
  }
  const shown = ids.slice(0, 10).join(', ');
  throw new PromptgraphError(`'${selector}' matches ${ids.length} prompts: ${shown}${ids.length > 10 ? ', …' : ''}`, {
    code: 'prompt-ambiguous',
    exitCode: 2,
    hint: 'name one of them, e.g. with path#symbol',
  });
}

/**
 * The prompt is looked up as it is at the head revision; history then follows it
 * back through renames. A `path#symbol` of a file since moved names the symbol's
 * new home, so the user need not dig for it.
 */
function missingHint(graph: PromptGraph, selector: string): string {
  const symbol = selector.includes('#') ? selector.slice(selector.indexOf('#') + 1) : undefined;
  const moved = symbol
    ? graph.result.nodes.filter((node) => isTextNode(node) && node.symbol === symbol).map((node) => node.id)
    : [];
  if (moved.length && moved.length <= 3)
    return `name it as it is at the head revision (history follows renames): ${moved.join(', ')}`;
  const tests = graph.result.diagnostics.some((diagnostic) => diagnostic.code === TESTS_LEFT_OUT)
    ? '; tests and fixtures are left out by default, so a prompt in one needs --include-tests'
    : '';
  return `give a repository-relative path, path#symbol, prompt name or symbol name as it is at the head revision (history follows renames), as \`promptgraph scan --format json\` lists them${tests}`;
}

/** The graph's prompt text nodes as a selector index, each file's units in line order. */
function selectorIndex(graph: PromptGraph): SelectorIndex {
  const text = graph.result.nodes.filter(isTextNode);
  const byFile = new Map<string, GraphNode[]>();
  for (const node of text) byFile.set(node.file, [...(byFile.get(node.file) ?? []), node]);
  const allFiles = new Set(graph.result.nodes.map((node) => node.file));
  const inFile = (file: string) =>
    (byFile.get(file) ?? [])
      .sort((left, right) => left.range.start - right.range.start || (left.id < right.id ? -1 : 1))
      .map((node) => node.id);
  return {
    textUnit: (file, symbol) => text.find((node) => node.file === file && node.symbol === symbol)?.id,
    textUnitsIn: inFile,
    files: () => [...byFile.keys()],
    named: (name) =>
      text
        .filter((node) => node.name === name)
        .map((node) => node.id)
        .sort(),
    symbols: () => text.filter((node) => node.symbol).map((node) => ({ id: node.id, symbol: node.symbol! })),
    hasFile: (file) => allFiles.has(file),
  };
}
