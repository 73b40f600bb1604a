import type { ts } from 'ts-morph';
import type { Target } from '../types.js';
import type { ModuleExport } from '../types.js';
import type { TsFile } from './ts-file.js';
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
  for (let current: string | undefined = head; current && !rest.length && !seen.has(current); current = file.classes.get(current)?.base) {
    seen.add(current);
    if (file.classes.has(current)) {
      if (file.declarations.get(`${current}.${member}`)?.function) return { type: 'local', symbol: `${current}.${member}` };
      continue;
    }
    const binding = file.module.get(current);
    return binding?.kind === 'import' ? exportTarget(file, binding.specifier, binding.name, member) : undefined;
  }
  const binding = file.module.get(head);
  return binding?.kind === 'namespace' && rest.length === 1 ? exportTarget(file, binding.specifier, rest[0]!, member) : undefined;
}

/**
 * The class field `field` of a class holds an instance of (`this.client`): its
 * initializer (`client = new LlmClient()`), its declared type (`client: LlmClient`,
 * a constructor parameter property `private client: LlmClient`), or what a method
 * assigns it (`this.client = new LlmClient()`); same-file ancestors included.
 */
export function fieldClass(file: TsFile, className: string, field: string): string | undefined {
  const t = api();
  const seen = new Set<string>();
  for (let info = file.classes.get(className); info && !seen.has(info.name); info = info.base ? file.classes.get(info.base) : undefined) {
    seen.add(info.name);
    for (const member of info.node.members) {
      if (t.isPropertyDeclaration(member) && propertyName(member.name) === field) {
        const found = (member.initializer && classOfValue(member.initializer)) ?? typeName(member.type);
        if (found) return found;
      }
      if (t.isConstructorDeclaration(member)) {
        const parameter = member.parameters.find((candidate) => t.isIdentifier(candidate.name) && candidate.name.text === field && t.getModifiers(candidate)?.length);
        const found = parameter && typeName(parameter.type);
        if (found) return found;
      }
      const assigned = (t.isConstructorDeclaration(member) || t.isMethodDeclaration(member)) && member.body ? assignedClass(member.body, field) : undefined;
      if (assigned) return assigned;
    }
  }
  return undefined;
}

const typeName = (type: ts.TypeNode | undefined): string | undefined => (type && api().isTypeReferenceNode(type) ? type.typeName.getText() : undefined);

function assignedClass(body: ts.Node, field: string): string | undefined {
  const t = api();
  let found: string | undefined;
  walk(body, (node) => {
    if (found) return false;
    if (t.isBinaryExpression(node) && node.operatorToken.kind === t.SyntaxKind.EqualsToken && dottedName(node.left) === `this.${field}`) found = classOfValue(node.right);
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
  return binding?.kind === 'namespace' && rest.length === 1 ? { name: rest[0]!, specifier: binding.specifier } : undefined;
}
