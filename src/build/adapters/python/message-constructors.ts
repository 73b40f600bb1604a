import type { PythonFile, Scope } from './python-file.js';
import { calleeOrigin } from './callee-origin.js';
import { dottedName, field, type Node } from './syntax.js';

/**
 * Modules whose classes are typed dicts of a message or content block
 * (`anthropic.types.beta.BetaTextBlockParam`, `openai.types.chat.ChatCompletionSystemMessageParam`):
 * calling one builds the dict its keywords spell, so its text keys are sent like a dict literal's.
 */
const MESSAGE_TYPE_MODULES = /^(anthropic|openai)\.types(\.|$)/;

/** `dict(role=…, content=…)`, or a call of an SDK's message or content-block type. */
export function isMessageConstructor(file: PythonFile, scope: Scope | undefined, call: Node): boolean {
  const callee = field(call, 'function')!;
  if (dottedName(callee) === 'dict') return true;
  const origin = calleeOrigin(file, scope, callee, 0);
  return origin.kind === 'module' && MESSAGE_TYPE_MODULES.test([origin.module, ...origin.path.slice(0, -1)].join('.'));
}
