import type { CallArgument, Reference } from '../../model/extraction.js';
import { certaintyFields } from '../../model/flow-certainty.js';
import { instanceAttributeOf } from '../../model/extraction.js';
import type { GraphEdge } from '../../model/schema/scan-result.js';
import type { IndexedClass } from './class-index.js';
import { resolveTarget, type ResolveContext } from './resolve-target.js';

/** A call as the resolver reads it: its own file, the file its targets were written in, and the class of its calling method. */
export interface CallSite {
  file: string;
  call: CallArgument;
  context?: string;
  receiver?: IndexedClass;
}

/**
 * What each consumer sends that its instance decides: what it consumes through
 * `self` (`system=self.system_prompt()`), and text written at its model call that
 * reads the instance (`system=f"{self.persona} …"`).
 */
export class InstanceReads {
  private readonly readingTexts = new Set<string>();
  private readonly throughInstance = new Map<string, Set<string>>();
  private readonly consumed = new Map<string, Set<string>>();

  record(reference: Reference, fromId: string, ids: string[]): void {
    const readsInstance = instanceAttributeOf(reference.target) !== undefined;
    if (reference.kind === 'includes' && readsInstance) this.readingTexts.add(fromId);
    if (reference.kind !== 'consumes') return;
    add(this.consumed, fromId, ids);
    if (readsInstance) add(this.throughInstance, fromId, ids);
  }

  of(consumerId: string): string[] {
    const texts = new Set(this.throughInstance.get(consumerId));
    for (const id of this.consumed.get(consumerId) ?? []) if (this.readingTexts.has(id)) texts.add(id);
    return [...texts].sort();
  }
}

function add(map: Map<string, Set<string>>, key: string, ids: string[]): void {
  const set = map.get(key) ?? new Set<string>();
  for (const id of ids) set.add(id);
  map.set(key, set);
}

/**
 * `Billing().run(task)`, `self.llm.complete(…)`: a method called on an instance
 * (argument -1) sends what it reads from that instance, as the instance's class
 * sees it. The callee resolves to that class's own view of the method (see
 * class-members.ts), so the caller consumes exactly what that view consumes
 * through `self`: editing `Billing.persona` reaches whoever calls `Billing().run`.
 */
export function resolveReceiverCalls(context: ResolveContext, calls: CallSite[], reads: InstanceReads): GraphEdge[] {
  const edges: GraphEdge[] = [];
  for (const { file, call, context: written, receiver } of calls) {
    if (call.argIndex !== -1) continue;
    const caller = context.units.find(file, 'consumer', call.from);
    if (!caller) continue;
    for (const callee of resolveTarget(context, written ?? file, call.callee, 'consumer', { receiver }).ids) {
      for (const to of reads.of(callee))
        edges.push({ from: caller.id, to, kind: 'consumes', line: call.line, ...certaintyFields(call) });
    }
  }
  return edges;
}
