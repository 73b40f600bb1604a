import type { ts } from 'ts-morph';
import type { Target } from '../../../model/extraction.js';
import type { Scope, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { calleeName, compactSource, startColumn, startLine, unwrap } from './syntax.js';
import { evaluatePath, type CodePath } from './paths.js';
import { fileReadTarget, looksLikePromptFile } from '../shared/code-path.js';
import { absolutePathDiagnostic } from '../shared/dynamic-include.js';

// Reading JSON or CSV data is not loading a prompt: both languages judge a read by the same file list.
export { looksLikePromptFile } from '../shared/code-path.js';

/** `fs.readFileSync`, `readFile` from `fs/promises`, `fs.promises.readFile`, Deno's `readTextFile`. */
const READ_CALL = /(^|\.)(readFileSync|readFile|readTextFile|readTextFileSync)$/;
const FILE_SYSTEM = /^(node:)?fs(\/promises)?$|^fs-extra$|^graceful-fs$/;

/**
 * Is the read function the file system's? Imported or required from `fs`,
 * `fs/promises` (or fs-extra), or Deno's global. A method of the project's own
 * (a test rig's `rig.readFile('notes.txt')` reading a temp workspace) is not.
 */
function fromFileSystem(file: TsFile, name: string): boolean {
  const head = name.split('.')[0]!;
  const binding = file.module.get(head);
  if (binding?.kind === 'import' || binding?.kind === 'namespace') return FILE_SYSTEM.test(binding.specifier);
  return !binding && (head === 'Deno' || head === 'fs');
}

export interface LoadedFile {
  target: Target;
  label: string;
  line: number;
  column: number;
}

/** A prompt file read at this call: `readFileSync(path.join(__dirname, 'system.md'), 'utf8')`, `Bun.file(p).text()`. */
export function loadedPath(file: TsFile, scope: Scope | undefined, call: ts.CallExpression): LoadedFile | undefined {
  const pathNode = readPathNode(file, call);
  const path = pathNode && evaluatePath(file, scope, pathNode);
  return path ? loadedFile(file, path, call, `${compactSource(call.getText(file.source)).slice(0, 80)}`) : undefined;
}

/** The path argument of a file read: `readFileSync(p)`, `readFile(p)`, `Bun.file(p).text()`. */
export function readPathNode(file: TsFile, call: ts.CallExpression): ts.Node | undefined {
  const t = api();
  const name = calleeName(call.expression);
  if (READ_CALL.test(name)) return fromFileSystem(file, name) ? call.arguments[0] : undefined;
  if (!/\.text$/.test(name)) return undefined;
  const object = unwrap((call.expression as ts.PropertyAccessExpression).expression);
  return t.isCallExpression(object) && calleeName(object.expression) === 'Bun.file' ? object.arguments[0] : undefined;
}

/** A prompt-file target for a path code builds, when the path looks like a prompt file. */
function loadedFile(file: TsFile, path: CodePath, node: ts.Node, label: string): LoadedFile | undefined {
  if (!looksLikePromptFile(path.path)) return undefined;
  const target = fileReadTarget(file, path);
  // An absolute path (`/etc/app/system.txt`) is no repository file: say so, and point at nothing.
  if (!target.candidates.length) {
    file.diagnostics.push(
      absolutePathDiagnostic(file.path, startLine(file.source, node), startColumn(file.source, node), label),
    );
    return undefined;
  }
  return {
    target,
    label,
    line: startLine(file.source, node),
    column: startColumn(file.source, node),
  };
}
