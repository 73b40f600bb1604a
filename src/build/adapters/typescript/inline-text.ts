import type { ts } from 'ts-morph';
import type { LineRange } from '../../../model/schema/common.js';
import type { ExtractedUnit } from '../../../model/extraction.js';
import type { Local, Scope, TextValue, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { calleeName, endLine, startLine, unwrap, walk } from './syntax.js';
import { textTransform } from './string-tags.js';
import { onePlaceholderPerTarget } from '../text-value/placeholders.js';
import { includeReference } from '../shared/include.js';
import { replacePlaceholders } from '../shared/replace-placeholders.js';
import { TRIM_METHODS } from './parameter-slots.js';

/** Slots whose inline literal is prompt text of its own (a system prompt, agent instructions, a template), not a user turn. */
const INLINE_SLOTS = new Set([
  'system',
  'developer',
  'instructions',
  'additional_instructions',
  'systemInstruction',
  'systemPrompt',
  'template',
  'stateModifier',
  'messageModifier',
]);

/** Text of the value's own, outside its placeholders. */
function ownText(value: TextValue): string {
  const own = replacePlaceholders(
    value.text,
    value.includes.map((include) => include.placeholder),
    '',
  );
  return own.replace(/\$\{[^}]*\}/g, '').trim();
}

/** A system prompt or instructions written at the call is a prompt of its own; so is a `prompt:` that reads as instructions (four words or more), not a short user turn. */
export function inlineSlot(slot: string, value: TextValue): boolean {
  if (!value.literal) return false;
  if (INLINE_SLOTS.has(slot)) return ownText(value).length > 0;
  if (slot !== 'prompt') return false;
  const own = ownText(value);
  // `<instruction>${task}</instruction>\n<code>${code}</code>`: values laid out in markup are a prompt template too.
  const tags = new Set([...own.matchAll(/<\/?([A-Za-z_][\w-]*)>/g)].map((match) => match[1]));
  return own.split(/\s+/).filter((word) => /[A-Za-z]/.test(word)).length >= 4 || tags.size >= 2;
}

/**
 * The unit of text written where it is sent (`<consumer>.<slot>`, `#2` on for
 * more of the same name), including what it interpolates; returns its symbol.
 * A local two calls send (a retry, a stream fallback) is one unit.
 */
export function inlineTextUnit(
  file: TsFile,
  scope: Scope | undefined,
  base: string,
  node: ts.Node,
  written: TextValue,
  extra: Pick<ExtractedUnit, 'name' | 'candidate'>,
): string {
  const local = localOf(scope, node)?.value;
  const known = local && file.localUnits.get(local);
  if (known) return known;
  const value = onePlaceholderPerTarget(written);
  const taken = new Set([...file.units.map((unit) => unit.symbol), ...file.declarations.keys()]);
  let symbol = base;
  for (let index = 2; taken.has(symbol); index++) symbol = `${base}#${index}`;
  if (local) file.localUnits.set(local, symbol);
  file.units.push({
    symbol,
    role: 'text',
    range: textRange(file, scope, node),
    format: file.format,
    variables: value.variables,
    text: value.text,
    ...(value.variants ? { variants: value.variants } : {}),
    ...extra,
  });
  for (const include of value.includes) file.references.push(includeReference(symbol, include));
  return symbol;
}

const FILLS = new Set(['replace', 'replaceAll']);

/** The local of the enclosing function a name reads (a parameter of the same name shadows it). */
function localOf(scope: Scope | undefined, node: ts.Node): Local | undefined {
  const expression = unwrap(node);
  if (!api().isIdentifier(expression) || scope?.params.has(expression.text)) return undefined;
  const local = scope?.locals.get(expression.text);
  return local && local.value !== expression ? local : undefined;
}

/**
 * Text written in the function that sends it: a literal at the call (`'…'`, `` `…` ``,
 * `dedent\`…\``, `'…' + X`, `[…].join()`), or one held in a local of the function
 * (`const system = '…'`, `parts.join(' ')` of a local list), not a named template
 * used there. Moving a literal into a local is a refactoring, not a new kind of text.
 */
export function writtenHere(scope: Scope | undefined, node: ts.Node, depth = 0): boolean {
  if (depth > 8) return false;
  const t = api();
  const expression = unwrap(node);
  const next = (child: ts.Node) => writtenHere(scope, child, depth + 1);
  if (
    t.isStringLiteral(expression) ||
    t.isNoSubstitutionTemplateLiteral(expression) ||
    t.isTemplateExpression(expression) ||
    t.isTaggedTemplateExpression(expression)
  )
    return true;
  const local = localOf(scope, expression);
  if (local) return next(local.value) || local.assigned.some(next) || local.appended.some(next);
  if (t.isBinaryExpression(expression) && expression.operatorToken.kind === t.SyntaxKind.PlusToken)
    return next(expression.left) || next(expression.right);
  if (!t.isCallExpression(expression)) return false;
  if (textTransform(calleeName(expression.expression))) return expression.arguments.some(next);
  const callee = unwrap(expression.expression);
  if (!t.isPropertyAccessExpression(callee)) return false;
  if (callee.name.text === 'join') return listWrittenHere(scope, callee.expression);
  // `'…{context}'.replace('{context}', …)` is text written here, filled at run time.
  return (TRIM_METHODS.has(callee.name.text) || FILLS.has(callee.name.text)) && next(callee.expression);
}

function listWrittenHere(scope: Scope | undefined, node: ts.Node): boolean {
  const list = unwrap(node);
  const value = localOf(scope, list)?.value;
  return api().isArrayLiteralExpression(list) || (value !== undefined && api().isArrayLiteralExpression(unwrap(value)));
}

/**
 * The lines text written at a call comes from: the expression, and every local it
 * reads, with what `+=` or `.push()` adds to them; for a local sent by name, the
 * local's lines alone. Editing `const tone = '…'` above
 * the call then changes the prompt, as editing the call itself does.
 */
function textRange(file: TsFile, scope: Scope | undefined, node: ts.Node): LineRange {
  const t = api();
  // A local's name at the call (`generateText({ system })`) is no text; the local's own lines are.
  const range = localOf(scope, node)
    ? { start: Infinity, end: -Infinity }
    : { start: startLine(file.source, node), end: endLine(file.source, node) };
  const seen = new Set<Local>();
  const cover = (part: ts.Node) => {
    range.start = Math.min(range.start, startLine(file.source, part));
    range.end = Math.max(range.end, endLine(file.source, part));
  };
  const visit = (root: ts.Node) => {
    const read = (identifier: ts.Node) => {
      const local = localOf(scope, identifier);
      if (!local || seen.has(local)) return;
      seen.add(local);
      // From the declaration (`const system =`), not only its value.
      cover(t.isVariableDeclaration(local.value.parent) ? local.value.parent : local.value);
      for (const part of [local.value, ...local.assigned, ...local.appended]) visit(part);
      local.assigned.forEach(cover);
      local.appended.forEach(cover);
    };
    read(root);
    walk(root, (child) => {
      if (t.isIdentifier(child) && !isPropertyName(child)) read(child);
      return undefined;
    });
  };
  visit(node);
  return range;
}

/** `x` in `a.x` or `{ x: … }` names a property, not a variable. */
function isPropertyName(identifier: ts.Identifier): boolean {
  const t = api();
  const parent = identifier.parent;
  return (
    (t.isPropertyAccessExpression(parent) && parent.name === identifier) ||
    (t.isPropertyAssignment(parent) && parent.name === identifier)
  );
}
