import type { Target } from '../../../model/extraction.js';
import type { PythonFile, Scope, TextValue } from './python-file.js';
import { ancestors, definingClass, lookup } from './bindings.js';
import { dottedName, field, unwrap, type Node } from './syntax.js';
import { instanceClass } from './instances.js';
import { literalText } from './string-literal.js';
import { callResultOf } from './call-result.js';
import { textOf } from './text-value.js';
import { parameterSlot } from './parameter-slots.js';
import { included, visible } from '../text-value/text-value.js';
import { parentOf } from './parent-index.js';

/** What an expression names: another unit's text, a parameter of the enclosing function, or nothing known. */
export type Named = { target: Target } | { param: number } | undefined;

const exportTarget = (file: PythonFile, specifier: string, name: string, member?: string): Target => ({
  type: 'export',
  language: 'python',
  fromFile: file.path,
  specifier,
  name,
  ...(member ? { member } : {}),
});

/** A same-file declaration that is text, or only a call of a text function (`SYSTEM = section(…)`). */
function localText(file: PythonFile, symbol: string): Target | undefined {
  return file.declarations.has(symbol) && (textOf(file, symbol) || callResultOf(file, symbol))
    ? { type: 'local', symbol }
    : undefined;
}

/**
 * Resolves a name, attribute, subscript or call to the unit it reads: a module
 * constant, `self.attr` through the class chain, `DICT["key"]`, an imported name
 * (`from m import X`, `import m` then `m.X`), a function returning text.
 */
export function namedBy(file: PythonFile, scope: Scope | undefined, node: Node): Named {
  const expression = unwrap(node);
  switch (expression.type) {
    case 'identifier': {
      const binding = lookup(file, scope, expression.text);
      if (!binding) return undefined;
      if (binding.kind === 'param') return { param: binding.index };
      if (binding.kind === 'import') return { target: exportTarget(file, binding.specifier, binding.name) };
      // A class that is text of its own (a DSPy signature, declared under its name).
      if (binding.kind === 'class') {
        const target = localText(file, binding.name);
        return target ? { target } : undefined;
      }
      if (binding.kind === 'value' || binding.kind === 'function') {
        const local = scope?.locals.get(expression.text);
        if (local && local === (binding.kind === 'value' ? binding.node : undefined)) return undefined;
        const target = localText(file, expression.text);
        return target ? { target } : undefined;
      }
      return undefined;
    }
    case 'attribute': {
      const object = unwrap(field(expression, 'object')!);
      const attribute = field(expression, 'attribute')!.text;
      if (object.type === 'identifier' && (object.text === 'self' || object.text === 'cls') && scope?.className) {
        const named = selfAttribute(file, scope.className, attribute);
        // Marked as read through the instance: a subclass in another module that overrides the attribute sees its own.
        return named && 'target' in named
          ? { target: { ...named.target, instanceAttribute: attribute } as Target }
          : named;
      }
      const dotted = dottedName(object);
      if (!dotted) return undefined;
      const [head, ...rest] = dotted.split('.');
      // `self.config.system_prompt` with `self.config = Config()` (or `config_class()` defaulting to it), and
      // `prompts.main_system` with `prompts = Prompts()` (a local or module instance): the class's attribute.
      // A method called on such a local (`session.post(…)`) is no text it holds: only attributes read as values.
      const held =
        (['self', 'cls'].includes(head!) && rest.length === 1) ||
        (rest.length === 0 && lookup(file, scope, head!)?.kind === 'value' && !calledAsFunction(expression))
          ? heldInstanceAttribute(file, scope, object, attribute)
          : undefined;
      if (held) return held;
      // A nested class's attribute: `Agent.Prompts.note_prompt`, `self.Prompts.note_prompt`.
      const nested = rest.length
        ? ['self', 'cls'].includes(head!)
          ? scope?.className
          : lookup(file, scope, head!)?.kind === 'class'
            ? head
            : undefined
        : undefined;
      if (nested) {
        const target = localText(file, [nested, ...rest, attribute].join('.'));
        return target ? { target } : undefined;
      }
      const binding = lookup(file, scope, head!);
      if (binding?.kind === 'class') {
        const owner = definingClass(file, binding.name, attribute, 'attributes');
        const target = owner && localText(file, `${owner.name}.${attribute}`);
        return target ? { target } : undefined;
      }
      if (binding?.kind === 'module') {
        const specifier = [binding.specifier === head ? head : binding.specifier, ...rest].join('.');
        return { target: exportTarget(file, specifier, attribute) };
      }
      // `from pkg import prompts` then `prompts.X`: a lowercase name is a submodule by convention, a capitalised one a class.
      if (binding?.kind === 'import' && rest.length === 0) {
        if (/^[a-z_]/.test(binding.name))
          return {
            target: exportTarget(
              file,
              `${binding.specifier}${binding.specifier.endsWith('.') ? '' : '.'}${binding.name}`,
              attribute,
            ),
          };
        return { target: exportTarget(file, binding.specifier, binding.name, attribute) };
      }
      return undefined;
    }
    case 'subscript': {
      const value = field(expression, 'value');
      const key = field(expression, 'subscript');
      const keyText = literalText(key ?? undefined);
      if (value?.type !== 'identifier' || keyText === undefined) return undefined;
      const target = localText(file, `${value.text}.${keyText}`);
      return target ? { target } : undefined;
    }
    case 'call': {
      const callee = field(expression, 'function');
      return callee ? namedBy(file, scope, callee) : undefined;
    }
    default:
      return undefined;
  }
}

const calledAsFunction = (node: Node): boolean => {
  const parent = parentOf(node);
  return parent?.type === 'call' && field(parent, 'function')?.id === node.id;
};

/** `self.field.attr` where the field holds an instance of a known class: that class's attribute (own or inherited). */
function heldInstanceAttribute(file: PythonFile, scope: Scope | undefined, object: Node, attribute: string): Named {
  const instance = instanceClass(file, scope, object);
  if (instance?.type === 'local') {
    const owner = definingClass(file, instance.symbol, attribute, 'attributes');
    const target = owner && localText(file, `${owner.name}.${attribute}`);
    if (target) return { target };
    // A config class of this file that inherits the attribute from an imported base (`class TextConfig(ModelConfig)`).
    return owner ? undefined : importedBaseAttribute(file, instance.symbol, attribute);
  }
  if (instance?.type === 'export')
    return { target: { ...instance, member: [instance.member, attribute].filter(Boolean).join('.') } };
  return undefined;
}

/** `self.attr` as `className` sees it: its own, a same-file ancestor's, or an imported base's. */
function selfAttribute(file: PythonFile, className: string, attribute: string): Named {
  const own = localText(file, `${className}.${attribute}`);
  if (own) return { target: own };
  const owner =
    definingClass(file, className, attribute, 'attributes') ?? definingClass(file, className, attribute, 'methods');
  if (owner) {
    const target = localText(file, `${owner.name}.${attribute}`);
    return target ? { target } : undefined;
  }
  return importedBaseAttribute(file, className, attribute);
}

/** `self.attr` defined by none of the same-file classes: the attribute of the first imported base class (`from base import BaseAgent`). */
function importedBaseAttribute(file: PythonFile, className: string, attribute: string): Named {
  for (const info of ancestors(file, className)) {
    for (const base of info.bases) {
      const binding = file.module.get(base);
      if (binding?.kind === 'import') return { target: exportTarget(file, binding.specifier, binding.name, attribute) };
    }
  }
  return undefined;
}

/** An operand of composition: literal text, another unit's text under a placeholder, or a visible variable (a parameter slot when it is a parameter). */
export function operand(
  file: PythonFile,
  scope: Scope | undefined,
  node: Node,
  evaluate: (node: Node) => TextValue | undefined,
): TextValue {
  const value = evaluate(node);
  if (value) return value;
  const name = dottedName(unwrap(node)) ?? unwrap(node).text;
  const named = namedBy(file, scope, node);
  const placeholder = `{${name.length > 60 ? `${name.slice(0, 57)}...` : name}}`;
  if (named && 'target' in named)
    return included({
      placeholder,
      target: named.target,
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      label: name,
    });
  // A parameter written here (`{title}`, `{body.strip()}`) is a place a call's argument fills.
  const slot = parameterSlot(scope, node);
  if (slot) return visible(placeholder, [slot.name], [slot.index], [{ ...slot, placeholder }]);
  return visible(placeholder, [name], named && 'param' in named ? [named.param] : []);
}
