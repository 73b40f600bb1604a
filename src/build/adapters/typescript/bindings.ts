import type { ts } from 'ts-morph';
import type { ModuleExport } from '../../../model/extraction.js';
import type { Binding, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { literalText, propertyName, unwrap } from './syntax.js';
import { exportedInstance } from './instances.js';

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind): boolean =>
  api().canHaveModifiers(node)
    ? (api()
        .getModifiers(node)
        ?.some((modifier) => modifier.kind === kind) ?? false)
    : false;
const isExported = (node: ts.Node): boolean => hasModifier(node, api().SyntaxKind.ExportKeyword);
export const isDefaultExport = (node: ts.Node): boolean => hasModifier(node, api().SyntaxKind.DefaultKeyword);

/** `require('x')`, or a dynamic `import('x')` (awaited): the specifier. */
export function requiredSpecifier(node: ts.Node | undefined): string | undefined {
  const t = api();
  const expression = node && unwrap(node);
  if (!expression || !t.isCallExpression(expression)) return undefined;
  const callee = expression.expression;
  const requires = t.isIdentifier(callee) && callee.text === 'require';
  if (!requires && callee.kind !== t.SyntaxKind.ImportKeyword) return undefined;
  return literalText(expression.arguments[0]);
}

/**
 * Module-level names (imports, `require`s, constants, functions, classes) and the
 * module's export table, collected before anything is evaluated since a function
 * may use a constant defined below it.
 */
export function collectModuleBindings(file: TsFile): void {
  const t = api();
  const localExports: { name: string; local: string }[] = [];
  for (const statement of file.source.statements) {
    if (t.isImportDeclaration(statement)) bindImport(file, statement);
    else if (t.isImportEqualsDeclaration(statement) && t.isExternalModuleReference(statement.moduleReference)) {
      const specifier = literalText(statement.moduleReference.expression);
      if (specifier) file.module.set(statement.name.text, { kind: 'namespace', specifier });
    } else if (t.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        for (const name of bindVariable(file, declaration))
          if (isExported(statement)) localExports.push({ name, local: name });
      }
    } else if (
      t.isFunctionDeclaration(statement) ||
      t.isClassDeclaration(statement) ||
      t.isEnumDeclaration(statement)
    ) {
      const name = statement.name?.text ?? (isDefaultExport(statement) ? 'default' : undefined);
      if (!name) continue;
      if (t.isFunctionDeclaration(statement))
        file.module.set(name, { kind: 'function', symbol: name, node: statement });
      else if (t.isClassDeclaration(statement)) file.module.set(name, { kind: 'class', name });
      else file.module.set(name, { kind: 'value', name, node: statement });
      if (isExported(statement))
        localExports.push({ name: isDefaultExport(statement) ? 'default' : name, local: name });
    } else if (t.isInterfaceDeclaration(statement) || t.isTypeAliasDeclaration(statement)) {
      file.interfaces.add(statement.name.text);
    } else if (t.isExportDeclaration(statement) && !statement.isTypeOnly) {
      exportDeclaration(file, statement, localExports);
    } else if (t.isExportAssignment(statement)) {
      const value = unwrap(statement.expression);
      localExports.push({ name: 'default', local: t.isIdentifier(value) ? value.text : 'default' });
    } else if (t.isExpressionStatement(statement)) {
      localExports.push(...commonJsExports(statement));
    }
  }
  for (const entry of localExports) file.exports.push(exportOf(file, file.module.get(entry.local), entry));
  file.exports.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
}

/** A local export of an imported name is a re-export: `import { X } from './a'; export { X }`; an exported instance says of which class. */
function exportOf(file: TsFile, binding: Binding | undefined, entry: { name: string; local: string }): ModuleExport {
  if (binding?.kind === 'import')
    return { name: entry.name, reexport: { specifier: binding.specifier, name: binding.name } };
  if (binding?.kind === 'namespace') return { name: entry.name, reexport: { specifier: binding.specifier, name: '*' } };
  const instanceOf = binding?.kind === 'value' ? exportedInstance(file, binding.node) : undefined;
  return instanceOf ? { ...entry, instanceOf } : entry;
}

function bindImport(file: TsFile, statement: ts.ImportDeclaration): void {
  const t = api();
  const specifier = literalText(statement.moduleSpecifier);
  const clause = statement.importClause;
  if (!specifier || !clause) return;
  // A type import names no value, yet says what a parameter or field typed by it holds (`client: BaseLlmClient`).
  const bind = (name: string, binding: Binding, typeOnly: boolean) =>
    typeOnly || clause.isTypeOnly ? file.types.set(name, binding) : file.module.set(name, binding);
  if (clause.name) bind(clause.name.text, { kind: 'import', specifier, name: 'default' }, false);
  const named = clause.namedBindings;
  if (named && t.isNamespaceImport(named)) bind(named.name.text, { kind: 'namespace', specifier }, false);
  if (named && t.isNamedImports(named)) {
    for (const element of named.elements) {
      bind(
        element.name.text,
        {
          kind: 'import',
          specifier,
          name: (element.propertyName && propertyName(element.propertyName)) ?? element.name.text,
        },
        element.isTypeOnly,
      );
    }
  }
}

/** Binds `const X = …` (and `require` forms); returns the names it bound. */
function bindVariable(file: TsFile, declaration: ts.VariableDeclaration): string[] {
  const t = api();
  const required = requiredSpecifier(declaration.initializer);
  if (t.isIdentifier(declaration.name)) {
    const name = declaration.name.text;
    const initializer = declaration.initializer && unwrap(declaration.initializer);
    if (required) file.module.set(name, { kind: 'namespace', specifier: required });
    else if (initializer && t.isPropertyAccessExpression(initializer) && requiredSpecifier(initializer.expression))
      file.module.set(name, {
        kind: 'import',
        specifier: requiredSpecifier(initializer.expression)!,
        name: initializer.name.text,
      });
    else if (initializer && (t.isArrowFunction(initializer) || t.isFunctionExpression(initializer)))
      file.module.set(name, { kind: 'function', symbol: name, node: initializer });
    else if (initializer) file.module.set(name, { kind: 'value', name, node: initializer });
    return [name];
  }
  if (t.isObjectBindingPattern(declaration.name) && required) {
    const names: string[] = [];
    for (const element of declaration.name.elements) {
      if (!t.isIdentifier(element.name)) continue;
      file.module.set(element.name.text, {
        kind: 'import',
        specifier: required,
        name: propertyName(element.propertyName) ?? element.name.text,
      });
      names.push(element.name.text);
    }
    return names;
  }
  return [];
}

function exportDeclaration(
  file: TsFile,
  statement: ts.ExportDeclaration,
  localExports: { name: string; local: string }[],
): void {
  const t = api();
  const specifier = statement.moduleSpecifier && literalText(statement.moduleSpecifier);
  const clause = statement.exportClause;
  if (specifier && !clause) file.exports.push({ name: '*', reexport: { specifier, name: '*' } });
  else if (specifier && clause && t.isNamespaceExport(clause))
    file.exports.push({ name: clause.name.text, reexport: { specifier, name: '*' } });
  else if (clause && t.isNamedExports(clause)) {
    for (const element of clause.elements) {
      if (element.isTypeOnly) continue;
      const exported = propertyName(element.name) ?? '';
      const local = (element.propertyName && propertyName(element.propertyName)) ?? exported;
      if (specifier) file.exports.push({ name: exported, reexport: { specifier, name: local } });
      else localExports.push({ name: exported, local });
    }
  }
}

/** `module.exports = X`, `module.exports = { A, B: C }`, `exports.A = …`, `module.exports.A = …`. */
function commonJsExports(statement: ts.ExpressionStatement): { name: string; local: string }[] {
  const t = api();
  const expression = statement.expression;
  if (!t.isBinaryExpression(expression) || expression.operatorToken.kind !== t.SyntaxKind.EqualsToken) return [];
  const target = expression.left.getText();
  const value = unwrap(expression.right);
  if (target === 'module.exports') {
    if (t.isIdentifier(value)) return [{ name: 'default', local: value.text }];
    if (!t.isObjectLiteralExpression(value)) return [];
    return value.properties.flatMap((property) => {
      const name = propertyName(property.name);
      if (!name) return [];
      if (t.isShorthandPropertyAssignment(property)) return [{ name, local: name }];
      const initializer = t.isPropertyAssignment(property) ? unwrap(property.initializer) : undefined;
      return [{ name, local: initializer && t.isIdentifier(initializer) ? initializer.text : name }];
    });
  }
  const exported = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(target)?.[1];
  if (!exported) return [];
  return [{ name: exported, local: t.isIdentifier(value) ? value.text : exported }];
}

/**
 * Is the head of a called name (`getPrompt`, `store.getPrompt`) the project's own
 * code: a function or class of this file, an object literal defined here, or an
 * import of a repository module? Then it is no SDK call, whatever its name.
 */
export function definedInRepository(file: TsFile, name: string): boolean {
  const binding = file.module.get(name.split('.')[0]!);
  if (!binding) return false;
  if (binding.kind === 'function' || binding.kind === 'class') return true;
  if (binding.kind === 'import' || binding.kind === 'namespace') return binding.specifier.startsWith('.');
  return binding.kind === 'value' && api().isObjectLiteralExpression(unwrap(binding.node));
}
