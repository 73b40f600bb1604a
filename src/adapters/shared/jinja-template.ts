import type { Diagnostic } from '../../schema/common.js';
import { blank, scanJinjaTags, type JinjaTag } from './jinja-tags.js';
import { nunjucksCompatible } from './jinja-compat.js';
import { parseJinja, type JinjaNode } from './nunjucks-ast.js';
import { referencesFromAst, referencesFromTag, TEMPLATE_TAG_KEYWORDS, type TemplateTagKind } from './jinja-references.js';
import { jinjaVariables } from './jinja-variables.js';
import { tagLevelVariables } from './jinja-tag-variables.js';
import { lineLocator } from './lines.js';

/** A template a Jinja template pulls in, positioned in the file. */
export interface JinjaTemplateUse {
  kind: TemplateTagKind;
  /** Names in the order Jinja tries them; empty when the name is computed at render time. */
  names: string[];
  optional: boolean;
  /** 1-based line and column in the file. */
  line: number;
  column: number;
  /** The tag's exact source, which composition replaces with the included text. */
  placeholder: string;
}

export interface JinjaAnalysis {
  templates: JinjaTemplateUse[];
  variables: string[];
  diagnostics: Diagnostic[];
}

/** How many unparsable tags are set aside before the whole file is read tag by tag. */
const MAX_SET_ASIDE = 50;

/**
 * Reads a Jinja body with nunjucks' parser: the templates it includes, extends
 * or imports, and the variables it reads. `firstLine` is the body's line in the
 * file. Jinja that nunjucks cannot parse (Python-only syntax such as `{% trans %}`,
 * `{% with %}`, list comprehensions, slices) is one warning at its line; the
 * offending tags are set aside and the rest parsed again, and when that does
 * not help every tag is read on its own, so includes are never lost.
 */
export function analyzeJinja(file: string, body: string, firstLine: number): JinjaAnalysis {
  const tags = scanJinjaTags(body);
  const starts = lineStarts(body);
  const locate = lineLocator(body);
  const lineOf = (offset: number) => locate(offset) - 1;
  const offsetOf = (line: number, column: number) => (starts[line] ?? body.length) + column;
  const tagContaining = (offset: number) => tags.find((tag) => tag.type !== 'comment' && tag.start <= offset && offset < tag.end);
  const use = (ref: { kind: TemplateTagKind; names: string[]; optional: boolean; tag: JinjaTag }): JinjaTemplateUse => {
    const line = lineOf(ref.tag.start);
    return { kind: ref.kind, names: ref.names, optional: ref.optional, line: firstLine + line, column: ref.tag.start - starts[line]! + 1, placeholder: body.slice(ref.tag.start, ref.tag.end) };
  };

  let source = nunjucksCompatible(body, tags);
  const setAside: JinjaTag[] = [];
  let firstError: { message: string; line: number } | undefined;
  let root: JinjaNode | undefined;
  for (let attempt = 0; attempt <= MAX_SET_ASIDE; attempt++) {
    const parsed = parseJinja(source);
    if (parsed.ok) {
      root = parsed.root;
      break;
    }
    const line = parsed.line ? parsed.line - 1 : lineOf(body.length);
    firstError ??= { message: parsed.message, line };
    const culprit = parsed.line && parsed.column ? tagContaining(offsetOf(line, parsed.column - 1)) : undefined;
    if (!culprit || setAside.includes(culprit)) break;
    setAside.push(culprit);
    source = blank(source, culprit.start, culprit.end);
  }

  const templateTags = (candidates: readonly JinjaTag[]) => candidates.filter((tag) => tag.type === 'block' && TEMPLATE_TAG_KEYWORDS.has(tag.keyword ?? ''));
  const compatible = nunjucksCompatible(body, tags);
  const fromTags = (candidates: readonly JinjaTag[]) => templateTags(candidates).flatMap((tag) => referencesFromTag(tag, compatible.slice(tag.start, tag.end)));
  const refs = root ? [...referencesFromAst(root, (line, column) => tagContaining(offsetOf(line, column))), ...fromTags(setAside)] : fromTags(tags);
  const variables = root ? jinjaVariables(root) : tagLevelVariables(tags, compatible);
  const diagnostics: Diagnostic[] = firstError
    ? [{
        severity: 'warning',
        code: 'template-syntax',
        file,
        line: firstLine + firstError.line,
        message: `nunjucks cannot parse this Jinja (${firstError.message}); ${root ? `${setAside.length === 1 ? 'that tag was' : `${setAside.length} tags were`} set aside` : 'every tag was read on its own'}, so includes are still followed, but variables may be incomplete`,
      }]
    : [];
  return { templates: refs.sort((left, right) => left.tag.start - right.tag.start).map(use), variables, diagnostics };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}
