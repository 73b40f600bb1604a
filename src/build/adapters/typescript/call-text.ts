import type { ts } from 'ts-morph';
import type { ParamRef, Scope, TextValue, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { calleeName, compactSource, isFunctionNode, unwrap } from './syntax.js';
import { returnedExpressions } from './text-value.js';
import { either } from '../text-value/either.js';
import { textTransform } from './string-tags.js';
import { functionCallText } from './function-call-text.js';
import { loadedPath } from './loaded-file.js';
import { concat, empty, included, mapText, visible } from '../text-value/text-value.js';
import { TRIM_METHODS } from './parameter-slots.js';
import { applyOperations } from '../../../model/include-expansions.js';

/** A Map, not an object literal: `date.toLocaleString()` must not find Object.prototype's method. */
const IDENTITY_METHODS = new Set(['toString', 'valueOf', 'normalize', 'toWellFormed', 'replace', 'replaceAll']);

/**
 * `X.replace('{date}', today)`, `X.trim()`: a call that reshapes text it is given
 * (the template it starts from is X's text), not the result of another function.
 */
export function reshapesText(node: ts.Node): boolean {
  const t = api();
  const call = unwrap(node);
  if (!t.isCallExpression(call) || !t.isPropertyAccessExpression(call.expression)) return false;
  const method = call.expression.name.text;
  return IDENTITY_METHODS.has(method) || TRIM_METHODS.has(method);
}

/** A call's text: dedent helpers, trims, `.join()`, `.concat()`, a prompt file read, or a function returning text. */
export function callValue(
  file: TsFile,
  scope: Scope | undefined,
  call: ts.CallExpression,
  evaluate: (node: ts.Node) => TextValue | undefined,
  part: (node: ts.Node) => TextValue,
): TextValue | undefined {
  const t = api();
  const name = calleeName(call.expression);
  const first = call.arguments[0];
  const transform = textTransform(name);
  if (transform && first) return mapText(evaluate(first), transform);
  if (name === 'String' && first) return evaluate(first);
  const loaded = loadedPath(file, scope, call);
  if (loaded) {
    // `${readFileSync('rules.md', 'utf8')}` or `const SYSTEM = readFileSync(…)`: the file's text is part of this one.
    const placeholder = `\${${compactSource(call.getText(file.source))}}`;
    return included({
      placeholder,
      target: loaded.target,
      line: loaded.line,
      column: loaded.column,
      label: loaded.label,
    });
  }
  const callee = unwrap(call.expression);
  if (t.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    const object = callee.expression;
    const trim = TRIM_METHODS.get(method);
    if (trim) return mapText(evaluate(object), (text) => applyOperations(text, [trim]));
    // `.replace('{date}', today)` changes the text at run time; the template it starts from is what the source holds,
    // and text put in (`.replace('{rules}', RULES)`) is a dependency of it all the same.
    if (IDENTITY_METHODS.has(method)) return withReplacement(evaluate(object), method, call.arguments[1], evaluate);
    if (method === 'concat' && evaluate(object)) return concat([evaluate(object)!, ...call.arguments.map(part)]);
    if (method === 'join') {
      const separator = first ? evaluate(first) : { ...empty(), text: ',' };
      const items = listItems(file, scope, object, 0);
      if (separator && items) return concat(items.map(part), separator.text);
      return separator ? (mappedItem(object, evaluate) ?? mappedData(file, call, object, evaluate)) : undefined;
    }
  }
  return functionCallText(file, scope, call, part);
}

/**
 * `TEMPLATE.replace('{artifact}', cond ? formatArtifact(CURRENT) : NONE)`: what the
 * replacement names is part of the result wherever the pattern sits (it has no place
 * of its own in the text, which stays the template as written).
 */
function withReplacement(
  template: TextValue | undefined,
  method: string,
  replacement: ts.Node | undefined,
  evaluate: (node: ts.Node) => TextValue | undefined,
): TextValue | undefined {
  if (!template || !replacement || (method !== 'replace' && method !== 'replaceAll')) return template;
  const includes = evaluate(replacement)?.includes ?? [];
  if (!includes.length) return template;
  return {
    ...template,
    includes: [...template.includes, ...includes.map((include) => ({ ...include, placeholder: undefined }))],
  };
}

/**
 * `list.map((item) => `…${item.name}…`).join('\n')`: the text each item renders,
 * standing for the list (its values are known only at run time, so they stay
 * visible as variables). A callback with several returns is their branches.
 */
function mappedItem(node: ts.Node, evaluate: (node: ts.Node) => TextValue | undefined): TextValue | undefined {
  const t = api();
  const call = unwrap(node);
  if (!t.isCallExpression(call) || !t.isPropertyAccessExpression(call.expression)) return undefined;
  if (!MAPPING_METHODS.has(call.expression.name.text)) return undefined;
  const callback = call.arguments[0] && unwrap(call.arguments[0]);
  if (!callback || !isFunctionNode(callback)) return undefined;
  const values = returnedExpressions(callback)
    .map(evaluate)
    .filter((value): value is TextValue => value !== undefined);
  // `- ${tool}` is formatting of run-time values; words written around them (`${t.name}: ${t.desc}. Call it when…`) are prompt text.
  return values.some(writesWords) ? either(values) : undefined;
}

/**
 * `categories.categories.map((c) => c.id).join(', ')` of imported data or text: no words of its own, but the
 * list it reads is a dependency of the text (issue 12 item 5), with no place of its own in it.
 */
function mappedData(
  file: TsFile,
  joined: ts.CallExpression,
  node: ts.Node,
  evaluate: (node: ts.Node) => TextValue | undefined,
): TextValue | undefined {
  const t = api();
  const call = unwrap(node);
  if (!t.isCallExpression(call) || !t.isPropertyAccessExpression(call.expression)) return undefined;
  if (!MAPPING_METHODS.has(call.expression.name.text) && call.expression.name.text !== 'filter') return undefined;
  const includes = evaluate(call.expression.expression)?.includes ?? [];
  if (!includes.length) return undefined;
  return {
    ...visible<ParamRef>(`\${${compactSource(joined.getText(file.source))}}`, []),
    includes: includes.map((include) => ({ ...include, placeholder: undefined })),
  };
}

const MAPPING_METHODS = new Set(['map', 'flatMap']);
const writesWords = (value: TextValue): boolean =>
  (value.text.replace(/\$\{[^}]*\}/g, ' ').match(/[A-Za-z]{2,}/g)?.length ?? 0) >= 3;

/** The items of `[a, b]` (spreads flattened), of a name bound to one, or of `list.filter(…)`. */
function listItems(file: TsFile, scope: Scope | undefined, node: ts.Node, depth: number): ts.Node[] | undefined {
  const t = api();
  if (depth > 8) return undefined;
  const expression = unwrap(node);
  if (t.isArrayLiteralExpression(expression)) {
    return expression.elements.flatMap((element) =>
      t.isSpreadElement(element)
        ? (listItems(file, scope, element.expression, depth + 1) ?? [element.expression])
        : t.isOmittedExpression(element)
          ? []
          : [element],
    );
  }
  if (t.isIdentifier(expression)) {
    const local = scope?.locals.get(expression.text);
    const binding = file.module.get(expression.text);
    const bound = local?.value ?? (binding?.kind === 'value' ? binding.node : undefined);
    const items =
      bound && bound !== expression ? listItems(file, local ? scope : undefined, bound, depth + 1) : undefined;
    // `const lines = []; lines.push(…); lines.join('\n')`: what is pushed is part of the list.
    return items && local ? [...items, ...local.appended] : items;
  }
  if (
    t.isCallExpression(expression) &&
    t.isPropertyAccessExpression(expression.expression) &&
    expression.expression.name.text === 'filter'
  )
    return listItems(file, scope, expression.expression.expression, depth + 1);
  return undefined;
}
