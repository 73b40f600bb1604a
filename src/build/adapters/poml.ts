import type { Diagnostic } from '../../model/schema/common.js';
import type { Adapter, Extraction } from '../../model/extraction.js';
import { findMustaches } from './shared/mustache-spans.js';
import { readElements } from './shared/markup-elements.js';
import { pomlReferences } from './shared/poml-references.js';
import { pomlVariables } from './shared/poml-variables.js';
import { fileStem, isPartialFile } from './shared/template-role.js';
import { lineCount, lineLocator } from './shared/lines.js';

/**
 * POML (`.poml`, Microsoft's prompt markup): the whole file is one unit whose
 * text is the document. Elements are read by htmlparser2 in XML mode (tag names
 * case-insensitive, as POML's are), `{{ … }}` expressions by acorn. Includes and
 * loaded files: see `pomlReferences`; variables: see `pomlVariables`. An
 * element, a tag or a `{{` never closed is a warning at its line.
 */
export const pomlAdapter: Adapter = {
  name: 'poml',
  matches: (path) => path.endsWith('.poml'),
  extract({ path, text }): Extraction {
    const locate = lineLocator(text);
    const comments = [...text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)].map((match): [number, number] => [
      match.index,
      match.index + match[0].length,
    ]);
    const mustaches = findMustaches(text, comments);
    const { elements, unterminatedTag } = readElements(text, mustaches);
    const { references, diagnostics: referenceDiagnostics } = pomlReferences(path, text, elements, locate);
    const { variables, diagnostics: variableDiagnostics } = pomlVariables(path, elements, mustaches, locate);
    const syntax: Diagnostic[] = [
      ...elements
        .filter((element) => !element.closed)
        .map(
          (element): Diagnostic => ({
            severity: 'warning',
            code: 'template-syntax',
            file: path,
            line: locate(element.start),
            message: `<${element.name}> is never closed; POML will not render this document`,
          }),
        ),
      ...(unterminatedTag === undefined
        ? []
        : [
            {
              severity: 'warning',
              code: 'template-syntax',
              file: path,
              line: locate(unterminatedTag),
              message: 'a tag opened here is never ended with >',
            } satisfies Diagnostic,
          ]),
      ...mustaches
        .filter((span) => !span.closed)
        .map(
          (span): Diagnostic => ({
            severity: 'warning',
            code: 'template-syntax',
            file: path,
            line: locate(span.start),
            message: "'{{' is never closed by '}}'",
          }),
        ),
    ];
    return {
      units: [
        {
          role: isPartialFile(path) ? 'fragment' : 'text',
          range: { start: 1, end: lineCount(text) },
          format: 'poml',
          name: fileStem(path),
          variables,
          text,
        },
      ],
      references,
      diagnostics: [...syntax, ...referenceDiagnostics, ...variableDiagnostics],
    };
  },
};
