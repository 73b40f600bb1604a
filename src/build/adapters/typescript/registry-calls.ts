import type { ts } from 'ts-morph';
import type { Scope, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { literalText, unwrap } from './syntax.js';
import { optionValues } from './options.js';
import { definedInRepository } from './bindings.js';
import {
  camelCase,
  registryFetch as fetchFromTable,
  type ArgumentSlot,
  type RegistryFetch,
} from '../shared/registry-fetches.js';

export type { RegistryFetch };

/** A string literal's text, or a number's digits. */
function literalOrNumber(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  const expression = unwrap(node);
  return api().isNumericLiteral(expression) ? expression.text : literalText(expression);
}

/**
 * Code fetching a prompt from a registry by name (the table, shared with Python,
 * is `src/adapters/shared/registry-fetches.ts`). The project's own function or
 * object of that name (`store.getPrompt('welcome')`) is no registry call.
 */
export function registryFetch(
  file: TsFile,
  scope: Scope | undefined,
  call: ts.CallExpression,
  name: string,
): RegistryFetch | undefined {
  if (definedInRepository(file, name)) return undefined;
  const args = call.arguments;
  const literal = (slot: ArgumentSlot) =>
    literalOrNumber('key' in slot ? optionValues(file, scope, args[slot.options]).get(slot.key) : args[slot.position]);
  const imports = (module: RegExp, anywhere: boolean) =>
    anywhere
      ? [...file.module.values()].some(
          (binding) => (binding.kind === 'import' || binding.kind === 'namespace') && module.test(binding.specifier),
        )
      : importedFrom(file, name.split('.')[0]!, module);
  return fetchFromTable({ callee: name, literal, imports }, camelCase);
}

/** Is `name` imported from a module matching `specifier`? */
export function importedFrom(file: TsFile, name: string, specifier: RegExp): boolean {
  const binding = file.module.get(name);
  return (binding?.kind === 'import' || binding?.kind === 'namespace') && specifier.test(binding.specifier);
}
