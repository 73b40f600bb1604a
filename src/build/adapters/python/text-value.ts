import type { Target } from '../../../model/extraction.js';
import type { PythonFile, Scope, TextValue } from './python-file.js';
import { callArguments, dottedName, field, namedChildren, startLine, unwrap, type Node } from './syntax.js';
import { cleandoc, dedent, stringPieces } from './string-literal.js';
import { namedBy, operand } from './references.js';
import { definingClass } from './bindings.js';
import { loadedPath } from './loaded-file.js';
import { functionCallText } from './function-call-text.js';
import { spreadEntries } from './dictionary-entry.js';
import { FORMAT_FIELD, fieldNames, percentFormat, unseenFields } from './format-fields.js';
import { STRIP_METHODS } from './parameter-slots.js';
import { replacePlaceholders } from '../shared/replace-placeholders.js';
import { applyOperations } from '../../../model/include-expansions.js';
import { concat, empty, filled, included, mapText, written } from '../text-value/text-value.js';
import { onlyCallResult, writtenAs } from '../text-value/placeholders.js';
import { either } from '../text-value/either.js';
import { signatureText } from './dspy-signatures.js';
import { parentOf } from './parent-index.js';
import { reportSelfReference } from '../text-value/self-reference.js';

const DEDENT_CALLS = new Set(['textwrap.dedent', 'dedent']);
const CLEANDOC_CALLS = new Set(['inspect.cleandoc', 'cleandoc']);

/** Written text: `{name}` fields in it are template variables, not text of its own. */
const literal = (text: string): TextValue => {
  const variables = fieldNames(text);
  return written(text, variables, /\S/.test(variables.length ? text.replace(FORMAT_FIELD, '') : text));
};

/** The text of declaration `symbol`, evaluated once; null when it is not text. */
export function textOf(file: PythonFile, symbol: string): TextValue | null {
  if (file.texts.has(symbol)) return file.texts.get(symbol)!;
  const declaration = file.declarations.get(symbol);
  if (!declaration) return null;
  if (file.evaluating.has(symbol)) {
    // `X = X + " more"` after an earlier `X = …` (or an import of X) reads that earlier binding: no loop. An
    // attribute (`self.prompt = self.prompt + …`) may have been set anywhere before: only module names are told.
    if (!boundBefore(file, symbol) && [...file.evaluating].every((member) => !member.includes('.')))
      reportSelfReference(file.diagnostics, file.path, file.evaluating, symbol, (member) => {
        const found = file.declarations.get(member);
        return found && { function: found.function, line: startLine(found.statement) };
      });
    return null;
  }
  file.evaluating.add(symbol);
  let value: TextValue | undefined;
  if (declaration.function) {
    // Each return that holds text is a branch: the function's text is the set of them.
    value = either(
      returnStatements(declaration.node).flatMap((statement) => {
        const returned = namedChildren(statement)[0];
        const held = returned && holdsText(returned, evaluateText(file, declaration.scope, returned));
        return held ? [held] : [];
      }),
    );
  } else {
    value = holdsText(declaration.node, evaluateText(file, declaration.scope, declaration.node));
  }
  file.evaluating.delete(symbol);
  // An inherited method that reads nothing the subclass overrides is the ancestor's unit, not a copy.
  if (value && declaration.inheritedFrom && sameText(value, textOf(file, declaration.inheritedFrom))) value = undefined;
  file.texts.set(symbol, value ?? null);
  return value ?? null;
}

/** Is the module-level name `symbol` bound (assigned, imported, defined) before its declaration's statement? */
function boundBefore(file: PythonFile, symbol: string): boolean {
  const statement = file.declarations.get(symbol)?.statement;
  if (!statement || !/^[A-Za-z_]\w*$/.test(symbol)) return false;
  const binding = new RegExp(
    `^(?:${symbol}\\s*(?::[^=\\n]*)?=(?!=)|(?:from\\s+\\S+\\s+)?import\\b[^\\n]*\\b${symbol}\\b|(?:async\\s+)?def\\s+${symbol}\\b|class\\s+${symbol}\\b)`,
    'm',
  );
  return binding.test(file.source.slice(0, statement.startIndex));
}

const targetsOf = (value: TextValue): string => JSON.stringify(value.includes.map((include) => include.target));
const sameText = (value: TextValue, other: TextValue | null): boolean =>
  other !== null && value.text === other.text && targetsOf(value) === targetsOf(other);

/**
 * Text is a value with literal text of its own, or an alias of other text
 * (`PROMPT = PERSONA`). The bare result of a call (`return client.fetch()`,
 * `os.getenv(…)`) or an f-string of unknowns is not.
 */
export function holdsText(node: Node, value: TextValue | undefined): TextValue | undefined {
  if (!value) return undefined;
  const own = replacePlaceholders(
    value.text,
    [...value.includes.map((include) => include.placeholder), ...value.variables.map((variable) => `{${variable}}`)],
    '',
  );
  if (own.trim()) return value;
  if (!value.includes.length) return undefined;
  // `PROMPT = open("system.txt").read()` is that file's text; the bare result of any other call is not known to be text.
  return unwrap(node).type === 'call' && onlyCallResult(value) ? undefined : value;
}

/** Return statements of a function, not of functions nested in it (one native query, then a short walk up from each). */
export function returnStatements(definition: Node): Node[] {
  return definition.descendantsOfType('return_statement').filter((statement): statement is Node => {
    let current = statement && parentOf(statement);
    while (current && !['function_definition', 'lambda', 'class_definition'].includes(current.type))
      current = parentOf(current);
    return current?.id === definition.id;
  });
}

/**
 * The text an expression builds, with other units' text left under placeholders
 * (their includes) and unknown values visible as `{name}` variables. Undefined
 * when the expression holds no string literal and names no text.
 */
export function evaluateText(file: PythonFile, scope: Scope | undefined, node: Node, depth = 0): TextValue | undefined {
  if (depth > 20) return undefined;
  const expression = unwrap(node);
  const evaluate = (child: Node) => evaluateText(file, scope, child, depth + 1);
  const part = (child: Node) => operand(file, scope, child, evaluate);
  switch (expression.type) {
    case 'class_definition':
      return signatureText(expression);
    case 'string':
      return stringValue(expression, part);
    case 'concatenated_string':
      return concat(namedChildren(expression).map((child) => evaluate(child) ?? empty<number>()));
    case 'identifier': {
      const local = scope?.locals.get(expression.text);
      if (local && local !== expression)
        return localValue(
          file,
          { ...scope!, locals: withoutName(scope!.locals, expression.text) },
          [local, ...(scope!.augmented?.get(expression.text) ?? [])],
          depth + 1,
        );
      return reference(file, scope, expression);
    }
    case 'attribute':
    case 'subscript':
      return reference(file, scope, expression);
    case 'binary_operator': {
      const operator = field(expression, 'operator')?.text;
      const left = field(expression, 'left')!;
      const right = field(expression, 'right')!;
      if (operator === '+') {
        const values = [evaluate(left), evaluate(right)];
        if (!values.some(Boolean)) return undefined;
        return concat([values[0] ?? part(left), values[1] ?? part(right)]);
      }
      if (operator === '%') {
        const template = evaluate(left);
        return template && percentFormat(template, unwrap(right), part);
      }
      return undefined;
    }
    case 'call':
      return callValue(file, scope, expression, evaluate, part);
    default:
      return undefined;
  }
}

const withoutName = (locals: Map<string, Node>, name: string): Map<string, Node> =>
  new Map([...locals].filter(([key]) => key !== name));

/** A local: its assignment, then whatever `name += …` adds to it, composed like `+`. */
function localValue(file: PythonFile, scope: Scope, parts: Node[], depth: number): TextValue | undefined {
  const evaluate = (node: Node) => evaluateText(file, scope, node, depth);
  const values = parts.map(evaluate);
  if (!values.some(Boolean)) return undefined;
  return values.length === 1
    ? values[0]
    : concat(values.map((value, index) => value ?? operand(file, scope, parts[index]!, evaluate)));
}

function reference(file: PythonFile, scope: Scope | undefined, node: Node): TextValue | undefined {
  const named = namedBy(file, scope, node);
  if (!named || !('target' in named)) return undefined;
  const name = dottedName(node) ?? node.text;
  return included({
    placeholder: `{${name}}`,
    target: named.target,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    label: name,
  });
}

function stringValue(node: Node, part: (child: Node) => TextValue): TextValue | undefined {
  const pieces = stringPieces(node);
  if (!pieces) return undefined;
  return concat(
    pieces.map((piece) => {
      if (piece.kind === 'text') return literal(piece.value);
      const value = part(piece.expression);
      // Another unit's text, or a parameter (`{title!r}`: where a call's argument goes), is kept as written.
      const asParameter = (unknown: TextValue) =>
        !unknown.includes.length && unknown.text === `{${piece.expression.text}}`;
      return writtenAs(value, piece.source, asParameter) ?? value;
    }),
  );
}

function callValue(
  file: PythonFile,
  scope: Scope | undefined,
  call: Node,
  evaluate: (node: Node) => TextValue | undefined,
  part: (child: Node) => TextValue,
): TextValue | undefined {
  const callee = field(call, 'function')!;
  const name = dottedName(callee);
  const args = callArguments(call);
  const first = args.positional[0];
  if (name && DEDENT_CALLS.has(name) && first) return mapText(evaluate(first), dedent);
  if (name && CLEANDOC_CALLS.has(name) && first) return mapText(evaluate(first), cleandoc);
  const loaded = loadedPath(file, scope, call);
  if (loaded) {
    // `f"{(DIR / 'overview.md').read_text()}\n…"`: the file's text is part of this one.
    return included({
      placeholder: `{${call.text}}`,
      target: loaded.target,
      line: call.startPosition.row + 1,
      column: call.startPosition.column + 1,
      label: loaded.label,
    });
  }
  if (callee.type !== 'attribute') return functionCallText(call, reference(file, scope, call), part);
  const method = field(callee, 'attribute')!.text;
  const object = field(callee, 'object')!;
  const strip = STRIP_METHODS.get(method);
  if (strip) return mapText(evaluate(object), (text) => applyOperations(text, [strip]));
  if (method === 'join' && first) {
    const separator = evaluate(object);
    const items = listItems(file, scope, first);
    if (!separator || !items) return undefined;
    return concat(items.map(part), separator.text);
  }
  if (method === 'format') {
    const template = evaluate(object);
    return template && formatCall(file, scope, inlineLocal(file, template), args, part, call.startPosition.row + 1);
  }
  return functionCallText(call, reference(file, scope, call), part);
}

/**
 * `self.template.format(…)`: the fields `.format` fills are in the template's own
 * text, so a lone same-file template is inlined; the include stays, without a
 * place in the text, so editing the template still reaches whoever formats it.
 */
function inlineLocal(file: PythonFile, value: TextValue): TextValue {
  const only = value.includes.length === 1 ? value.includes[0]! : undefined;
  if (!only || only.placeholder !== value.text || only.target.type !== 'local') return value;
  const inner = textOf(file, only.target.symbol);
  if (!inner) return value;
  return {
    text: inner.text,
    includes: [{ ...only, placeholder: undefined }, ...inner.includes],
    variables: inner.variables,
    params: [...value.params, ...inner.params],
    slots: [...value.slots, ...inner.slots],
    literal: inner.literal,
  };
}

/**
 * Which declaration a `**splat` fills `{key}` from: `**vars(self)` / `**self.__dict__`
 * in a class (the attribute, through the class chain), `**PARTS` (the dict
 * entry `PARTS.key`), `**globals()` (the module constant `key`).
 */
function splatSource(file: PythonFile, scope: Scope | undefined, splats: Node[], key: string): Target | undefined {
  const isText = (symbol: string | undefined): Target | undefined =>
    symbol && file.declarations.has(symbol) && textOf(file, symbol) ? { type: 'local', symbol } : undefined;
  for (const splat of splats) {
    const expression = unwrap(splat);
    const callee = expression.type === 'call' ? dottedName(field(expression, 'function')!) : undefined;
    if (
      scope?.className &&
      (expression.text.startsWith('self') || /^(vars|asdict|dataclasses\.asdict)$/.test(callee ?? ''))
    ) {
      const owner = definingClass(file, scope.className, key, 'attributes');
      const found = isText(owner && `${owner.name}.${key}`);
      // Read through the instance, like `self.key`: a subclass in another module that overrides it sees its own.
      if (found) return { ...found, instanceAttribute: key } as Target;
    }
    if (callee === 'globals') return isText(key);
    if (expression.type === 'identifier') {
      const found = isText(`${expression.text}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** The items of `[a, b]`, `(a, b)`, or a name bound to one. */
function listItems(file: PythonFile, scope: Scope | undefined, node: Node): Node[] | undefined {
  const expression = unwrap(node);
  if (expression.type === 'list' || expression.type === 'tuple') return namedChildren(expression);
  if (expression.type === 'identifier') {
    const bound =
      scope?.locals.get(expression.text) ??
      (file.module.get(expression.text)?.kind === 'value'
        ? (file.module.get(expression.text) as { node: Node }).node
        : undefined);
    return bound && bound !== expression ? listItems(file, scope, bound) : undefined;
  }
  return undefined;
}

/**
 * `template.format(a=X, b="…")`, positional `{}`/`{0}`, and `**vars(self)`-style
 * splats in a class, which fill each `{name}` the template really contains from
 * the same-named attribute of the class (or the nearest ancestor defining it).
 */
function formatCall(
  file: PythonFile,
  scope: Scope | undefined,
  template: TextValue,
  args: ReturnType<typeof callArguments>,
  part: (child: Node) => TextValue,
  line: number,
): TextValue {
  const used: TextValue[] = [];
  const filledKeys = new Set<string>();
  const spread = spreadEntries(args.splats);
  let auto = 0;
  const fill = (_whole: string, value: TextValue) => {
    used.push(value);
    return value.text;
  };
  const text = template.text.replace(
    /\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*|\d*)(?:![rsa])?(?::[^{}]*)?\}/g,
    (whole, key: string | undefined) => {
      if (key === undefined) return whole;
      if (template.includes.some((include) => include.placeholder === whole)) return whole;
      const positional =
        key === '' ? args.positional[auto++] : /^\d+$/.test(key) ? args.positional[Number(key)] : undefined;
      const argument = positional ?? args.keywords.get(key) ?? spread.get(key);
      if (argument) filledKeys.add(positional ? `#${key === '' ? auto - 1 : key}` : key);
      if (argument) return fill(whole, part(argument));
      const source = /^[A-Za-z_]/.test(key) ? splatSource(file, scope, args.splats, key) : undefined;
      if (source?.type === 'local')
        return fill(
          whole,
          included({ placeholder: whole, target: source, line, column: 0, label: `${whole} from **${source.symbol}` }),
        );
      return whole;
    },
  );
  const given = new Set([...args.keywords.keys(), ...spread.keys()]);
  // A field a keyword (or a splat) fills is no variable of the result any more.
  const open = template.variables.filter(
    (variable) =>
      !given.has(variable) &&
      !used.some((value) => value.includes.some((include) => include.placeholder === `{${variable}}`)),
  );
  return filled({ ...template, variables: open }, text, [...used, ...unseenFields(template, args, filledKeys, part)]);
}
