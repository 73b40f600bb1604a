import type { ts } from 'ts-morph';
import type { Include, Scope, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { propertyName, startColumn, startLine, unwrap } from './syntax.js';
import { evaluateText, holdsText, returnedExpressions } from './text-value.js';
import { inlineSlot, inlineTextUnit } from './inline-text.js';
import { functionScope } from './declarations.js';

/** Keys under which an agent definition carries its instructions. */
const PROMPT_KEYS = new Set(['systemPrompt', 'system_prompt', 'instructions', 'systemInstruction']);
const VIA = 'definition object returned';

/**
 * A top-level function returning an agent definition
 * (`const Investigator = (config) => ({ name, promptConfig: { systemPrompt: `…` } })`):
 * the object is run later by code that reads it through a type, which no static
 * flow follows. The text under a prompt key is a prompt (`Investigator.promptConfig.systemPrompt`),
 * and the function building the definition is its possible consumer, with the reason,
 * so a change to it is never silently without a sender (issue 12 item 3).
 */
export function definitionObjectPrompts(file: TsFile): void {
  const t = api();
  for (const [symbol, declaration] of [...file.declarations]) {
    if (!declaration.function || declaration.container || symbol.includes('.')) continue;
    for (const returned of returnedExpressions(declaration.node)) {
      const object = unwrap(returned);
      if (t.isObjectLiteralExpression(object)) visit(file, symbol, declaration.scope, object, symbol, 0);
    }
  }
}

function visit(
  file: TsFile,
  consumer: string,
  scope: Scope | undefined,
  object: ts.ObjectLiteralExpression,
  path: string,
  depth: number,
): void {
  const t = api();
  for (const property of object.properties) {
    const key = propertyName(property.name);
    if (key === undefined || !/^[\w$]+$/.test(key)) continue;
    // `get promptConfig() { return { systemPrompt: … } }`: the getter's returns, in its own scope.
    const values = t.isPropertyAssignment(property)
      ? [{ node: property.initializer, scope }]
      : t.isGetAccessorDeclaration(property) && property.body
        ? returnedExpressions(property).map((node) => ({
            node,
            scope: functionScope(property, consumer, scope?.className),
          }))
        : [];
    for (const value of values) {
      if (PROMPT_KEYS.has(key)) definitionPrompt(file, consumer, value.scope, value.node, `${path}.${key}`);
      else if (depth < 3 && t.isObjectLiteralExpression(unwrap(value.node)))
        visit(
          file,
          consumer,
          value.scope,
          unwrap(value.node) as ts.ObjectLiteralExpression,
          `${path}.${key}`,
          depth + 1,
        );
    }
  }
}

function definitionPrompt(file: TsFile, consumer: string, scope: Scope | undefined, node: ts.Node, path: string): void {
  const value = evaluateText(file, scope, node);
  if (!value) return;
  const sent = inlineSlot('systemPrompt', value) && holdsText(node, value);
  // Text written there is a unit of its own; a call or constant is what it names (with a call's arguments).
  const sentTargets: Pick<Include, 'target' | 'arguments'>[] = sent
    ? [{ target: { type: 'local', symbol: inlineTextUnit(file, scope, path, node, value, {}) } }]
    : value.includes;
  for (const { target, arguments: args } of sentTargets)
    file.references.push({
      kind: 'consumes',
      from: consumer,
      target,
      line: startLine(file.source, node),
      column: startColumn(file.source, node),
      label: path,
      ...(args ? { arguments: args } : {}),
      certainty: 'possible',
      via: VIA,
    });
}
