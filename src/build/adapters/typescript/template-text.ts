import type { ts } from 'ts-morph';
import type { TextValue, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { calleeName, compactSource, unwrap } from './syntax.js';
import { isCodeTag, textTransform } from './string-tags.js';
import { concat, mapText } from '../text-value/text-value.js';
import { writtenAs } from '../text-value/placeholders.js';
import { written } from './written-text.js';

/** A template's text: written pieces, interpolations kept as written (`${PERSONA}`), other text under those placeholders. */
export function templateValue(
  file: TsFile,
  template: ts.TemplateExpression,
  part: (node: ts.Node) => TextValue,
  raw: boolean,
): TextValue {
  const pieces: TextValue[] = [written(raw ? (template.head.rawText ?? template.head.text) : template.head.text)];
  let previousEnd = template.head.getEnd();
  for (const span of template.templateSpans) {
    const source = compactSource(file.source.text.slice(previousEnd - 2, span.literal.getStart(file.source) + 1));
    const value = part(span.expression);
    // `${urgent ? RULES : ''}` stays visible as written: which branch the model gets is decided at run time; both are dependencies.
    if (branching(span.expression))
      pieces.push({
        ...value,
        text: source,
        includes: value.includes.map((include) => ({ ...include, placeholder: undefined })),
        literal: false,
      });
    // Another unit's text, or a parameter (`${ title }`: where a call's argument goes), is kept as written.
    else pieces.push(writtenAs(value, source, (unknown) => !unknown.includes.length && !unknown.literal) ?? value);
    pieces.push(written(raw ? (span.literal.rawText ?? span.literal.text) : span.literal.text));
    previousEnd = span.literal.getEnd();
  }
  return concat(pieces);
}

function branching(node: ts.Node): boolean {
  const t = api();
  const expression = unwrap(node);
  return (
    t.isConditionalExpression(expression) ||
    (t.isBinaryExpression(expression) &&
      [t.SyntaxKind.AmpersandAmpersandToken, t.SyntaxKind.BarBarToken, t.SyntaxKind.QuestionQuestionToken].includes(
        expression.operatorToken.kind,
      ))
  );
}

export function taggedValue(
  file: TsFile,
  node: ts.TaggedTemplateExpression,
  part: (node: ts.Node) => TextValue,
): TextValue | undefined {
  const t = api();
  const tag = calleeName(node.tag);
  if (isCodeTag(tag)) return undefined;
  const raw = tag === 'String.raw';
  const template = node.template;
  const value = t.isNoSubstitutionTemplateLiteral(template)
    ? written(raw ? (template.rawText ?? template.text) : template.text)
    : templateValue(file, template, part, raw);
  const transform = textTransform(tag);
  return transform ? mapText(value, transform) : value;
}
