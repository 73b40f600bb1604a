import type { PythonFile, Scope } from './python-file.js';
import { calleeOrigin } from './callee-origin.js';
import { callArguments, field, type Node } from './syntax.js';

/** A library call that reads a prompt file by path: where the path is (position and keyword). */
interface PromptFileLoader {
  /** The module the callee is imported from; submodules match (`promptflow` covers `promptflow.core`). */
  module: string;
  /** The export and members called, dotted (`Prompty.load`). */
  function: string;
  argument: number;
  keyword: string;
}

/**
 * Loaders of Prompty files, recognised by where the callee is imported from
 * however it is named (`import prompty as p`, `from promptflow.core import Prompty`).
 * Each resolves a relative path against the calling file's folder, so the file
 * read is the load's `files` target like any other path code builds.
 */
const PROMPT_FILE_LOADERS: PromptFileLoader[] = [
  { module: 'prompty', function: 'load', argument: 0, keyword: 'prompt_path' },
  { module: 'prompty', function: 'execute', argument: 0, keyword: 'prompt' },
  { module: 'prompty', function: 'prepare', argument: 0, keyword: 'prompt' },
  // promptflow's flex flows: `Prompty.load(source=…)` returns a callable handle.
  { module: 'promptflow', function: 'Prompty.load', argument: 0, keyword: 'source' },
  // azure-ai-inference: `PromptTemplate.from_prompty(file_path=…)`, rendered later with `.create_messages()`.
  { module: 'azure.ai.inference.prompts', function: 'PromptTemplate.from_prompty', argument: 0, keyword: 'file_path' },
];

/** The path argument of a call to a known prompt-file loader, if the call is one. */
export function promptFileLoadPath(file: PythonFile, scope: Scope | undefined, call: Node): Node | undefined {
  const written = field(call, 'function');
  if (!written) return undefined;
  const origin = calleeOrigin(file, scope, written, 0);
  if (origin.kind !== 'module') return undefined;
  const dotted = [origin.module, ...origin.path].join('.');
  const loader = PROMPT_FILE_LOADERS.find(
    (candidate) =>
      dotted.endsWith(`.${candidate.function}`) &&
      isModule(dotted.slice(0, -candidate.function.length - 1), candidate.module),
  );
  if (!loader) return undefined;
  const args = callArguments(call);
  return args.positional[loader.argument] ?? args.keywords.get(loader.keyword);
}

const isModule = (module: string, expected: string): boolean =>
  module === expected || module.startsWith(`${expected}.`);
