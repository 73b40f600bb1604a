import type { ts } from 'ts-morph';
import type { Declaration, TextValue } from './ts-file.js';
import { api } from './load-typescript.js';
import { unwrap } from './syntax.js';
import { TRIM_METHODS } from './parameter-slots.js';
import { visible } from '../text-value/text-value.js';

const FILLING = new Set(['replace', 'replaceAll']);

/**
 * A helper that fills a template it is given and returns it
 * (`(template, content) => template.replace('{artifact}', format(content))`): its
 * text is whatever its caller passes, so a call `fill(CURRENT_ARTIFACT, x)` sent to a
 * model sends CURRENT_ARTIFACT. Its text is the parameter, a slot the call's argument
 * fills. Only a parameter filled by a written pattern (`'{artifact}'`, not a regular
 * expression escaping characters) is a template; every return (`returned`, the function's own) must be that parameter.
 */
export function filledTemplate(declaration: Declaration, returned: readonly ts.Node[]): TextValue | undefined {
  if (!declaration.function || !declaration.scope) return undefined;
  const filled = returned.map((node) => filledParameter(node));
  const first = filled[0];
  if (!first || filled.some((name) => name !== first)) return undefined;
  const param = declaration.scope.params.get(first);
  if (!param || param.key !== undefined) return undefined;
  const placeholder = `\${${first}}`;
  return visible(placeholder, [], [param], [{ name: first, index: param.index, placeholder }]);
}

/** The parameter `node` fills: `template.replace('{x}', …)`, through trims and further fills, at least one fill. */
function filledParameter(node: ts.Node): string | undefined {
  const t = api();
  let expression = unwrap(node);
  let fills = 0;
  while (t.isCallExpression(expression) && t.isPropertyAccessExpression(expression.expression)) {
    const method = expression.expression.name.text;
    if (FILLING.has(method)) {
      const pattern = expression.arguments[0] && unwrap(expression.arguments[0]);
      if (!pattern || !(t.isStringLiteral(pattern) || t.isNoSubstitutionTemplateLiteral(pattern))) return undefined;
      fills++;
    } else if (!TRIM_METHODS.has(method) || expression.arguments.length) return undefined;
    expression = unwrap(expression.expression.expression);
  }
  return fills && t.isIdentifier(expression) ? expression.text : undefined;
}
