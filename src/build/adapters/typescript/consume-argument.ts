import type { ts } from 'ts-morph';
import type { Scope, TextValue, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { isFunctionNode, literalText, unwrap } from './syntax.js';
import { callMeaning } from './consumer-calls.js';
import { loadedPath } from './loaded-file.js';
import { evaluateText, holdsText, returnedExpressions } from './text-value.js';
import { textOf } from './declaration-text.js';
import { namedBy } from './references.js';
import { optionValues } from './options.js';
import { environmentValue } from './environment.js';
import { functionScope } from './declarations.js';
import { inlineSlot, inlineTextUnit, writtenHere } from './inline-text.js';
import { consumes } from './consume-reference.js';
import { constructorParameter } from './instances.js';

/** Where a model call sits: its consumer, how it reads, whether a parameter it passes makes a wrapper, and what its inline text is named after. */
export interface ModelCall {
  symbol: string;
  label: string;
  wraps: boolean;
  owner: string;
  /** Genkit `definePrompt`: all its text is the prompt it defines (user turns too, and named constants), going by `name`. */
  defines?: { name?: string };
}

/** Keys of a message or content object that carry text: `{ role: 'system', content }`, `{ type: 'text', text }`, Gemini `parts`. */
const MESSAGE_TEXT_KEYS = new Set([
  'content',
  'text',
  'parts',
  'system',
  'instructions',
  'input',
  'prompt',
  'template',
  'messages',
  'systemInstruction',
]);
const ROLE = /^(system|developer|human|user|ai|assistant|placeholder)$/;

const roleSlot = (role: string | undefined, slot: string): string =>
  role === 'system' || role === 'developer' ? 'system' : role ? 'user' : slot;

/** What a model receives: a message list, a message object, an options object's text keys, composed text, a name. */
export function consumeArgument(
  file: TsFile,
  scope: Scope | undefined,
  call: ModelCall,
  node: ts.Node,
  slot: string,
  depth: number,
): void {
  if (depth > 8) return;
  const t = api();
  const expression = unwrap(node);
  const next = (child: ts.Node, childSlot = slot) => consumeArgument(file, scope, call, child, childSlot, depth + 1);
  const declared = file.declarationOf.get(expression);
  if (declared && textOf(file, declared))
    return consumes(file, call.symbol, { type: 'local', symbol: declared }, expression, call.label);
  if (t.isArrayLiteralExpression(expression)) {
    // LangChain `['system', TEXT]` message tuples.
    const [role, content, ...rest] = expression.elements;
    const roleText = literalText(role);
    if (roleText && content && rest.length === 0 && ROLE.test(roleText))
      return next(content, roleSlot(roleText === 'human' ? 'user' : roleText, slot));
    return expression.elements.forEach((element) => next(t.isSpreadElement(element) ? element.expression : element));
  }
  if (t.isObjectLiteralExpression(expression)) {
    const values = optionValues(file, scope, expression);
    const role = literalText(values.get('role'));
    for (const [key, value] of values) if (MESSAGE_TEXT_KEYS.has(key)) next(value, roleSlot(role, slot));
    return;
  }
  if (t.isConditionalExpression(expression))
    return [expression.whenTrue, expression.whenFalse].forEach((child) => next(child));
  // A `+` of known text is sent as one text (below); of unknowns, each side is followed on its own.
  const plus = t.isBinaryExpression(expression) && expression.operatorToken.kind === t.SyntaxKind.PlusToken;
  const plusValue = plus ? evaluateText(file, scope, expression) : undefined;
  if (plus && !plusValue) return [expression.left, expression.right].forEach((child) => next(child));
  // `content: process.env.SYSTEM_PROMPT`: the model is sent the variable's text (the walk records the read; this says it is sent).
  const sentVariable = environmentValue(expression);
  if (sentVariable)
    consumes(
      file,
      call.symbol,
      { type: 'env', variable: sentVariable, sent: true },
      expression,
      `process.env.${sentVariable}`,
    );
  if (
    (t.isCallExpression(expression) || t.isNewExpression(expression)) &&
    (callMeaning(file, scope, expression) || (t.isCallExpression(expression) && loadedPath(file, scope, expression)))
  )
    return; // walked as a call of its own
  if (isFunctionNode(expression)) {
    // Mastra and the Agents SDK accept `instructions: ({ runtimeContext }) => '…'`: what it returns is the text; its own parameters make no wrapper.
    const inner = functionScope(expression, call.symbol, scope?.className);
    for (const returned of returnedExpressions(expression))
      consumeArgument(file, inner, { ...call, wraps: false }, returned, slot, depth + 1);
    return;
  }
  if (t.isIdentifier(expression)) {
    const local = scope?.locals.get(expression.text);
    if (local && structured(local.value)) {
      // `const messages = [...]; messages.push({ role: 'system', content: EXTRA })`: what is pushed is sent too.
      next(local.value);
      return local.appended.forEach((appended) => next(appended));
    }
    const binding = !local && !scope?.params.has(expression.text) ? file.module.get(expression.text) : undefined;
    if (binding?.kind === 'value') {
      // `const SYSTEM = process.env.SYSTEM_PROMPT ?? '…'`: the call sends the variable's text, or the default.
      const variable = environmentValue(binding.node);
      if (variable)
        consumes(file, call.symbol, { type: 'env', variable, sent: true }, expression, `process.env.${variable}`);
      if (structured(binding.node)) return next(binding.node);
    }
  }
  const held = call.wraps ? heldFromConstructor(file, scope, expression) : undefined;
  // `this.system` set from the constructor: `new Chat(config, SYSTEM)` sends SYSTEM, so the constructor is the wrapper.
  if (held) file.wrappers.push({ symbol: `${held.className}.constructor`, paramIndex: held.index });
  const value = plus ? plusValue : evaluateText(file, scope, expression);
  if (value) {
    if (
      call.defines
        ? holdsText(expression, value)
        : inlineSlot(slot, value) && writtenHere(scope, expression) && holdsText(expression, value)
    )
      return inlineUnit(file, scope, call, expression, slot, value);
    for (const include of value.includes)
      consumes(file, call.symbol, include.target, expression, call.label, include.arguments);
    if (call.wraps)
      for (const param of value.params)
        file.wrappers.push({ symbol: call.symbol, paramIndex: param.index, ...(param.key ? { key: param.key } : {}) });
    return;
  }
  const named = namedBy(file, scope, expression, true);
  if (named && 'target' in named) consumes(file, call.symbol, named.target, expression, call.label);
  if (named && 'param' in named && call.wraps)
    file.wrappers.push({
      symbol: call.symbol,
      paramIndex: named.param.index,
      ...(named.param.key ? { key: named.param.key } : {}),
    });
}

/** `this.field` of the scope's class, when the field holds a constructor parameter. */
function heldFromConstructor(
  file: TsFile,
  scope: Scope | undefined,
  node: ts.Node,
): { className: string; index: number } | undefined {
  const t = api();
  if (!scope?.className || !t.isPropertyAccessExpression(node) || node.expression.kind !== t.SyntaxKind.ThisKeyword)
    return undefined;
  return constructorParameter(file, scope.className, node.name.text);
}

const structured = (node: ts.Node): boolean =>
  api().isArrayLiteralExpression(unwrap(node)) || api().isObjectLiteralExpression(unwrap(node));

/** A literal system prompt written at the call, or held in a local: a unit of its own, consumed there. */
function inlineUnit(
  file: TsFile,
  scope: Scope | undefined,
  call: ModelCall,
  node: ts.Node,
  slot: string,
  written: TextValue,
): void {
  const symbol = inlineTextUnit(
    file,
    scope,
    `${call.owner}.${slot}`,
    node,
    written,
    call.defines?.name ? { name: call.defines.name } : {},
  );
  consumes(file, call.symbol, { type: 'local', symbol }, node, call.label);
  if (call.wraps)
    for (const param of written.params)
      file.wrappers.push({ symbol: call.symbol, paramIndex: param.index, ...(param.key ? { key: param.key } : {}) });
}
