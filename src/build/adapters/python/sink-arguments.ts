import type { Sink, SinkText } from '../../../model/schema/sink.js';
import type { ModelArgument } from './consumer-calls.js';
import { field, namedChildren, unwrap, type CallArguments, type Node } from './syntax.js';
import { literalText } from './string-literal.js';

/**
 * The argument nodes a sink call carries prompt text in, each with its slot, as
 * the sink's `text` entries say: a keyword, a position, or a key of a dict
 * written there (`config={"system_instruction": …}`). A config built by a call
 * (`types.GenerateContentConfig(system_instruction=…)`) is a sink call of its own,
 * walked where it is written, so it is not read twice.
 */
export function sinkArguments(sink: Sink, args: CallArguments): ModelArgument[] {
  const found: ModelArgument[] = [];
  const seen = new Set<number>();
  for (const text of sink.text) {
    const holder = text.keyword !== undefined ? args.keywords.get(text.keyword) : args.positional[text.argument ?? 0];
    const node = holder && (text.property ? propertyOf(holder, text.property) : holder);
    if (!node || seen.has(node.id)) continue;
    seen.add(node.id);
    found.push({ node, slot: slotOf(text) });
  }
  return found;
}

/** What the text is: the entry's slot, else the last property name, the keyword, else `prompt`. */
function slotOf(text: SinkText): string {
  return text.slot ?? text.property?.split('.').pop() ?? text.keyword ?? 'prompt';
}

/** A dotted key path into dict literals. */
function propertyOf(node: Node, property: string): Node | undefined {
  let current: Node | undefined = unwrap(node);
  for (const key of property.split('.')) {
    if (current?.type !== 'dictionary') return undefined;
    const pair: Node | undefined = namedChildren(current).find(
      (child) => child.type === 'pair' && literalText(field(child, 'key')) === key,
    );
    current = pair && field(pair, 'value');
  }
  return current;
}
