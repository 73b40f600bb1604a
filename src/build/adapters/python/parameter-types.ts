import type { PythonFile, Scope } from './python-file.js';
import { field, namedChildren, type Node } from './syntax.js';

/** The annotation of a parameter of the scope's function (`client: OpenAI`, `llm: "AsyncAnthropic"`). */
export function parameterType(file: PythonFile, scope: Scope, name: string): Node | undefined {
  const definition = file.declarations.get(scope.symbol)?.node;
  const parameters = definition?.type === 'function_definition' ? field(definition, 'parameters') : undefined;
  for (const parameter of parameters ? namedChildren(parameters) : []) {
    if (!['typed_parameter', 'typed_default_parameter'].includes(parameter.type)) continue;
    const parameterName = parameter.type === 'typed_parameter' ? namedChildren(parameter)[0] : field(parameter, 'name');
    if (parameterName?.text === name) return field(parameter, 'type');
  }
  return undefined;
}
