import type { Diagnostic } from '../../../model/schema/common.js';
import type { Reference } from '../../../model/extraction.js';
import type { MarkupElement } from './markup-elements.js';
import { resourceKind } from './resource-kind.js';
import { isAbsolutePath, isUrl, relativeTo } from './template-candidates.js';
import { dynamicIncludeDiagnostic } from './dynamic-include.js';

/** Elements that load a file by `src`, and whether a text file they load is rendered where they stand. */
const LOADERS: Record<string, { inlinesText: boolean }> = {
  include: { inlinesText: true },
  let: { inlinesText: true },
  document: { inlinesText: true },
  table: { inlinesText: false },
};

/**
 * The files a POML document loads, as `includes` of its unit, relative to the
 * .poml file as POML resolves them:
 *
 * - `<include src="x.poml"/>` is prompt text injected in place: the element is
 *   its placeholder, so composition puts the included text where it stands.
 * - `<let src>`, `<document src>`, `<table src>` load a file by kind (see
 *   `resourceKind`): text is inlined at the element, JSON/CSV/YAML data is a
 *   dependency without a placeholder, a .docx, .pdf or spreadsheet is left alone.
 * - `<img src>` and other media are not prompt text and are left alone.
 *
 * A `src` computed by `{{ … }}` is a `dynamic-include` finding.
 */
export function pomlReferences(
  path: string,
  text: string,
  elements: readonly MarkupElement[],
  locate: (offset: number) => number,
): { references: Reference[]; diagnostics: Diagnostic[] } {
  const references: Reference[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const element of elements) {
    const loader = LOADERS[element.name];
    const src = element.attributes.src?.trim();
    if (!loader || !src) continue;
    const line = locate(element.start);
    const column = element.start - text.lastIndexOf('\n', element.start - 1);
    const source = text.slice(element.start, element.end);
    if (element.dynamic.has('src')) {
      if (element.name === 'include')
        diagnostics.push(dynamicIncludeDiagnostic(path, line, column, text.slice(element.start, element.openEnd)));
      continue;
    }
    if (isUrl(src)) continue;
    const kind = element.name === 'include' ? 'text' : resourceKind(src, element.attributes.type);
    if (kind === 'other') continue;
    const inline = kind === 'text' && loader.inlinesText;
    references.push({
      kind: 'includes',
      target: { type: 'file', candidates: [isAbsolutePath(src) ? src : relativeTo(path, src)] },
      line,
      column,
      ...(inline ? { placeholder: source } : {}),
      label: text.slice(element.start, element.openEnd),
    });
  }
  return { references, diagnostics };
}
