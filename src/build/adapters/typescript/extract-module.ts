import type { ts } from 'ts-morph';
import type { Extraction, ExtractedUnit } from '../../../model/extraction.js';
import type { LineRange } from '../../../model/schema/common.js';
import type { Declaration, TextValue, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { collectModuleBindings } from './bindings.js';
import { codeScope, collectDeclarations, functionScope } from './declarations.js';
import { callResultOf, textOf } from './declaration-text.js';
import { definitionObjectPrompts } from './definition-objects.js';
import { MODULE_SYMBOL, walkConsumerScope, type ConsumerScope } from './consumers.js';
import {
  calleeName,
  endLine,
  isFunctionNode,
  literalText,
  objectProperty,
  propertyName,
  startLine,
  unwrap,
  walk,
} from './syntax.js';
import { includeReference } from '../shared/include.js';
import { replacePlaceholders } from '../shared/replace-placeholders.js';
import { PROMPT_NAME } from './prefilter.js';
import { attributeHandlesToUsers } from './prompt-handles.js';
import { promotedByName } from '../shared/prose.js';
import { consumerSymbols, moduleRange, propagateLocalWrappers } from '../shared/consumer-scopes.js';

/**
 * A named prompt: its name (or, for an object entry, the object holding it) says
 * so and its text reads like one (`prose.ts`): not a key like `promptCacheKey`, a
 * UI label under `Settings.Prompt`, an HTML page template or a path. Anything
 * else is a candidate, kept only when it flows into a prompt or a model.
 */
function declaredPrompt(declaration: Declaration, value: TextValue): boolean {
  const last = declaration.symbol.slice(declaration.symbol.lastIndexOf('.') + 1);
  const includes = value.includes.filter((include) => include.placeholder).length;
  const enclosing = declaration.symbol.slice(0, Math.max(declaration.symbol.lastIndexOf('.'), 0));
  return promotedByName(last, declaration.container, wordsOf(value), PROMPT_NAME, includes, enclosing);
}

/** The text with included units and unknown values (`${count + 1}`) left out: what "reads as prose" is judged on. */
function wordsOf(value: TextValue): string {
  const text = replacePlaceholders(
    value.text,
    value.includes.map((include) => include.placeholder),
    ' ',
  );
  return text.replace(/\$\{[^}]*\}/g, '');
}

const rangeOf = (file: TsFile, node: ts.Node): LineRange => ({
  start: startLine(file.source, node),
  end: endLine(file.source, node),
});

/** Units, references, exports, calls and wrappers of one parsed TypeScript or JavaScript module. */
export function extractModule(file: TsFile): Extraction {
  collectModuleBindings(file);
  collectDeclarations(file);
  for (const [symbol, declaration] of file.declarations) {
    const certain = textOf(file, symbol);
    const value = certain ?? callResultOf(file, symbol);
    if (!value) continue;
    const weak = !certain || !declaredPrompt(declaration, value);
    file.units.push({
      symbol,
      role: 'text',
      range: rangeOf(file, declaration.statement),
      format: file.format,
      variables: value.variables,
      text: value.text,
      ...(value.variants ? { variants: value.variants } : {}),
      ...(declaration.function && value.slots.length ? { parameters: value.slots } : {}),
      ...(weak ? { candidate: true } : {}),
      ...(certain ? {} : { throughCall: true }),
    });
    for (const include of value.includes) file.references.push(includeReference(symbol, include));
  }
  const { scopes, skip, ranges } = consumerScopes(file);
  for (const scope of scopes) walkConsumerScope(file, scope, skip);
  definitionObjectPrompts(file);
  attributeHandlesToUsers(file, scopes);
  propagateLocalWrappers(file);
  // A constant that only holds a read file is text only once something reaches it; its load stands in otherwise.
  for (const unit of file.units) if (unit.symbol && file.standIns.has(unit.symbol)) unit.candidate = true;
  const { symbols, certain } = consumerSymbols(file);
  const consumers = symbols.map(
    (symbol): ExtractedUnit => ({
      symbol,
      role: 'consumer',
      range: ranges.get(symbol) ?? moduleRange(file, file.source.text),
      format: file.format,
      variables: [],
      ...(certain.has(symbol) ? {} : { candidate: true }),
      ...(file.standIns.has(symbol) ? { insteadOf: symbol } : {}),
    }),
  );
  return {
    units: [...file.units, ...consumers],
    references: file.references,
    exports: file.exports,
    calls: file.calls,
    wrappers: file.wrappers,
    diagnostics: file.diagnostics,
  };
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
    add(
      declaration.symbol,
      declaration.scope,
      [...declaration.node.parameters, declaration.node.body],
      declaration.statement,
    );
  }
  for (const statement of file.source.statements) {
    if (t.isVariableStatement(statement)) {
      // A top-level constant computed by calls (an agent, a chain, a handler built from callbacks) is a consumer of its own, named after it.
      for (const declaration of statement.declarationList.declarations) {
        const initializer = declaration.initializer;
        if (!t.isIdentifier(declaration.name) || !initializer || skip.has(initializer) || !makesCalls(initializer))
          continue;
        skip.add(initializer);
        add(
          declaration.name.text,
          codeScope(declaration.name.text, [initializer]),
          [initializer],
          statement.declarationList.declarations.length === 1 ? statement : declaration,
        );
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
      if (t.isConstructorDeclaration(member) && member.body)
        add(
          `${className}.constructor`,
          functionScope(member, `${className}.constructor`, className),
          [...member.parameters, member.body],
          member,
        );
      const name = propertyName(member.name);
      if (t.isPropertyDeclaration(member) && member.initializer && name && !skip.has(member.initializer)) {
        add(
          `${className}.${name}`,
          { symbol: `${className}.${name}`, className, params: new Map(), locals: new Map() },
          [member.initializer],
          member,
        );
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
  if (!found)
    walk(node, (child) => {
      found ||= t.isCallExpression(child) || t.isNewExpression(child);
      return !found;
    });
  return found;
}

/** Genkit `ai.defineFlow('name', fn)` / `defineFlow({ name }, fn)` / `defineTool` at top level: the flow's name names its consumer. */
function flowName(expression: ts.Node): string | undefined {
  const t = api();
  const call = unwrap(expression);
  if (
    !t.isCallExpression(call) ||
    !/(^|\.)(defineFlow|defineStreamingFlow|defineTool)$/.test(calleeName(call.expression))
  )
    return undefined;
  const first = call.arguments[0];
  const name =
    literalText(first) ??
    (first && t.isObjectLiteralExpression(unwrap(first))
      ? literalText(objectProperty(unwrap(first) as ts.ObjectLiteralExpression, 'name'))
      : undefined);
  return name && /^[\w$.-]+$/.test(name) ? name : undefined;
}
