import type { Adapter, Extraction, Reference } from '../../model/extraction.js';
import type { Diagnostic } from '../../model/schema/common.js';
import { splitFrontMatter } from './shared/front-matter.js';
import { findMustaches } from './shared/mustache-spans.js';
import { readElements } from './shared/markup-elements.js';
import { blankRanges } from './shared/delimited-text.js';
import { promptlVariables } from './shared/promptl-variables.js';
import { dynamicIncludeDiagnostic } from './shared/dynamic-include.js';
import { nearestFirst, relativeTo } from './shared/template-candidates.js';
import { fileStem } from './shared/template-role.js';
import { lineCount, lineLocator } from './shared/lines.js';
import { dirname } from '../../model/repo-path.js';

/**
 * PromptL (`.promptl`, Latitude's prompt language): YAML front matter (the
 * config: model, provider, temperature…) and a body of text, message tags and
 * `{{ … }}` logic. The whole file is one unit whose text is the body.
 * `<prompt path="…"/>` includes another prompt as Latitude resolves it: a
 * path relative to the including file (`./other`, `../shared/x`, `child`) or,
 * when it starts with `/`, to the Latitude project root, which a repository
 * does not mark, so it is tried from the file's folder up to the root; the
 * `.promptl` extension is optional. The element is the placeholder, so
 * composition puts the referenced prompt where it stands. A path given as
 * `{{ … }}` is a `dynamic-include` finding (Latitude requires a literal).
 */
export const promptlAdapter: Adapter = {
  name: 'promptl',
  matches: (path) => path.endsWith('.promptl'),
  extract({ path, text }): Extraction {
    const frontMatter = splitFrontMatter(path, text);
    const body = frontMatter.body;
    const bodyOffset = text.length - body.length;
    const locate = lineLocator(text);
    const lineOf = (offset: number) => locate(bodyOffset + offset);
    const comments = [...body.matchAll(/\/\*[\s\S]*?(?:\*\/|$)/g)].map((match): [number, number] => [
      match.index,
      match.index + match[0].length,
    ]);
    const mustaches = findMustaches(body, comments);
    // A commented-out `<prompt path>` is no reference (found in Latitude's own examples).
    const { elements } = readElements(blankRanges(body, comments), mustaches);
    const { variables, diagnostics: variableDiagnostics } = promptlVariables(path, mustaches, elements, lineOf);
    const references: Reference[] = [];
    const diagnostics: Diagnostic[] = [...frontMatter.diagnostics, ...variableDiagnostics];
    for (const element of elements.filter((candidate) => candidate.name === 'prompt')) {
      const line = lineOf(element.start);
      const column = element.start - body.lastIndexOf('\n', element.start - 1);
      const source = body.slice(element.start, element.end);
      const target = element.attributes.path?.trim();
      if (element.dynamic.has('path')) diagnostics.push(dynamicIncludeDiagnostic(path, line, column, source));
      else if (!target)
        diagnostics.push({
          severity: 'warning',
          code: 'dangling-reference',
          file: path,
          line,
          column,
          message: `${source} names no prompt: give it a path="…"`,
        });
      else
        references.push({
          kind: 'includes',
          target: { type: 'file', candidates: referenceCandidates(path, target) },
          line,
          column,
          placeholder: source,
          label: source,
        });
    }
    for (const span of mustaches.filter((candidate) => !candidate.closed))
      diagnostics.push({
        severity: 'warning',
        code: 'template-syntax',
        file: path,
        line: lineOf(span.start),
        message: "'{{' is never closed by '}}'",
      });
    const config = frontMatter.data;
    const model = typeof config.model === 'string' ? config.model : undefined;
    const provider = typeof config.provider === 'string' ? config.provider : undefined;
    return {
      units: [
        {
          role: 'text',
          range: { start: 1, end: lineCount(text) },
          format: 'promptl',
          name: fileStem(path),
          variables,
          text: body,
          meta: { ...(model ? { model } : {}), ...(provider ? { provider } : {}) },
        },
      ],
      references,
      diagnostics,
    };
  },
};

function referenceCandidates(path: string, reference: string): string[] {
  const spellings = reference.endsWith('.promptl')
    ? [reference]
    : /\.[^./]+$/.test(reference)
      ? [`${reference}.promptl`, reference]
      : [`${reference}.promptl`];
  if (reference.startsWith('/'))
    return nearestFirst(
      dirname(path),
      spellings.map((spelling) => spelling.slice(1)),
      [],
    );
  return spellings.map((spelling) => relativeTo(path, spelling));
}
