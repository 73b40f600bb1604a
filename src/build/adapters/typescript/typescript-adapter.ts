import type { ts } from 'ts-morph';
import type { Adapter, Extraction } from '../../../model/extraction.js';
import type { TsFile } from './ts-file.js';
import { loadTypeScript, type TypeScriptApi } from './load-typescript.js';
import { extractModule } from './extract-module.js';
import { importedSpecifiers, looksGenerated, worthParsing } from './prefilter.js';

const CODE_FILE = /\.[cm]?[jt]sx?$/;
const DECLARATION_FILE = /\.d\.[cm]?ts$/;
const MINIFIED = /[.-]min\.[cm]?js$/;

function scriptKind(t: TypeScriptApi, path: string): ts.ScriptKind {
  if (/\.tsx$/.test(path)) return t.ScriptKind.TSX;
  if (/\.[cm]?ts$/.test(path)) return t.ScriptKind.TS;
  // Plain .js often holds JSX (React); the JSX grammar reads JavaScript without JSX just as well.
  return t.ScriptKind.JSX;
}

/**
 * TypeScript and JavaScript through the TypeScript parser (no program, no type
 * checking, no lib files): string and template constants, object entries, class
 * members and functions returning text become units; `${…}`, `+`, `.join()`,
 * tagged templates and calls of text functions compose them, across imports and
 * re-exports; model calls, loaders, registry fetches, Genkit lookups and
 * environment reads make the enclosing function (or `<module>`) a consumer.
 */
export const typescriptAdapter: Adapter = {
  name: 'typescript',
  language: 'typescript',
  matches: (path) => CODE_FILE.test(path) && !DECLARATION_FILE.test(path) && !MINIFIED.test(path),
  prefilter: worthParsing,
  importedSpecifiers,
  async extract({ path, text }, { config }): Promise<Extraction> {
    if (looksGenerated(text)) {
      return {
        units: [],
        references: [],
        diagnostics: [
          {
            severity: 'info',
            code: 'generated-file',
            file: path,
            line: 1,
            message:
              'skipped: the file looks minified or generated (very long lines); scan its sources instead, or exclude it',
          },
        ],
      };
    }
    const t = await loadTypeScript();
    let source: ts.SourceFile;
    try {
      // JSDoc is never prompt text here: skipping its parse is the cheapest part of the parse to save.
      source = t.createSourceFile(
        path,
        text,
        { languageVersion: t.ScriptTarget.Latest, jsDocParsingMode: t.JSDocParsingMode.ParseNone },
        true,
        scriptKind(t, path),
      );
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return {
        units: [],
        references: [],
        diagnostics: [
          {
            severity: 'warning',
            code: 'parse-error',
            file: path,
            line: 1,
            message:
              'skipped: the code nests too deeply for the parser (generated code?); exclude it if it holds no prompts',
          },
        ],
      };
    }
    const file: TsFile = {
      path,
      source,
      config,
      format: /\.[cm]?tsx?$/.test(path) ? 'typescript' : 'javascript',
      module: new Map(),
      types: new Map(),
      interfaces: new Set(),
      classes: new Map(),
      declarations: new Map(),
      declarationOf: new Map(),
      exports: [],
      units: [],
      references: [],
      calls: [],
      wrappers: [],
      diagnostics: [],
      standIns: new Set(),
      evaluating: new Set(),
      texts: new Map(),
      callResults: new Map(),
      evaluations: new Map(),
      localUnits: new Map(),
      runTimeLoads: [],
    };
    const extraction = extractModule(file);
    // The parser recovers from syntax errors: what it could read is kept, and the first error is reported.
    const error = (source as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics?.[0];
    if (error) {
      const position = source.getLineAndCharacterOfPosition(error.start);
      const message = t.flattenDiagnosticMessageText(error.messageText, ' ');
      extraction.diagnostics.push({
        severity: 'warning',
        code: 'parse-error',
        file: path,
        line: position.line + 1,
        column: position.character + 1,
        message: `syntax error (${message}): prompts after this point may be missed`,
      });
    }
    return extraction;
  },
};
