import type { CallArgument } from '../../model/extraction.js';
import { implementationIds } from './implementations.js';
import type { GraphEdge } from '../../model/schema/scan-result.js';
import { resolveTarget, type ResolveContext } from './resolve-target.js';
import { certaintyFields, isPossible } from '../../model/flow-certainty.js';
import type { CallSite } from './resolve-receiver-calls.js';

/** A wrapper's parameter: `0`, or `0.system` for one property of an options parameter. */
const slotOf = (index: number, key?: string): string => (key === undefined ? `${index}` : `${index}.${key}`);

/**
 * Wrappers: a function that passes its parameter to a model call is a consumer,
 * and whoever calls it consumes what they pass. A wrapper of a wrapper is found
 * by iterating to a fixpoint: a call passing the caller's own parameter to a
 * wrapper makes the caller a wrapper too. Options objects are followed property
 * by property: `ask({ system: SYSTEM })` reaches `ask({ system }) → generateText({ system })`,
 * and `outer(options) → ask(options)` makes `outer` a wrapper of the same properties.
 * A Python keyword argument to another module's function is matched by name
 * against the callee's parameter names (`signature`).
 * Returns the consumes edges of the callers and every consumer found to be a
 * wrapper: it is a consumer even when what it sends comes only from its callers.
 */
export function resolveWrapperCalls(
  context: ResolveContext,
  sites: CallSite[],
  declared: { file: string; symbol: string; paramIndex: number; key?: string }[],
): { edges: GraphEdge[]; wrappers: string[] } {
  // The instance a method is called on (argument -1) is no parameter a caller passes text through: resolve-receiver-calls.ts reads it.
  const calls = sites.filter((site) => site.call.argIndex !== -1);
  const wrapperParams = new Map<string, Set<string>>();
  const mark = (consumerId: string, slot: string): boolean => {
    const params = wrapperParams.get(consumerId) ?? new Set<string>();
    wrapperParams.set(consumerId, params);
    if (params.has(slot)) return false;
    params.add(slot);
    return true;
  };
  for (const wrapper of declared) {
    const unit = context.units.find(wrapper.file, 'consumer', wrapper.symbol);
    if (unit) mark(unit.id, slotOf(wrapper.paramIndex, wrapper.key));
  }

  const calleeOf = new Map<CallArgument, string[]>();
  for (const { file, call, context: written, receiver } of calls) {
    const ids = resolveTarget(context, written ?? file, call.callee, 'consumer', { receiver }).ids;
    const implementations = implementationIds(context, written ?? file, call.callee);
    calleeOf.set(call, implementations.length ? [...new Set([...ids, ...implementations])] : ids);
  }

  const edges = new Map<string, GraphEdge>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const { file, call, context: written, receiver } of calls) {
      const callees = calleeOf.get(call)!.filter((id) => wrapperParams.has(id));
      if (!callees.length) continue;
      const caller = context.units.find(file, 'consumer', call.from);
      if (!caller) continue;
      for (const callee of callees) {
        const params = wrapperParams.get(callee)!;
        const signature = call.argKeyword === undefined ? undefined : context.units.byId.get(callee)?.unit.signature;
        const argIndex =
          call.argKeyword === undefined
            ? call.argIndex
            : signature && Object.hasOwn(signature, call.argKeyword)
              ? signature[call.argKeyword]
              : undefined;
        if (argIndex === undefined || argIndex < 0) continue;
        const direct =
          params.has(slotOf(argIndex)) || (call.argKey !== undefined && params.has(slotOf(argIndex, call.argKey)));
        // A whole options object passed on (`outer(options) → ask(options)`) carries every property the callee sends.
        const passedOn =
          call.argKey === undefined && call.arg.type === 'param' && call.arg.key === undefined
            ? [...params]
                .filter((slot) => slot.startsWith(`${argIndex}.`))
                .map((slot) => slot.slice(slot.indexOf('.') + 1))
            : [];
        if (call.arg.type === 'param') {
          if (direct) changed = mark(caller.id, slotOf(call.arg.index, call.arg.key)) || changed;
          for (const key of passedOn) changed = mark(caller.id, slotOf(call.arg.index, key)) || changed;
          continue;
        }
        if (!direct) continue;
        for (const to of resolveTarget(context, written ?? file, call.arg, 'text', { receiver }).ids) {
          // A traced call keeps the edge certain; a possible one never overwrites it.
          const key = `${caller.id}\0${to}`;
          if (edges.has(key) && isPossible(call)) continue;
          edges.set(key, { from: caller.id, to, kind: 'consumes', line: call.line, ...certaintyFields(call) });
        }
      }
    }
  }
  addLostFlows(context, calls, calleeOf, wrapperParams, edges);
  return { edges: [...edges.values()], wrappers: [...wrapperParams.keys()].sort() };
}

/**
 * Calls into a callee decided at run time (an interface method) that no unit found
 * sends on: the caller is a possible consumer of the text it passes, with the
 * call's reason, rather than nothing. A traced edge for the same pair stays.
 */
function addLostFlows(
  context: ResolveContext,
  calls: CallSite[],
  calleeOf: ReadonlyMap<CallArgument, string[]>,
  wrapperParams: ReadonlyMap<string, Set<string>>,
  edges: Map<string, GraphEdge>,
): void {
  for (const { file, call, context: written, receiver } of calls) {
    if (!call.ifUnresolved || call.arg.type === 'param') continue;
    if (calleeOf.get(call)!.some((id) => wrapperParams.has(id))) continue;
    const caller = context.units.find(file, 'consumer', call.from);
    if (!caller) continue;
    for (const to of resolveTarget(context, written ?? file, call.arg, 'text', { receiver }).ids) {
      const key = `${caller.id}\0${to}`;
      if (!edges.has(key))
        edges.set(key, {
          from: caller.id,
          to,
          kind: 'consumes',
          line: call.line,
          certainty: 'possible',
          via: call.ifUnresolved.via,
        });
    }
  }
}
