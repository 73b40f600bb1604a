import type { ts } from 'ts-morph';
import type { Extraction, ExtractedUnit, Target } from '../types.js';
import type { LineRange } from '../../schema/common.js';
import type { Declaration, TextValue, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { collectModuleBindings } from './bindings.js';
import { codeScope, collectDeclarations, functionScope } from './declarations.js';
import { callResultOf, textOf } from './declaration-text.js';
import { MODULE_SYMBOL, walkConsumerScope, type ConsumerScope } from './consumers.js';
import { calleeName, endLine, isFunctionNode, literalText, objectProperty, propertyName, startLine, unwrap, walk } from './syntax.js';
import { lineCount } from '../shared/lines.js';
import { includeReference } from '../shared/include.js';
import { PROMPT_NAME } from './prefilter.js';

/**
 * A named prompt: its name (or, for an object entry, its object's name) says so
 * and it reads as words, not a key like `promptCacheKey`. Anything else is a
 * candidate, kept only when it flows into a prompt or a model.
 */
function declaredPrompt(declaration: Declaration, value: TextValue): boolean {
  const last = declaration.symbol.slice(declaration.symbol.lastIndexOf('.') + 1);
  return (PROMPT_NAME.test(last) || (declaration.container !== undefined && PROMPT_NAME.test(declaration.container))) && /\S\s+\S/.test(wordsOf(value));
}

/** The text with included units as one word each and unknown values (`${count + 1}`) left out: what "reads as words" is judged on. */
function wordsOf(value: TextValue): string {
  let text = value.text;
  for (const include of value.includes) if (include.placeholder) text = text.split(include.placeholder).join('X');
  return text.replace(/\$\{[^}]*\}/g, '');
}

const rangeOf = (file: TsFile, node: ts.Node): LineRange => ({ start: startLine(file.source, node), end: endLine(file.source, node) });

/** Units, references, exports, calls and wrappers of one parsed TypeScript or JavaScript module. */
export function extractModule(file: TsFile): Extraction {
  collectModuleBindings(file);
  collectDeclarations(file);
  for (const [symbol, declaration] of file.declarations) {
    const certain = textOf(file, symbol);
    const value = certain ?? callResultOf(file, symbol);
    if (!value) continue;
    const weak = !certain || !declaredPrompt(declaration, value);
    file.units.push({ symbol, role: 'text', range: rangeOf(file, declaration.statement), format: file.format, variables: value.variables, text: value.text, ...(declaration.function && value.slots.length ? { parameters: value.slots } : {}), ...(weak ? { candidate: true } : {}), ...(certain ? {} : { throughCall: true }) });
    for (const include of value.includes) file.references.push(includeReference(symbol, include));
  }
  const { scopes, skip, ranges } = consumerScopes(file);
  for (const scope of scopes) walkConsumerScope(file, scope, skip);
  propagateLocalWrappers(file);
  // A constant that only holds a read file is text only once something reaches it; its load stands in otherwise.
  for (const unit of file.units) if (unit.symbol && file.standIns.has(unit.symbol)) unit.candidate = true;
  return { units: [...file.units, ...consumerUnits(file, ranges)], references: file.references, exports: file.exports, calls: file.calls, wrappers: file.wrappers, diagnostics: file.diagnostics };
}

/**
 * The code walked as consumers: each function, method and arrow function
 * declared at module level (or in a class or module object), class constructors
 * and property initialisers, top-level constants computed by calls, Genkit flows
 * defined at top level (named after the flow), and the remaining top-level
 * statements as `<module>`.
 */
function consumerScopes(file: TsFile): { scopes: ConsumerScope[]; skip: Set<ts.Node>; ranges: Map<string, LineRange> } {
  const t = api();
  const scopes: ConsumerScope[] = [];
  const skip = new Set<ts.Node>();
  const ranges = new Map<string, LineRange>();
  const add = (symbol: string, scope: ConsumerScope['scope'], nodes: (ts.Node | undefined)[], rangeNode: ts.Node) => {
    if (ranges.has(symbol)) return;
    scopes.push({ symbol, scope, nodes: nodes.filter((node): node is ts.Node => node !== undefined) });
    ranges.set(symbol, rangeOf(file, rangeNode));
  };
  for (const declaration of file.declarations.values()) {
    if (!declaration.function || !isFunctionNode(declaration.node)) continue;
    skip.add(declaration.node);
    add(declaration.symbol, declaration.scope, [...declaration.node.parameters, declaration.node.body], declaration.statement);
  }
  for (const statement of file.source.statements) {
    if (t.isVariableStatement(statement)) {
      // A top-level constant computed by calls (an agent, a chain, a handler built from callbacks) is a consumer of its own, named after it.
      for (const declaration of statement.declarationList.declarations) {
        const initializer = declaration.initializer;
        if (!t.isIdentifier(declaration.name) || !initializer || skip.has(initializer) || !makesCalls(initializer)) continue;
        skip.add(initializer);
        add(declaration.name.text, codeScope(declaration.name.text, [initializer]), [initializer], statement.declarationList.declarations.length === 1 ? statement : declaration);
      }
    }
    const flow = t.isExpressionStatement(statement) ? flowName(statement.expression) : undefined;
    if (flow && !ranges.has(flow)) {
      skip.add(statement);
      add(flow, codeScope(flow, [statement]), [statement], statement);
    }
    if (!t.isClassDeclaration(statement)) continue;
    skip.add(statement);
    const className = statement.name?.text ?? 'default';
    for (const member of statement.members) {
      if (t.isConstructorDeclaration(member) && member.body) add(`${className}.constructor`, functionScope(member, `${className}.constructor`, className), [...member.parameters, member.body], member);
      const name = propertyName(member.name);
      if (t.isPropertyDeclaration(member) && member.initializer && name && !skip.has(member.initializer)) {
        add(`${className}.${name}`, { symbol: `${className}.${name}`, className, params: new Map(), locals: new Map() }, [member.initializer], member);
      }
    }
  }
  scopes.unshift({ symbol: MODULE_SYMBOL, scope: undefined, nodes: file.source.statements });
  return { scopes, skip, ranges };
}

/** Does evaluating this expression call anything (itself, or in a callback it holds)? */
function makesCalls(node: ts.Node): boolean {
  const t = api();
  let found = t.isCallExpression(node) || t.isNewExpression(node);
  if (!found) walk(node, (child) => (found ? false : ((found = t.isCallExpression(child) || t.isNewExpression(child)), !found)));
  return found;
}

/** Genkit `ai.defineFlow('name', fn)` / `defineFlow({ name }, fn)` / `defineTool` at top level: the flow's name names its consumer. */
function flowName(expression: ts.Node): string | undefined {
  const t = api();
  const call = unwrap(expression);
  if (!t.isCallExpression(call) || !/(^|\.)(defineFlow|defineStreamingFlow|defineTool)$/.test(calleeName(call.expression))) return undefined;
  const first = call.arguments[0];
  const name = literalText(first) ?? (first && t.isObjectLiteralExpression(unwrap(first)) ? literalText(objectProperty(unwrap(first) as ts.ObjectLiteralExpression, 'name')) : undefined);
  return name && /^[\w$.-]+$/.test(name) ? name : undefined;
}

/**
 * A same-file function passing its parameter to a wrapper is a wrapper too. The
 * resolver finds this across files as well; doing it here keeps such a function
 * a consumer of its own rather than a candidate pruned for consuming nothing directly.
 */
function propagateLocalWrappers(file: TsFile): void {
  const key = (symbol: string, index: number, property?: string) => `${symbol}\0${index}\0${property ?? ''}`;
  const known = new Set(file.wrappers.map((wrapper) => key(wrapper.symbol, wrapper.paramIndex, wrapper.key)));
  const add = (symbol: string, paramIndex: number, property: string | undefined): boolean => {
    if (known.has(key(symbol, paramIndex, property))) return false;
    known.add(key(symbol, paramIndex, property));
    file.wrappers.push({ symbol, paramIndex, ...(property ? { key: property } : {}) });
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const call of file.calls) {
      if (call.callee.type !== 'local' || call.arg.type !== 'param') continue;
      const callee = call.callee.symbol;
      if (known.has(key(callee, call.argIndex)) || known.has(key(callee, call.argIndex, call.argKey))) changed = add(call.from, call.arg.index, call.arg.key) || changed;
      // `outer(options) => ask(options)`: the whole options object carries every property `ask` sends.
      if (call.argKey !== undefined || call.arg.key !== undefined) continue;
      for (const wrapper of [...file.wrappers]) if (wrapper.symbol === callee && wrapper.paramIndex === call.argIndex && wrapper.key) changed = add(call.from, call.arg.index, wrapper.key) || changed;
    }
  }
}

/**
 * One consumer per scope that consumes or wraps something. A scope that only
 * calls other functions, only reads environment variables (usually an API key)
 * or only sends an imported name (any helper) or what an imported function
 * returns is a candidate, kept once it turns out to consume a prompt.
 */
function consumerUnits(file: TsFile, ranges: Map<string, LineRange>): ExtractedUnit[] {
  const consuming = file.references.filter((reference) => reference.kind === 'consumes');
  // Sending the result of an imported function's call (`const TRIAGE = section(…)`) is like sending an imported name.
  const throughCall = new Set(file.units.filter((unit) => unit.throughCall).map((unit) => unit.symbol));
  const weak = (target: Target) => target.type === 'env' || target.type === 'export' || (target.type === 'local' && throughCall.has(target.symbol));
  const certain = new Set([...consuming.filter((reference) => !weak(reference.target)).map((reference) => reference.from!), ...file.wrappers.map((wrapper) => wrapper.symbol), ...file.runTimeLoads.map((load) => load.symbol)]);
  const symbols = new Set([...certain, ...consuming.map((reference) => reference.from!), ...file.calls.map((call) => call.from)]);
  return [...symbols].sort().map((symbol) => ({ symbol, role: 'consumer', range: ranges.get(symbol) ?? moduleRange(file), format: file.format, variables: [], ...(certain.has(symbol) ? {} : { candidate: true }), ...(file.standIns.has(symbol) ? { insteadOf: symbol } : {}) }));
}

/**
 * Top-level code spans the lines of its own model calls and loads, not the whole
 * file: editing a constant elsewhere in the file must not change the `<module>` consumer.
 */
function moduleRange(file: TsFile): LineRange {
  const lines = [...file.references.filter((reference) => reference.from === MODULE_SYMBOL && reference.kind === 'consumes').map((reference) => reference.line), ...file.calls.filter((call) => call.from === MODULE_SYMBOL).map((call) => call.line), ...file.runTimeLoads.filter((load) => load.symbol === MODULE_SYMBOL).map((load) => load.line)];
  return lines.length ? { start: Math.min(...lines), end: Math.max(...lines) } : { start: 1, end: lineCount(file.source.text) };
}
