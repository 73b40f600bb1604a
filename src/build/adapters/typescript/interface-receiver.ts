import type { ts } from 'ts-morph';
import type { Scope, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { dottedName } from './syntax.js';
import { lookup } from './ts-file.js';
import { typeNameOf } from './instances.js';

/**
 * `client.complete(SYSTEM, …)` on a parameter typed by an interface (declared in
 * this file) or by a type imported for its type only (`import type { ModelClient }`):
 * where the call goes is decided at run time by whichever implementation is passed.
 * The reason a caller is still a possible consumer of what it passes, if the
 * resolver finds no implementation sending it (`interface ModelClient.complete`,
 * `type ModelClient.complete` when this file cannot tell an interface from a class).
 */
export function interfaceReceiverVia(file: TsFile, scope: Scope | undefined, callee: ts.Node): string | undefined {
  const name = dottedName(callee);
  if (!name) return undefined;
  const [head, method, ...more] = name.split('.');
  if (!head || !method || more.length) return undefined;
  if (lookup(file, scope, head)?.kind !== 'param') return undefined;
  const typeName = typeNameOf(scope?.types?.get(head));
  if (!typeName || typeName.includes('.')) return undefined;
  if (declaresInterface(file.source, typeName)) return `interface ${typeName}.${method}`;
  return file.types.has(typeName) ? `type ${typeName}.${method}` : undefined;
}

function declaresInterface(source: ts.SourceFile, name: string): boolean {
  const t = api();
  return source.statements.some(
    (statement) =>
      (t.isInterfaceDeclaration(statement) || t.isTypeAliasDeclaration(statement)) && statement.name.text === name,
  );
}
