import type { ts } from 'ts-morph';
import type { TsFile } from './ts-file.js';
import type { ConsumerScope } from './consumers.js';
import { api } from './load-typescript.js';
import { unwrap, walk } from './syntax.js';
import { callMeaning } from './consumer-calls.js';

/** Template objects a call builds rather than sends: rendering or calling them later is what reaches the model. */
const TEMPLATE_FACTORY =
  /(PromptTemplate|MessagePromptTemplate)(\.\w+)?\(|\.(fromMessages|fromTemplate|fromPromptMessages)\(/;

/**
 * A prompt handle held by a top-level constant (`const TEMPLATE = ChatPromptTemplate.fromMessages(…)`) is a value: the functions of
 * this file that use it (call it, `.format()` or `.invoke()` it, pass it on) are the
 * consumers of what it holds, not the line that built it. A handle no function of
 * the file uses (exported for others) keeps its constant as the consumer.
 */
export function attributeHandlesToUsers(file: TsFile, scopes: readonly ConsumerScope[]): void {
  const t = api();
  for (const statement of file.source.statements) {
    if (!t.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!t.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const name = declaration.name.text;
      if (!isHandle(file, declaration.initializer)) continue;
      const users = scopes
        .filter((scope) => scope.symbol !== name && scope.scope && !scope.scope.locals.has(name))
        .filter((scope) => scope.symbol !== name && uses(scope.nodes, name))
        .map((scope) => scope.symbol);
      if (!users.length) continue;
      const held = file.references.filter((reference) => reference.kind === 'consumes' && reference.from === name);
      file.references = [
        ...file.references.filter((reference) => !held.includes(reference)),
        ...users.flatMap((from) => held.map((reference) => ({ ...reference, from }))),
      ];
    }
  }
}

function isHandle(file: TsFile, initializer: ts.Node): boolean {
  const t = api();
  const call = unwrap(initializer);
  if (!t.isCallExpression(call) && !t.isNewExpression(call)) return false;
  const meaning = callMeaning(file, undefined, call);
  // Genkit's `const plan = ai.prompt('plan')` stays its own consumer for now: the demo's graph (its feeds and
  // contract edges) is built on those named consumers, and moving them is the lead's call (issue 12 item 4).
  return meaning?.kind === 'model' && TEMPLATE_FACTORY.test(meaning.label);
}

function uses(nodes: readonly ts.Node[], name: string): boolean {
  const t = api();
  let found = false;
  for (const root of nodes)
    walk(root, (node) => {
      if (found) return false;
      if (t.isIdentifier(node) && node.text === name && !isDeclarationName(node)) found = true;
      return undefined;
    });
  return found;
}

const isDeclarationName = (node: ts.Identifier): boolean => {
  const t = api();
  const parent = node.parent;
  return (
    (t.isVariableDeclaration(parent) || t.isParameter(parent) || t.isPropertyAssignment(parent)) && parent.name === node
  );
};
