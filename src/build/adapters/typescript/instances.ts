import type { ts } from 'ts-morph';
import type { Target } from '../../../model/extraction.js';
import type { ModuleExport } from '../../../model/extraction.js';
import type { ClassInfo, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { dottedName, propertyName, unwrap, walk } from './syntax.js';
import { exportTarget } from './references.js';

/** The class a value is an instance of, as written: `new LlmClient()` → `LlmClient`, `new sdk.LlmClient()` → `sdk.LlmClient`. */
export function classOfValue(node: ts.Node): string | undefined {
  const expression = unwrap(node);
  return api().isNewExpression(expression) ? dottedName(expression.expression) : undefined;
}

/**
 * Method `member` of a class as written in this file: a same-file class's own or
 * its nearest same-file ancestor's (past the file, the imported base's), an
 * imported class's (`export` with member, for the resolver), or `ns.Class`'s.
 */
export function methodOf(file: TsFile, className: string, member: string): Target | undefined {
  const [head, ...rest] = className.split('.') as [string, ...string[]];
  const seen = new Set<string>();
  for (
    let current: string | undefined = head;
    current && !rest.length && !seen.has(current);
    current = file.classes.get(current)?.base
  ) {
    seen.add(current);
    if (file.classes.has(current)) {
      if (file.declarations.get(`${current}.${member}`)?.function)
        return { type: 'local', symbol: `${current}.${member}` };
      continue;
    }
    // A class imported for its type only (`import type { LlmClient }`) names the same class.
    const binding = file.module.get(current) ?? file.types.get(current);
    return binding?.kind === 'import' ? exportTarget(file, binding.specifier, binding.name, member) : undefined;
  }
  const binding = file.module.get(head) ?? file.types.get(head);
  return binding?.kind === 'namespace' && rest.length === 1
    ? exportTarget(file, binding.specifier, rest[0]!, member)
    : undefined;
}

/**
 * The class field `field` of a class holds an instance of (`this.client`): what it
 * holds (see `fieldValue`), else its declared type (`client: LlmClient`, a
 * constructor parameter property `private client: LlmClient`).
 */
export function fieldClass(file: TsFile, className: string, field: string): string | undefined {
  const held = fieldValue(file, className, field);
  const found = held && classOfValue(held);
  if (found) return found;
  return typeName(fieldType(file, className, field));
}

/** The type a class field is declared with (`client: LlmClient`, a constructor parameter property `private client: LlmClient`), same-file ancestors included. */
export function fieldType(file: TsFile, className: string, field: string): ts.TypeNode | undefined {
  const t = api();
  for (const info of classChain(file, className)) {
    for (const member of info.node.members) {
      if (t.isPropertyDeclaration(member) && propertyName(member.name) === field && member.type) return member.type;
      const parameter = t.isConstructorDeclaration(member)
        ? member.parameters.find(
            (candidate) =>
              t.isIdentifier(candidate.name) && candidate.name.text === field && t.getModifiers(candidate)?.length,
          )
        : undefined;
      if (parameter?.type) return parameter.type;
    }
  }
  return undefined;
}

/** What a class field holds: its initializer (`env = new Environment(…)`) or what a method assigns it (`this.env = …`); same-file ancestors included. */
export function fieldValue(file: TsFile, className: string, field: string): ts.Node | undefined {
  const t = api();
  for (const info of classChain(file, className)) {
    for (const member of info.node.members) {
      if (t.isPropertyDeclaration(member) && propertyName(member.name) === field && member.initializer)
        return member.initializer;
      const assigned =
        (t.isConstructorDeclaration(member) || t.isMethodDeclaration(member)) && member.body
          ? assignedValue(member.body, field)
          : undefined;
      if (assigned) return assigned;
    }
  }
  return undefined;
}

/** A same-file class and its same-file ancestors, nearest first. */
function classChain(file: TsFile, className: string): ClassInfo[] {
  const chain: ClassInfo[] = [];
  for (
    let info = file.classes.get(className);
    info && !chain.includes(info);
    info = info.base ? file.classes.get(info.base) : undefined
  )
    chain.push(info);
  return chain;
}

/** The class a type annotation names (`LlmClient`, `sdk.LlmClient`, the class in `LlmClient | undefined`). */
export function typeNameOf(type: ts.TypeNode | undefined): string | undefined {
  const t = api();
  const node = type && t.isUnionTypeNode(type) ? type.types.find((member) => t.isTypeReferenceNode(member)) : type;
  return node && t.isTypeReferenceNode(node) ? node.typeName.getText() : undefined;
}
const typeName = typeNameOf;

function assignedValue(body: ts.Node, field: string): ts.Node | undefined {
  const t = api();
  let found: ts.Node | undefined;
  walk(body, (node) => {
    if (found) return false;
    if (
      t.isBinaryExpression(node) &&
      node.operatorToken.kind === t.SyntaxKind.EqualsToken &&
      dottedName(node.left) === `this.${field}`
    )
      found = node.right;
    return undefined;
  });
  return found;
}

/** What an exported instance (`export const llm = new LlmClient()`) is an instance of, for the resolver to find `llm.chat` as `LlmClient.chat`. */
export function exportedInstance(file: TsFile, node: ts.Node): Extract<ModuleExport, { local: string }>['instanceOf'] {
  const className = classOfValue(node);
  if (!className) return undefined;
  const [head, ...rest] = className.split('.') as [string, ...string[]];
  const binding = file.module.get(head);
  if (binding?.kind === 'class' && !rest.length) return { name: head };
  if (binding?.kind === 'import' && !rest.length) return { name: binding.name, specifier: binding.specifier };
  return binding?.kind === 'namespace' && rest.length === 1
    ? { name: rest[0]!, specifier: binding.specifier }
    : undefined;
}

/**
 * The constructor parameter a field holds: a parameter property
 * (`constructor(private system: string)`) or a parameter the constructor assigns
 * (`this.system = system`), in the class or a same-file ancestor. A method sending
 * `this.system` then sends what `new Class(…, SYSTEM)` passed.
 */
export function constructorParameter(
  file: TsFile,
  className: string,
  field: string,
): { className: string; index: number } | undefined {
  const t = api();
  for (const info of classChain(file, className)) {
    const declared = info.node.members.find((member) => t.isConstructorDeclaration(member));
    if (!declared || !t.isConstructorDeclaration(declared)) continue;
    const parameters = declared.parameters.filter(
      (parameter) => !(t.isIdentifier(parameter.name) && parameter.name.text === 'this'),
    );
    const named = (name: string) =>
      parameters.findIndex((parameter) => t.isIdentifier(parameter.name) && parameter.name.text === name);
    const property = parameters.findIndex(
      (parameter) =>
        t.isIdentifier(parameter.name) && parameter.name.text === field && t.getModifiers(parameter)?.length,
    );
    if (property >= 0) return { className: info.name, index: property };
    const assigned = declared.body ? assignedValue(declared.body, field) : undefined;
    const value = assigned && unwrap(assigned);
    const index = value && t.isIdentifier(value) ? named(value.text) : -1;
    if (index >= 0) return { className: info.name, index };
  }
  return undefined;
}
