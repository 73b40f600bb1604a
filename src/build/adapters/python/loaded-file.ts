import type { Target } from '../../../model/extraction.js';
import type { PythonFile, Scope } from './python-file.js';
import { callArguments, dottedName, field, unwrap, type Node } from './syntax.js';
import { evaluatePath, pathCandidates, type CodePath } from './paths.js';
import { lookup } from './bindings.js';
import { looksLikePromptFile } from '../shared/code-path.js';

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
  return {
    target: { type: 'file', candidates: pathCandidates(file, path) },
    label: `${call.text.length > 60 ? `${method}(…)` : call.text}`,
  };
}
