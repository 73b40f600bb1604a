import type { PythonFile } from './python-file.js';
import { callArguments, dottedName, field, unwrap, type Node } from './syntax.js';
import { literalText } from './string-literal.js';
import { dictionaryEntries } from './dictionary-entry.js';
import { registryFetch, snakeCase, type ArgumentSlot, type RegistryFetch } from '../shared/registry-fetches.js';

/** A string literal's text, or an integer's digits. */
const literalOrInteger = (node: Node | undefined): string | undefined =>
  node && unwrap(node).type === 'integer' ? unwrap(node).text : literalText(node && unwrap(node));

/**
 * A registry fetch by name through the table shared with TypeScript
 * (`src/adapters/shared/registry-fetches.ts`), spelled the Python way:
 * `langfuse.get_prompt("x", label="staging")`, `pl.run(prompt_name="x")`,
 * `portkey.prompts.completions.create(prompt_id="pp-x@3")`. Options are keyword
 * arguments or a dict literal (`templates.get("x", {"label": "prod"})`).
 */
export function registryCall(file: PythonFile, call: Node): RegistryFetch | undefined {
  const written = field(call, 'function');
  if (written?.type !== 'identifier' && written?.type !== 'attribute') return undefined;
  // `get_client().get_prompt(…)`: the receiver is a call; the method still says what it is.
  const callee = dottedName(written) ?? `(…).${field(written, 'attribute')!.text}`;
  if (definedInRepository(file, callee)) return undefined;
  const args = callArguments(call);
  const literal = (slot: ArgumentSlot) => {
    if (!('key' in slot)) return literalOrInteger(args.positional[slot.position]);
    const options = args.positional[slot.options];
    return literalOrInteger(
      args.keywords.get(slot.key) ?? (options ? dictionaryEntries(unwrap(options)).get(slot.key) : undefined),
    );
  };
  const imports = (module: RegExp, anywhere: boolean) => {
    const specifiers = [...file.module.values()].flatMap((binding) =>
      binding.kind === 'import' || binding.kind === 'module' ? [binding.specifier] : [],
    );
    const head = file.module.get(callee.split('.')[0]!);
    return anywhere
      ? specifiers.some((specifier) => module.test(specifier))
      : (head?.kind === 'import' || head?.kind === 'module') && module.test(head.specifier);
  };
  return registryFetch({ callee, literal, imports }, snakeCase);
}

/** The project's own `get_prompt` (a function or class of this file, or a function imported from a module of the project) is no registry call. */
function definedInRepository(file: PythonFile, callee: string): boolean {
  const [head, ...rest] = callee.split('.');
  const binding = file.module.get(head!);
  if (binding?.kind === 'function' || binding?.kind === 'class') return true;
  return rest.length === 0 && binding?.kind === 'import' && binding.specifier.startsWith('.');
}
