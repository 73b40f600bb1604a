import type { ts } from 'ts-morph';
import type { Target } from '../../../model/extraction.js';
import type { Include, TextValue, TsFile } from './ts-file.js';
import { literalText, startLine, unwrap } from './syntax.js';
import { api } from './load-typescript.js';
import { written } from './written-text.js';
import { evaluateText, holdsText, nullish, returnedExpressions } from './text-value.js';
import { either } from '../text-value/either.js';
import { onePlaceholderPerTarget } from '../text-value/placeholders.js';
import { filledTemplate } from './template-fillers.js';
import { reportSelfReference } from '../text-value/self-reference.js';

/**
 * The text of declaration `symbol`, evaluated once; null when it is not text. A
 * call of a same-file text function (`const HEADING = heading('Acme')`) is text
 * composed through the call; a helper filling a template it is given
 * (`template.replace('{x}', …)`) is the template its caller passes.
 */
export function textOf(file: TsFile, symbol: string): TextValue | null {
  if (file.texts.has(symbol)) return file.texts.get(symbol)!;
  const value = declarationText(file, symbol, holdsText, (value) =>
    onlyCallOf(value, (target) => target.type === 'local' && textOf(file, target.symbol) !== null),
  );
  if (value === undefined) return null;
  // A helper filling the template it is given is text too: the text its caller passes.
  const declaration = file.declarations.get(symbol)!;
  const text =
    value ?? (declaration.function ? filledTemplate(declaration, returnedExpressions(declaration.node)) : null) ?? null;
  file.texts.set(symbol, text);
  return text;
}

/**
 * For a declaration that is no text of its own: the text it is when it is only a
 * call of an imported function (`export const TRIAGE = section('Task', X)`, a
 * function that only `return section(…)`), or of a same-file function that is
 * one. Whether that function returns text only the resolver knows, so the unit is
 * `throughCall`. Null otherwise: the result of a call of an unknown function is not text.
 */
export function callResultOf(file: TsFile, symbol: string): TextValue | null {
  if (file.callResults.has(symbol)) return file.callResults.get(symbol)!;
  if (textOf(file, symbol)) return null;
  const value = declarationText(
    file,
    symbol,
    () => undefined,
    (value) =>
      onlyCallOf(
        value,
        (target) => target.type === 'export' || (target.type === 'local' && callResultOf(file, target.symbol) !== null),
      ),
  );
  if (value === undefined) return null;
  file.callResults.set(symbol, value);
  return value;
}

/**
 * The value is one call of a function returning text, with its arguments (`section('Task', TASK)`), of a function
 * `callee` accepts; through a local standing for one of several modules (`active.render()`), of each of them.
 */
function onlyCallOf(value: TextValue | undefined, callee: (target: Target) => boolean): TextValue | undefined {
  const includes = value?.includes ?? [];
  const called = (include: Include) =>
    include.arguments !== undefined && include.placeholder === value!.text && callee(include.target);
  return includes.length && includes.every(called) ? value : undefined;
}

/**
 * `export const MAX_TURNS = 12`: a number a prompt interpolates is part of its text
 * like any constant, so editing it reaches the prompt. Only a declaration's own
 * value reads so: `count + 1` in code builds no text.
 */
function numberText(node: ts.Node): TextValue | undefined {
  const t = api();
  const expression = unwrap(node);
  const negative =
    t.isPrefixUnaryExpression(expression) &&
    expression.operator === t.SyntaxKind.MinusToken &&
    t.isNumericLiteral(expression.operand);
  if (!t.isNumericLiteral(expression) && !negative) return undefined;
  return written(expression.getText());
}

/**
 * A declaration's text: each value it may hold that is `text`, or that is only a
 * call `call` accepts (`section('Task', TASK)`) when no value is computed at run
 * time beside it (a function that returns `section(…)` on one path and its
 * parameter on another is no text function). Undefined while it is being
 * evaluated (self-reference).
 */
function declarationText(
  file: TsFile,
  symbol: string,
  text: (node: ts.Node, value: TextValue | undefined) => TextValue | undefined,
  call: (value: TextValue | undefined) => TextValue | undefined,
): TextValue | null | undefined {
  const declaration = file.declarations.get(symbol);
  if (!declaration) return undefined;
  if (file.evaluating.has(symbol)) {
    reportSelfReference(file.diagnostics, file.path, file.evaluating, symbol, (member) => {
      const found = file.declarations.get(member);
      return found && { function: found.function, line: startLine(file.source, found.statement) };
    });
    return undefined;
  }
  file.evaluating.add(symbol);
  let values = file.evaluations.get(symbol);
  if (!values) {
    values = (declaration.function ? returnedExpressions(declaration.node) : [declaration.node]).map((node) => ({
      node,
      value: evaluateText(file, declaration.scope, node) ?? (declaration.function ? undefined : numberText(node)),
    }));
    file.evaluations.set(symbol, values);
  }
  const evaluated = values.map(({ node, value }) => {
    const held = text(node, value);
    return { node, held, called: held ? undefined : call(value) };
  });
  const computed = evaluated.some(
    ({ node, held, called }) => !held && !called && !nullish(node) && literalText(node) === undefined,
  );
  const chosen = either(evaluated.flatMap(({ held, called }) => held ?? (computed ? [] : (called ?? []))));
  // `return lines.length ? lines.join('\n') : '- none'`: beside a result computed at run time, a short fallback is no prompt text.
  const fallbackOnly =
    chosen !== undefined && computed && !chosen.includes.length && chosen.text.trim().split(/\s+/).length < 3;
  file.evaluating.delete(symbol);
  return chosen && !fallbackOnly ? onePlaceholderPerTarget(chosen) : null;
}
