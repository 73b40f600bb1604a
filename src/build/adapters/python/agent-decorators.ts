import type { PythonFile } from './python-file.js';
import { field, namedChildren, unwrap, type Node } from './syntax.js';
import { lookup } from './bindings.js';
import { callMeaning } from './consumer-calls.js';
import { textOf } from './text-value.js';
import { consumes } from './consume-reference.js';

const PROMPT_DECORATORS = new Set(['system_prompt', 'instructions']);

/**
 * Pydantic AI's other way to give an agent its prompt: a function whose returned
 * text the agent sends, registered by a decorator (`@agent.system_prompt`,
 * `@agent.instructions`, `@agent.system_prompt(dynamic=True)`). The code that
 * builds the agent (`agent = Agent(…)` at the top of the module) consumes that
 * text, as it consumes `Agent(instructions=…)`; the edge sits on that call, so the
 * `<module>` consumer spans the agent's line, not the decorated function's body.
 */
export function consumeDecoratedPrompts(file: PythonFile, root: Node): void {
  for (const statement of namedChildren(root)) {
    if (statement.type !== 'decorated_definition') continue;
    const definition = field(statement, 'definition');
    const symbol = definition?.type === 'function_definition' ? field(definition, 'name')?.text : undefined;
    if (!symbol || !textOf(file, symbol)) continue;
    for (const decorator of namedChildren(statement).filter((child) => child.type === 'decorator')) {
      const agent = promptDecoratorAgent(file, decorator);
      if (agent)
        consumes(
          file,
          '<module>',
          { type: 'local', symbol },
          agent.construction,
          `@${agent.name}.${decoratorName(decorator)}`,
        );
    }
  }
}

/** The module-level agent a `@x.system_prompt` / `@x.instructions(…)` decorator registers with, if `x` is one. */
function promptDecoratorAgent(file: PythonFile, decorator: Node): { name: string; construction: Node } | undefined {
  const expression = decoratorExpression(decorator);
  if (expression?.type !== 'attribute' || !PROMPT_DECORATORS.has(field(expression, 'attribute')!.text))
    return undefined;
  const object = field(expression, 'object')!;
  const binding = object.type === 'identifier' ? lookup(file, undefined, object.text) : undefined;
  if (binding?.kind !== 'value') return undefined;
  const value = unwrap(binding.node);
  return value.type === 'call' && callMeaning(file, value)?.kind === 'model'
    ? { name: object.text, construction: value }
    : undefined;
}

/** `@agent.instructions()` and `@agent.instructions` both name `agent.instructions`. */
function decoratorExpression(decorator: Node): Node | undefined {
  const expression = namedChildren(decorator)[0];
  return expression?.type === 'call' ? (field(expression, 'function') ?? undefined) : expression;
}

function decoratorName(decorator: Node): string {
  return field(decoratorExpression(decorator)!, 'attribute')!.text;
}
