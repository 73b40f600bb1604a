import { createRequire } from 'node:module';
import type { Parser } from 'web-tree-sitter';

let parser: Promise<Parser> | undefined;

/**
 * The tree-sitter Python parser, initialised once per process. web-tree-sitter and
 * the grammar's `.wasm` (shipped inside the `tree-sitter-python` package, so nothing
 * is built or downloaded) load only when the first Python file is parsed, keeping
 * `promptgraph --help` and prompt-file-only scans free of the cost.
 */
export function loadPythonParser(): Promise<Parser> {
  parser ??= (async () => {
    const { Parser: ParserClass, Language } = await import('web-tree-sitter');
    await ParserClass.init();
    const wasm = createRequire(import.meta.url).resolve('tree-sitter-python/tree-sitter-python.wasm');
    const language = await Language.load(wasm);
    const instance = new ParserClass();
    instance.setLanguage(language);
    return instance;
  })();
  return parser;
}
