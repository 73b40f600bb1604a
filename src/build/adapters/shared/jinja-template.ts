import type { Diagnostic } from '../../../model/schema/common.js';
import { scanJinjaTags, type JinjaTag } from './jinja-tags.js';
import { blank } from './delimited-text.js';
import { nunjucksCompatible } from './jinja-compat.js';
import { parseJinja, type JinjaNode } from './nunjucks-ast.js';
import {
  referencesFromAst,
  referencesFromTag,
  TEMPLATE_TAG_KEYWORDS,
  type TemplateTagKind,
} from './jinja-references.js';
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
  const tagContaining = (offset: number) =>
    tags.find((tag) => tag.type !== 'comment' && tag.start <= offset && offset < tag.end);
  // nunjucks positions are 0-based lines and columns of the body.
  const tagAt = (line: number, column: number) => tagContaining((starts[line] ?? body.length) + column);
  const compatible = nunjucksCompatible(body, tags);
  const { root, setAside, firstError } = parseSettingAside(compatible, tagAt, locate(body.length) - 1);

  const fromTags = (candidates: readonly JinjaTag[]) =>
    candidates
      .filter((tag) => tag.type === 'block' && TEMPLATE_TAG_KEYWORDS.has(tag.keyword ?? ''))
      .flatMap((tag) => referencesFromTag(tag, compatible.slice(tag.start, tag.end)));
  const astRefs = root ? referencesFromAst(root, tagAt) : [];
  const read = new Set(astRefs.map((ref) => ref.tag));
  // Tags set aside, and any the AST did not place (a safety net, so no include is ever lost), are read on their own.
  const refs = [...astRefs, ...fromTags(tags.filter((tag) => !read.has(tag)))];
  const use = (ref: { kind: TemplateTagKind; names: string[]; optional: boolean; tag: JinjaTag }): JinjaTemplateUse => {
    const line = locate(ref.tag.start) - 1;
    return {
      kind: ref.kind,
      names: ref.names,
      optional: ref.optional,
      line: firstLine + line,
      column: ref.tag.start - starts[line]! + 1,
      placeholder: body.slice(ref.tag.start, ref.tag.end),
    };
  };
  return {
    templates: refs.sort((left, right) => left.tag.start - right.tag.start).map(use),
    variables: root ? jinjaVariables(root) : tagLevelVariables(tags, compatible),
    diagnostics: firstError
      ? [
          unparsableDiagnostic(
            file,
            firstLine + firstError.line,
            firstError.message,
            root ? setAside.length : undefined,
          ),
        ]
      : [],
  };
}

/**
 * Parses, and on an error inside a tag blanks that tag and parses again, up to
 * `MAX_SET_ASIDE` tags. No root when an error lies outside any tag (an unclosed
 * block at the end of the file) or the same tag fails twice.
 */
function parseSettingAside(
  compatible: string,
  tagAt: (line: number, column: number) => JinjaTag | undefined,
  lastLine: number,
): { root?: JinjaNode; setAside: JinjaTag[]; firstError?: { message: string; line: number } } {
  let source = compatible;
  const setAside: JinjaTag[] = [];
  let firstError: { message: string; line: number } | undefined;
  for (let attempt = 0; attempt <= MAX_SET_ASIDE; attempt++) {
    const parsed = parseJinja(source);
    if (parsed.ok) return { root: parsed.root, setAside, ...(firstError ? { firstError } : {}) };
    firstError ??= { message: parsed.message, line: parsed.line ? parsed.line - 1 : lastLine };
    const culprit = parsed.line && parsed.column ? tagAt(parsed.line - 1, parsed.column - 1) : undefined;
    if (!culprit || setAside.includes(culprit)) break;
    setAside.push(culprit);
    source = blank(source, culprit.start, culprit.end);
  }
  return { setAside, ...(firstError ? { firstError } : {}) };
}

/** One warning per file; `setAside` is undefined when the whole file was read tag by tag. */
function unparsableDiagnostic(file: string, line: number, reason: string, setAside: number | undefined): Diagnostic {
  const how =
    setAside === undefined
      ? 'every tag was read on its own'
      : `${setAside === 1 ? 'that tag was' : `${setAside} tags were`} set aside`;
  return {
    severity: 'warning',
    code: 'template-syntax',
    file,
    line,
    message: `nunjucks cannot parse this Jinja (${reason}); ${how}, so includes are still followed, but variables may be incomplete`,
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}
