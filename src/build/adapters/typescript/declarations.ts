import type { ts } from 'ts-morph';
import type { Declaration, Local, ParamRef, Scope, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { isDefaultExport, requiredSpecifier } from './bindings.js';
import { propertyName, unwrap, walk, type FunctionNode } from './syntax.js';

/**
 * Parameters by position; a destructured options parameter binds each name to its
 * property (`({ system, prompt }) =>`), as does `const { system } = options` of a
 * parameter. TypeScript's `this:` parameter is no argument.
 */
export function functionScope(node: FunctionNode, symbol: string, className?: string): Scope {
  const t = api();
  const params = new Map<string, ParamRef>();
  const types = new Map<string, ts.TypeNode>();
  let index = 0;
  for (const parameter of node.parameters) {
    if (t.isIdentifier(parameter.name) && parameter.name.text === 'this') continue;
    if (t.isIdentifier(parameter.name) && parameter.type) types.set(parameter.name.text, parameter.type);
    if (t.isIdentifier(parameter.name)) params.set(parameter.name.text, { index });
    else if (t.isObjectBindingPattern(parameter.name)) {
      for (const element of parameter.name.elements) {
        if (t.isIdentifier(element.name))
          params.set(element.name.text, { index, key: propertyName(element.propertyName) ?? element.name.text });
      }
    }
    index++;
  }
  const locals = new Map<string, Local>();
  if (node.body) collectLocals(node.body, params, locals);
  return { symbol, ...(className ? { className } : {}), params, locals, ...(types.size ? { types } : {}) };
}

/**
 * Local constants and variables (nested blocks and functions included; the first declaration wins), the values
 * `x = …` assigns them (in branches: `let prompt; if (a) prompt = A; else prompt = B`) and what `+=` or `.push()` appends.
 */
function collectLocals(body: ts.Node, params: Map<string, ParamRef>, locals: Map<string, Local>): void {
  const t = api();
  // `let prompt: string;` has no value yet: its first assignment is.
  const unassigned = new Set<string>();
  walk(body, (node) => {
    if (t.isVariableDeclaration(node) && !node.initializer && t.isIdentifier(node.name) && !locals.has(node.name.text))
      unassigned.add(node.name.text);
    if (t.isVariableDeclaration(node) && node.initializer) {
      if (t.isIdentifier(node.name) && !locals.has(node.name.text))
        locals.set(node.name.text, { value: node.initializer, assigned: [], appended: [] });
      // `const { generateText } = await import('ai')`: each name is an import, traced through its binding element.
      if (t.isObjectBindingPattern(node.name) && requiredSpecifier(node.initializer))
        for (const element of node.name.elements)
          if (t.isIdentifier(element.name) && !locals.has(element.name.text))
            locals.set(element.name.text, { value: element, assigned: [], appended: [] });
      const source = unwrap(node.initializer);
      const options = t.isIdentifier(source) ? params.get(source.text) : undefined;
      if (t.isObjectBindingPattern(node.name) && options && options.key === undefined) {
        for (const element of node.name.elements) {
          if (t.isIdentifier(element.name))
            params.set(element.name.text, {
              index: options.index,
              key: propertyName(element.propertyName) ?? element.name.text,
            });
        }
      }
    }
    if (
      t.isBinaryExpression(node) &&
      node.operatorToken.kind === t.SyntaxKind.PlusEqualsToken &&
      t.isIdentifier(node.left)
    )
      locals.get(node.left.text)?.appended.push(node.right);
    if (
      t.isBinaryExpression(node) &&
      node.operatorToken.kind === t.SyntaxKind.EqualsToken &&
      t.isIdentifier(node.left)
    ) {
      const name = node.left.text;
      const local = locals.get(name);
      if (local) local.assigned.push(node.right);
      else if (unassigned.delete(name)) locals.set(name, { value: node.right, assigned: [], appended: [] });
    }
    if (
      t.isCallExpression(node) &&
      t.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'push' &&
      t.isIdentifier(node.expression.expression)
    ) {
      const list = locals.get(node.expression.expression.text);
      if (list && t.isArrayLiteralExpression(unwrap(list.value))) list.appended.push(...node.arguments);
    }
  });
}

/** The scope of top-level code that is no function (`const handler = create({ onRun: async () => {…} })`): the locals of its callbacks. */
export function codeScope(symbol: string, roots: readonly ts.Node[]): Scope {
  const locals = new Map<string, Local>();
  const params = new Map<string, ParamRef>();
  for (const root of roots) collectLocals(root, params, locals);
  return { symbol, params, locals };
}

const declare = (file: TsFile, declaration: Declaration): void => {
  if (file.declarations.has(declaration.symbol)) return;
  file.declarations.set(declaration.symbol, declaration);
  if (!declaration.function) file.declarationOf.set(unwrap(declaration.node), declaration.symbol);
};

/**
 * Every place that may hold prompt text: module constants, object entries
 * (`PROMPTS.system`, `PROMPTS.a.b`), class properties and methods (`Agent.prompt`),
 * enum members, functions returning text, `export default` and CommonJS exports.
 * Whether each is text is decided lazily by `textOf`.
 */
export function collectDeclarations(file: TsFile): void {
  const t = api();
  for (const statement of file.source.statements) {
    if (t.isVariableStatement(statement)) {
      const single = statement.declarationList.declarations.length === 1;
      for (const declaration of statement.declarationList.declarations) {
        if (t.isIdentifier(declaration.name) && declaration.initializer && !requiredSpecifier(declaration.initializer))
          declareValue(
            file,
            declaration.name.text,
            declaration.initializer,
            single ? statement : declaration,
            undefined,
          );
      }
    } else if (t.isFunctionDeclaration(statement) && statement.body) {
      const symbol = statement.name?.text ?? (isDefaultExport(statement) ? 'default' : undefined);
      if (symbol)
        declare(file, { symbol, node: statement, statement, scope: functionScope(statement, symbol), function: true });
    } else if (t.isClassDeclaration(statement)) {
      declareClass(file, statement);
    } else if (t.isEnumDeclaration(statement)) {
      for (const member of statement.members) {
        const name = propertyName(member.name);
        if (name && member.initializer)
          declare(file, {
            symbol: `${statement.name.text}.${name}`,
            node: member.initializer,
            statement: member,
            scope: undefined,
            function: false,
            container: statement.name.text,
          });
      }
    } else if (t.isExportAssignment(statement) && !t.isIdentifier(unwrap(statement.expression))) {
      declareValue(file, 'default', statement.expression, statement, undefined);
    } else if (t.isExpressionStatement(statement)) {
      declareCommonJs(file, statement);
    }
  }
}

function declareValue(
  file: TsFile,
  symbol: string,
  value: ts.Node,
  statement: ts.Node,
  container: string | undefined,
  className?: string,
): void {
  const t = api();
  const expression = unwrap(value);
  if (t.isObjectLiteralExpression(expression)) return declareObject(file, symbol, expression, className);
  if (t.isArrowFunction(expression) || t.isFunctionExpression(expression)) {
    return declare(file, {
      symbol,
      node: expression,
      statement,
      scope: functionScope(expression, symbol, className),
      function: true,
      ...(container ? { container } : {}),
    });
  }
  const scope: Scope | undefined = className ? { symbol, className, params: new Map(), locals: new Map() } : undefined;
  declare(file, { symbol, node: value, statement, scope, function: false, ...(container ? { container } : {}) });
}

function declareObject(file: TsFile, prefix: string, object: ts.ObjectLiteralExpression, className?: string): void {
  const t = api();
  for (const property of object.properties) {
    const key = propertyName(property.name);
    if (key === undefined || !/^[\w$.-]+$/.test(key)) continue;
    const symbol = `${prefix}.${key}`;
    if (t.isPropertyAssignment(property)) declareValue(file, symbol, property.initializer, property, prefix, className);
    else if ((t.isMethodDeclaration(property) || t.isGetAccessorDeclaration(property)) && property.body) {
      declare(file, {
        symbol,
        node: property,
        statement: property,
        scope: functionScope(property, symbol, className),
        function: true,
        container: prefix,
      });
    }
  }
}

function declareClass(file: TsFile, statement: ts.ClassDeclaration): void {
  const t = api();
  const className = statement.name?.text ?? (isDefaultExport(statement) ? 'default' : undefined);
  if (!className) return;
  const base = statement.heritageClauses?.find((clause) => clause.token === t.SyntaxKind.ExtendsKeyword)?.types[0]
    ?.expression;
  file.classes.set(className, {
    name: className,
    ...(base && t.isIdentifier(base) ? { base: base.text } : {}),
    node: statement,
  });
  for (const member of statement.members) {
    const name = propertyName(member.name);
    if (!name) continue;
    const symbol = `${className}.${name}`;
    if (t.isPropertyDeclaration(member) && member.initializer)
      declareValue(file, symbol, member.initializer, member, undefined, className);
    else if ((t.isMethodDeclaration(member) || t.isGetAccessorDeclaration(member)) && member.body) {
      declare(file, {
        symbol,
        node: member,
        statement: member,
        scope: functionScope(member, symbol, className),
        function: true,
      });
    }
  }
}

/** `module.exports = { A: '…' }` and `exports.A = '…'` declare `A`. */
function declareCommonJs(file: TsFile, statement: ts.ExpressionStatement): void {
  const t = api();
  const expression = statement.expression;
  if (!t.isBinaryExpression(expression) || expression.operatorToken.kind !== t.SyntaxKind.EqualsToken) return;
  const target = expression.left.getText(file.source);
  const value = unwrap(expression.right);
  if (target === 'module.exports' && t.isObjectLiteralExpression(value)) {
    for (const property of value.properties) {
      const key = propertyName(property.name);
      if (key && t.isPropertyAssignment(property) && !t.isIdentifier(unwrap(property.initializer)))
        declareValue(file, key, property.initializer, property, undefined);
    }
    return;
  }
  const exported = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(target)?.[1];
  if (exported && !t.isIdentifier(value)) declareValue(file, exported, expression.right, statement, undefined);
}
