import type { ts } from 'ts-morph';
import type { Scope, TsFile } from './ts-file.js';
import { joinRepoPath } from '../../../model/repo-path.js';
import { api } from './load-typescript.js';
import { isFunctionNode, walk } from './syntax.js';
import { callMeaning } from './consumer-calls.js';
import { loadedPath } from './loaded-file.js';
import { evaluatePath, pathCandidates, underDirectories, UNKNOWN_PIECE, type CodePath } from './paths.js';
import { fileReadTarget } from '../shared/code-path.js';
import { textOf } from './declaration-text.js';
import { environmentVariables } from './environment.js';
import { consumeArgument, type ModelCall } from './consume-argument.js';
import { callArgumentsOf } from './wrapper-calls.js';
import { genkitCandidates } from './genkit.js';
import { reportRunTimeLoad, runTimeLoad } from './run-time-loads.js';
import { consumes } from './consume-reference.js';

export const MODULE_SYMBOL = '<module>';

/** Code walked as one consumer: a function, method or arrow function, a top-level constant or flow, or the module's remaining statements. */
export interface ConsumerScope {
  symbol: string;
  scope: Scope | undefined;
  nodes: readonly ts.Node[];
}

/**
 * Walks one consumer scope for model calls, loaders, registry fetches, Genkit
 * lookups, environment reads and calls that may reach a wrapper. Nodes in `skip`
 * (functions, classes and constants walked as scopes of their own) are not entered.
 */
export function walkConsumerScope(file: TsFile, consumer: ConsumerScope, skip: ReadonlySet<ts.Node>): void {
  const visitNode = (node: ts.Node): boolean => {
    if (skip.has(node)) return false;
    visit(file, consumer.scope, consumer.symbol, node);
    return true;
  };
  for (const node of consumer.nodes) {
    // A scope's own roots may be skipped by the others (a constant's initializer walked as its own consumer).
    if (consumer.symbol === MODULE_SYMBOL && skip.has(node)) continue;
    visit(file, consumer.scope, consumer.symbol, node);
    walk(node, visitNode);
  }
}

function visit(file: TsFile, scope: Scope | undefined, symbol: string, node: ts.Node): void {
  const t = api();
  for (const variable of environmentVariables(node))
    consumes(file, symbol, { type: 'env', variable }, node, `process.env.${variable}`);
  if (!t.isCallExpression(node) && !t.isNewExpression(node)) return;
  const loaded = t.isCallExpression(node) ? loadedPath(file, scope, node) : undefined;
  // A file read that is part of prompt text is an include of that text, not a load of its own.
  if (loaded && !partOfText(file, node)) return consumes(file, symbol, loaded.target, node, loaded.label);
  if (loaded) {
    // …unless the text is nothing but the read and no prompt turns out to reach it: the graph then keeps this load instead.
    if (readInto(file, node) === symbol) {
      file.standIns.add(symbol);
      consumes(file, symbol, loaded.target, node, loaded.label);
    }
    return;
  }
  const meaning = callMeaning(file, scope, node);
  if (!meaning) {
    if (t.isCallExpression(node) && runTimeLoad(file, scope, symbol, node)) return;
    return callArgumentsOf(file, scope, symbol, inlineOwner(symbol, node), node);
  }
  switch (meaning.kind) {
    case 'model': {
      const call: ModelCall = {
        symbol,
        label: meaning.label,
        wraps: meaning.wraps,
        owner: inlineOwner(symbol, node),
        ...(meaning.defines ? { defines: meaning.defines } : {}),
      };
      for (const argument of meaning.arguments) consumeArgument(file, scope, call, argument.node, argument.slot, 0);
      return;
    }
    case 'load': {
      const path = evaluatePath(file, scope, meaning.path);
      if (path) consumes(file, symbol, fileReadTarget(file, path), node, meaning.label);
      else if (t.isCallExpression(node)) runTimeLoad(file, scope, symbol, node);
      return;
    }
    case 'registry':
      return consumes(
        file,
        symbol,
        { type: 'name', name: meaning.remote.name, remote: meaning.remote },
        node,
        meaning.label,
      );
    case 'genkit':
      return consumes(
        file,
        symbol,
        { type: 'name', name: meaning.name, localCandidates: genkitCandidates(file, meaning.name, meaning.variant) },
        node,
        meaning.label,
      );
    case 'configured':
      return consumes(
        file,
        symbol,
        { type: 'file', candidates: [joinRepoPath('', meaning.path)] },
        node,
        meaning.label,
      );
    case 'template': {
      const name = evaluatePath(file, scope, meaning.name, 0, true);
      const under = (path: CodePath) =>
        meaning.directories ? underDirectories(file, meaning.directories, path.path) : pathCandidates(file, path);
      // Folders relative to the working directory (or none: nunjucks' default) make the candidates guesses.
      const guessed = !meaning.directories || meaning.directories.some((directory) => !directory.anchored);
      if (name && !name.path.includes(UNKNOWN_PIECE))
        return consumes(
          file,
          symbol,
          { type: 'file', candidates: under(name), ...(guessed ? { guessed: 'working-directory' as const } : {}) },
          node,
          meaning.label,
        );
      // A name known in part (`${kind}.j2`): every template of that pattern under the loader folders; a bare variable, none.
      return reportRunTimeLoad(
        file,
        symbol,
        node,
        name && name.path !== UNKNOWN_PIECE && (meaning.directories || !name.path.startsWith(UNKNOWN_PIECE))
          ? under(name)
          : [],
      );
    }
  }
}

/**
 * A file read that is part of prompt text: inside a template interpolation, or in
 * the value of a declaration that is text (`const SYSTEM = readFileSync(…)`). A
 * function returning a file's text stays its loader, a consumer.
 */
function partOfText(file: TsFile, node: ts.Node): boolean {
  const t = api();
  for (let current: ts.Node | undefined = node; current; current = current.parent) {
    if (t.isTemplateSpan(current)) return true;
    const declared = file.declarationOf.get(current);
    if (declared) return textOf(file, declared) !== null;
    if (t.isBlock(current) || t.isSourceFile(current) || (current !== node && t.isArrowFunction(current))) return false;
  }
  return false;
}

/** The constant whose whole text a file read is (`const template = readFileSync(…)`, trimmed or awaited), if any. */
function readInto(file: TsFile, read: ts.Node): string | undefined {
  for (let current: ts.Node | undefined = read; current; current = current.parent) {
    const declared = file.declarationOf.get(current);
    if (declared) {
      const value = textOf(file, declared);
      const only = value?.includes.length === 1 ? value.includes[0]! : undefined;
      return only?.target.type === 'file' && value!.text === only.placeholder ? declared : undefined;
    }
    if (api().isBlock(current) || api().isSourceFile(current) || isFunctionNode(current)) return undefined;
  }
  return undefined;
}

/**
 * Inline text is named after its consumer and, where the call's result is
 * assigned, the name it is assigned to: `const triage = new Agent({ instructions })`
 * at top level gives `triage.instructions`, inside `main` `main.triage.instructions`.
 */
function inlineOwner(symbol: string, call: ts.Node): string {
  const t = api();
  let node: ts.Node = call;
  while (
    node.parent &&
    (t.isAwaitExpression(node.parent) ||
      t.isParenthesizedExpression(node.parent) ||
      t.isAsExpression(node.parent) ||
      t.isNonNullExpression(node.parent) ||
      t.isSatisfiesExpression(node.parent))
  )
    node = node.parent;
  const parent = node.parent;
  const assigned =
    parent &&
    (t.isVariableDeclaration(parent) || t.isPropertyAssignment(parent)) &&
    parent.initializer === node &&
    t.isIdentifier(parent.name)
      ? parent.name.text
      : undefined;
  if (symbol === MODULE_SYMBOL) return assigned ?? MODULE_SYMBOL;
  return assigned && assigned !== symbol ? `${symbol}.${assigned}` : symbol;
}
