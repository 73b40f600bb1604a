import type { ts } from 'ts-morph';
import type { Include, Scope, TextValue, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { calleeName, isFunctionNode, literalText, objectProperty, unwrap, walk } from './syntax.js';
import { isCodeTag, textTransform } from './string-tags.js';
import { compactSource, operand, reference } from './references.js';
import { loadedPath } from './loaded-file.js';
import { textVariables } from '../shared/text-variables.js';

const FORMAT_FIELDS = /\{\{[^{}]*\}\}|(?<![$\w])\{[A-Za-z_]\w*\}/g;
const empty = (): TextValue => ({ text: '', includes: [], variables: [], params: [], literal: false });
/** Written text: `{name}` and `{{name}}` in it are template variables (LangChain, Mustache), not text of its own. */
const written = (text: string): TextValue => ({ text, includes: [], variables: textVariables(text), params: [], literal: /\S/.test(text.replace(FORMAT_FIELDS, '')) });

export function concat(values: TextValue[], separator = ''): TextValue {
  return {
    text: values.map((value) => value.text).join(separator),
    includes: values.flatMap((value) => value.includes),
    variables: values.flatMap((value) => value.variables),
    params: values.flatMap((value) => value.params),
    literal: values.some((value) => value.literal) || (values.length > 1 && /\S/.test(separator)),
  };
}

const mapText = (value: TextValue | undefined, change: (text: string) => string): TextValue | undefined => (value ? { ...value, text: change(value.text) } : undefined);

/**
 * One value for code that may produce either of several texts (`cond ? A : B`, a
 * function with several returns): the longest is the text, and every other
 * branch's includes stay as dependencies, so editing any branch reaches the users.
 */
export function either(values: TextValue[]): TextValue | undefined {
  if (values.length <= 1) return values[0];
  const primary = values.reduce((best, value) => (value.text.length > best.text.length ? value : best));
  const others = values.filter((value) => value !== primary);
  const extra = others.flatMap((value) => value.includes).map((include): Include => (include.placeholder && primary.text.includes(include.placeholder) ? include : { ...include, placeholder: undefined }));
  return { ...primary, includes: [...primary.includes, ...extra], variables: [...primary.variables, ...others.flatMap((value) => value.variables)], params: [...primary.params, ...others.flatMap((value) => value.params)] };
}

/**
 * The graph keeps one include edge per unit and target, so one placeholder per
 * target: `${LEGACY_TONE}` and `${tone.LEGACY_TONE}` naming the same export are
 * written with the first spelling, and composition fills both.
 */
export function onePlaceholderPerTarget(value: TextValue): TextValue {
  const first = new Map<string, string>();
  let text = value.text;
  const includes = value.includes.map((include) => {
    if (!include.placeholder) return include;
    const key = JSON.stringify(include.target);
    const chosen = first.get(key);
    if (chosen === undefined) first.set(key, include.placeholder);
    else if (chosen !== include.placeholder) {
      text = text.split(include.placeholder).join(chosen);
      return { ...include, placeholder: chosen };
    }
    return include;
  });
  return { ...value, text, includes };
}

/** The text of declaration `symbol`, evaluated once; null when it is not text. */
export function textOf(file: TsFile, symbol: string): TextValue | null {
  if (file.texts.has(symbol)) return file.texts.get(symbol)!;
  const declaration = file.declarations.get(symbol);
  if (!declaration || file.evaluating.has(symbol)) return null;
  file.evaluating.add(symbol);
  const nodes = declaration.function ? returnedExpressions(declaration.node) : [declaration.node];
  const values = nodes.flatMap((node) => holdsText(node, evaluateText(file, declaration.scope, node)) ?? []);
  const chosen = either(values);
  const value = chosen && onePlaceholderPerTarget(chosen);
  file.evaluating.delete(symbol);
  file.texts.set(symbol, value ?? null);
  return value ?? null;
}

/**
 * Text is a value with written text of its own, or an alias of other text
 * (`PROMPT = PERSONA`, a file's text). The bare result of an unknown call or a
 * template of unknowns only is not.
 */
export function holdsText(node: ts.Node, value: TextValue | undefined): TextValue | undefined {
  if (!value) return undefined;
  if (value.literal) return value;
  if (!value.includes.length) return undefined;
  const onlyCallResult = api().isCallExpression(unwrap(node)) && value.includes.length === 1 && value.text === value.includes[0]!.placeholder && value.includes[0]!.target.type !== 'file';
  return onlyCallResult ? undefined : value;
}

/** What a function returns: each `return` of its own (not of nested functions), branches of `?:`, `||` and `??` apart. */
export function returnedExpressions(node: ts.Node): ts.Node[] {
  const t = api();
  if (!isFunctionNode(node) || !node.body) return [];
  const returned: ts.Node[] = [];
  if (!t.isBlock(node.body)) returned.push(node.body);
  else {
    walk(node.body, (child) => {
      if (isFunctionNode(child) || t.isClassLike(child)) return false;
      if (t.isReturnStatement(child) && child.expression) returned.push(child.expression);
      return undefined;
    });
  }
  return returned.flatMap(branches);
}

function branches(node: ts.Node): ts.Node[] {
  const t = api();
  const expression = unwrap(node);
  if (t.isConditionalExpression(expression)) return [...branches(expression.whenTrue), ...branches(expression.whenFalse)];
  if (t.isBinaryExpression(expression) && [t.SyntaxKind.BarBarToken, t.SyntaxKind.QuestionQuestionToken].includes(expression.operatorToken.kind)) return [...branches(expression.left), ...branches(expression.right)];
  return [expression];
}

/**
 * The text an expression builds, with other units' text under placeholders (its
 * includes) and unknown values visible as `${name}` variables. Undefined when the
 * expression holds no string and names no text.
 */
export function evaluateText(file: TsFile, scope: Scope | undefined, node: ts.Node, depth = 0): TextValue | undefined {
  if (depth > 24) return undefined;
  const t = api();
  const expression = unwrap(node);
  const evaluate = (child: ts.Node) => evaluateText(file, scope, child, depth + 1);
  const part = (child: ts.Node) => operand(file, scope, child, evaluate);
  if (t.isStringLiteral(expression) || t.isNoSubstitutionTemplateLiteral(expression)) return written(expression.text);
  if (t.isTemplateExpression(expression)) return templateValue(file, expression, part, false);
  if (t.isTaggedTemplateExpression(expression)) return taggedValue(file, expression, part);
  if (t.isBinaryExpression(expression)) {
    const kind = expression.operatorToken.kind;
    if (kind === t.SyntaxKind.PlusToken || kind === t.SyntaxKind.PlusEqualsToken) {
      const values = [evaluate(expression.left), evaluate(expression.right)];
      return values.some(Boolean) ? concat([values[0] ?? part(expression.left), values[1] ?? part(expression.right)]) : undefined;
    }
    if (kind === t.SyntaxKind.AmpersandAmpersandToken) return evaluate(expression.right);
    if (kind === t.SyntaxKind.BarBarToken || kind === t.SyntaxKind.QuestionQuestionToken) return either([evaluate(expression.left), evaluate(expression.right)].filter((value): value is TextValue => value !== undefined));
    return undefined;
  }
  if (t.isConditionalExpression(expression)) return either([evaluate(expression.whenTrue), evaluate(expression.whenFalse)].filter((value): value is TextValue => value !== undefined));
  if (t.isIdentifier(expression)) return identifierValue(file, scope, expression, depth);
  if (t.isPropertyAccessExpression(expression) || t.isElementAccessExpression(expression)) return localProperty(file, scope, expression, depth) ?? reference(file, scope, expression);
  if (t.isCallExpression(expression)) return callValue(file, scope, expression, evaluate, part);
  return undefined;
}

/** A local's value with what `+=` appends to it; a module constant that is no text itself may still build text (`const S = build()`). */
function identifierValue(file: TsFile, scope: Scope | undefined, node: ts.Identifier, depth: number): TextValue | undefined {
  const local = scope?.locals.get(node.text);
  if (local && local.value !== node) {
    const inner: Scope = { ...scope!, locals: new Map([...scope!.locals].filter(([name]) => name !== node.text)) };
    const evaluate = (child: ts.Node) => evaluateText(file, inner, child, depth + 1);
    const first = evaluate(local.value);
    if (!local.appended.length) return first;
    const parts = [first ?? operand(file, inner, local.value, evaluate), ...local.appended.map((appended) => operand(file, inner, appended, evaluate))];
    return parts.some((value) => value.literal || value.includes.length) ? concat(parts) : undefined;
  }
  if (scope?.params.has(node.text)) return undefined;
  const binding = file.module.get(node.text);
  if (binding?.kind === 'value' && !file.declarations.has(node.text) && !api().isEnumDeclaration(binding.node)) {
    const value = evaluateText(file, undefined, binding.node, depth + 1);
    if (value?.includes.length) return value;
  }
  return reference(file, scope, node);
}

/** `options.system` where `options` is a local object literal: the property's value. */
function localProperty(file: TsFile, scope: Scope | undefined, node: ts.PropertyAccessExpression | ts.ElementAccessExpression, depth: number): TextValue | undefined {
  const t = api();
  const object = unwrap(node.expression);
  const key = t.isPropertyAccessExpression(node) ? node.name.text : literalText(node.argumentExpression);
  const local = t.isIdentifier(object) ? scope?.locals.get(object.text) : undefined;
  const value = local && key !== undefined && t.isObjectLiteralExpression(unwrap(local.value)) ? objectProperty(unwrap(local.value) as ts.ObjectLiteralExpression, key) : undefined;
  return value && value !== node ? evaluateText(file, scope, value, depth + 1) : undefined;
}

/** A template's text: written pieces, interpolations kept as written (`${PERSONA}`), other text under those placeholders. */
function templateValue(file: TsFile, template: ts.TemplateExpression, part: (node: ts.Node) => TextValue, raw: boolean): TextValue {
  const pieces: TextValue[] = [written(raw ? template.head.rawText ?? template.head.text : template.head.text)];
  let previousEnd = template.head.getEnd();
  for (const span of template.templateSpans) {
    const source = compactSource(file.source.text.slice(previousEnd - 2, span.literal.getStart(file.source) + 1));
    const value = part(span.expression);
    const only = value.includes.length === 1 ? value.includes[0]! : undefined;
    // `${urgent ? RULES : ''}` stays visible as written: which branch the model gets is decided at run time; both are dependencies.
    if (branching(span.expression)) pieces.push({ ...value, text: source, includes: value.includes.map((include) => ({ ...include, placeholder: undefined })), literal: false });
    else if (only && value.text === only.placeholder) pieces.push({ ...value, text: source, includes: [{ ...only, placeholder: source }] });
    else if (!value.includes.length && !value.literal) pieces.push({ ...value, text: source });
    else pieces.push(value);
    pieces.push(written(raw ? span.literal.rawText ?? span.literal.text : span.literal.text));
    previousEnd = span.literal.getEnd();
  }
  return concat(pieces);
}

function branching(node: ts.Node): boolean {
  const t = api();
  const expression = unwrap(node);
  return t.isConditionalExpression(expression) || (t.isBinaryExpression(expression) && [t.SyntaxKind.AmpersandAmpersandToken, t.SyntaxKind.BarBarToken, t.SyntaxKind.QuestionQuestionToken].includes(expression.operatorToken.kind));
}

function taggedValue(file: TsFile, node: ts.TaggedTemplateExpression, part: (node: ts.Node) => TextValue): TextValue | undefined {
  const t = api();
  const tag = calleeName(node.tag);
  if (isCodeTag(tag)) return undefined;
  const raw = tag === 'String.raw';
  const template = node.template;
  const value = t.isNoSubstitutionTemplateLiteral(template) ? written(raw ? template.rawText ?? template.text : template.text) : templateValue(file, template, part, raw);
  const transform = textTransform(tag);
  return transform ? mapText(value, transform) : value;
}

const TRIM: Record<string, (text: string) => string> = { trim: (text) => text.trim(), trimStart: (text) => text.trimStart(), trimEnd: (text) => text.trimEnd(), trimLeft: (text) => text.trimStart(), trimRight: (text) => text.trimEnd() };
const IDENTITY_METHODS = new Set(['toString', 'valueOf', 'normalize', 'toWellFormed', 'replace', 'replaceAll']);

function callValue(file: TsFile, scope: Scope | undefined, call: ts.CallExpression, evaluate: (node: ts.Node) => TextValue | undefined, part: (node: ts.Node) => TextValue): TextValue | undefined {
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
    return { text: placeholder, includes: [{ placeholder, target: loaded.target, line: loaded.line, column: loaded.column, label: loaded.label }], variables: [], params: [], literal: false };
  }
  const callee = unwrap(call.expression);
  if (t.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    const object = callee.expression;
    if (TRIM[method]) return mapText(evaluate(object), TRIM[method]!);
    // `.replace('{date}', today)` changes the text at run time; the template it starts from is what the source holds.
    if (IDENTITY_METHODS.has(method)) return evaluate(object);
    if (method === 'concat' && evaluate(object)) return concat([evaluate(object)!, ...call.arguments.map(part)]);
    if (method === 'join') {
      const separator = first ? evaluate(first) : { ...empty(), text: ',' };
      const items = listItems(file, scope, object, 0);
      return separator && items ? concat(items.map(part), separator.text) : undefined;
    }
  }
  return reference(file, scope, call);
}

/** The items of `[a, b]` (spreads flattened), of a name bound to one, or of `list.filter(…)`. */
function listItems(file: TsFile, scope: Scope | undefined, node: ts.Node, depth: number): ts.Node[] | undefined {
  const t = api();
  if (depth > 8) return undefined;
  const expression = unwrap(node);
  if (t.isArrayLiteralExpression(expression)) {
    return expression.elements.flatMap((element) => (t.isSpreadElement(element) ? listItems(file, scope, element.expression, depth + 1) ?? [element.expression] : t.isOmittedExpression(element) ? [] : [element]));
  }
  if (t.isIdentifier(expression)) {
    const local = scope?.locals.get(expression.text);
    const binding = file.module.get(expression.text);
    const bound = local?.value ?? (binding?.kind === 'value' ? binding.node : undefined);
    return bound && bound !== expression ? listItems(file, local ? scope : undefined, bound, depth + 1) : undefined;
  }
  if (t.isCallExpression(expression) && t.isPropertyAccessExpression(expression.expression) && expression.expression.name.text === 'filter') return listItems(file, scope, expression.expression.expression, depth + 1);
  return undefined;
}

