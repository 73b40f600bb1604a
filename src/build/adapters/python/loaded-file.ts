import type { Target } from '../../../model/extraction.js';
import type { PythonFile, Scope } from './python-file.js';
import { callArguments, dottedName, field, startLine, unwrap, type Node } from './syntax.js';
import { evaluatePath, type CodePath } from './paths.js';
import { lookup } from './bindings.js';
import { fileReadTarget, looksLikePromptFile } from '../shared/code-path.js';
import { absolutePathDiagnostic } from '../shared/dynamic-include.js';

/** `open(p).read()`, `f.read()` after `with open(p) as f`, `Path(p).read_text()`. */
export function loadedPath(
  file: PythonFile,
  scope: Scope | undefined,
  call: Node,
): { target: Target; label: string } | undefined {
  const callee = field(call, 'function');
  if (callee?.type !== 'attribute') return undefined;
  const method = field(callee, 'attribute')!.text;
  let object = unwrap(field(callee, 'object')!);
  if (object.type === 'identifier') {
    const binding = lookup(file, scope, object.text);
    if (binding?.kind === 'value') object = unwrap(binding.node);
  }
  let path: CodePath | undefined;
  if (method === 'read' || method === 'readlines') {
    if (
      object.type !== 'call' ||
      !['open', 'io.open', 'codecs.open'].includes(dottedName(field(object, 'function')!) ?? '')
    )
      return undefined;
    const argument = callArguments(object).positional[0];
    path = argument && evaluatePath(file, scope, argument);
  } else if (method === 'read_text' || method === 'read_bytes') {
    path = evaluatePath(file, scope, object);
  } else {
    return undefined;
  }
  if (!path || !looksLikePromptFile(path.path)) return undefined;
  const label = `${call.text.length > 60 ? `${method}(…)` : call.text}`;
  // An absolute path (`/etc/app/system.txt`) is no repository file: say so, and point at nothing.
  if (!path.anchored && path.path.startsWith('/')) {
    file.diagnostics.push(absolutePathDiagnostic(file.path, startLine(call), call.startPosition.column + 1, label));
    return undefined;
  }
  return { target: fileReadTarget(file, path), label };
}
