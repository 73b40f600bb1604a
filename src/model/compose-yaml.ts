import { Composer, type Document, type LineCounter, Parser, YAMLParseError } from 'yaml';

interface ComposerInternals {
  onError: (source: unknown, code: string, message: string, warning?: boolean) => void;
  errors: YAMLParseError[];
  doc: Document | null;
}

/** Thrown through the composer to stop it: nothing after the first errors is reported anyway. */
class EnoughErrors extends Error {}

/**
 * `parseDocument` of the yaml package, stopped once `maxErrors` errors are
 * found: a garbage file has an error every few bytes and composing all of
 * them cost seconds per 50 KB (fuzz finding hang-cb061ee339). Returns the
 * document, or, when stopped, only its first errors with their offsets.
 */
export function composeYaml(
  text: string,
  options: { lineCounter: LineCounter; uniqueKeys: boolean; maxErrors: number },
): { document: Document } | { errors: YAMLParseError[] } {
  const composer = new Composer({ keepSourceTokens: true, prettyErrors: false, uniqueKeys: options.uniqueKeys });
  // The composer's error sink and pending errors are private in its types, not in its code.
  const internals = composer as unknown as ComposerInternals;
  const report = internals.onError;
  let count = 0;
  internals.onError = (source, code, message, warning) => {
    report(source, code, message, warning);
    if (!warning && ++count >= options.maxErrors) throw new EnoughErrors();
  };
  const parser = new Parser(options.lineCounter.addNewLine);
  let document: Document | undefined;
  // Tokens are fed one by one (what `compose` does) so the lazy parser stops too: a garbage
  // file is one error token per byte at the top level, pushed without going through onError.
  function* documents(): Generator<Document> {
    for (const token of parser.parse(text)) {
      yield* composer.next(token) as Generator<Document>;
      if (internals.errors.length + (internals.doc?.errors.length ?? 0) >= options.maxErrors) throw new EnoughErrors();
    }
    yield* composer.end(true, text.length) as Generator<Document>;
  }
  try {
    for (const next of documents()) {
      if (!document) document = next as Document;
      else {
        // As parseDocument does: one document is read, a second is an error.
        document.errors.push(
          new YAMLParseError(
            [next.range?.[0] ?? 0, next.range?.[1] ?? 0],
            'MULTIPLE_DOCS',
            'Source contains multiple documents; please use YAML.parseAllDocuments()',
          ),
        );
        break;
      }
    }
  } catch (error) {
    if (!(error instanceof EnoughErrors)) throw error;
    return { errors: [...(internals.doc?.errors ?? []), ...internals.errors].slice(0, options.maxErrors) };
  }
  return { document: document! };
}
