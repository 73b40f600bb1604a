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
  // Each wrapper's slots, with the reason where its own send is only possible (it passes the text into an interface
  // method nothing implements): its callers then consume what they pass possibly, never certainly, never not at all.
  const wrapperParams = new Map<string, Map<string, string | undefined>>();
  const possible = new Map<string, Map<string, string>>();
  const mark = (consumerId: string, slot: string, via?: string): boolean => {
    const params = wrapperParams.get(consumerId) ?? new Map<string, string | undefined>();
    wrapperParams.set(consumerId, params);
    const reasons = possible.get(consumerId) ?? new Map<string, string>();
    if (params.has(slot) && (via !== undefined || !reasons.has(slot))) return false;
    params.set(slot, via);
    if (via === undefined) reasons.delete(slot);
    else possible.set(consumerId, reasons.set(slot, via));
    return true;
  };
  const reasonOf = (callee: string, slot: string): string | undefined => possible.get(callee)?.get(slot);
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
  // A parameter passed into an interface method nothing implements: the caller possibly sends it.
  for (const { file, call } of calls) {
    if (!call.ifUnresolved || call.arg.type !== 'param') continue;
    const caller = context.units.find(file, 'consumer', call.from);
    if (caller && !calleeOf.get(call)!.length)
      mark(caller.id, slotOf(call.arg.index, call.arg.key), call.ifUnresolved.via);
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
        const slot = params.has(slotOf(argIndex))
          ? slotOf(argIndex)
          : call.argKey !== undefined && params.has(slotOf(argIndex, call.argKey))
            ? slotOf(argIndex, call.argKey)
            : undefined;
        // A whole options object passed on (`outer(options) → ask(options)`) carries every property the callee sends.
        const passedOn =
          call.argKey === undefined && call.arg.type === 'param' && call.arg.key === undefined
            ? [...params.keys()]
                .filter((key) => key.startsWith(`${argIndex}.`))
                .map((key) => ({ key: key.slice(key.indexOf('.') + 1), via: reasonOf(callee, key) }))
            : [];
        const via = (slotVia: string | undefined) => (isPossible(call) ? (call.via ?? slotVia) : slotVia);
        if (call.arg.type === 'param') {
          if (slot !== undefined)
            changed = mark(caller.id, slotOf(call.arg.index, call.arg.key), via(reasonOf(callee, slot))) || changed;
          for (const { key, via: keyVia } of passedOn)
            changed = mark(caller.id, slotOf(call.arg.index, key), via(keyVia)) || changed;
          continue;
        }
        if (slot === undefined) continue;
        const lost = reasonOf(callee, slot);
        const flow = lost === undefined ? certaintyFields(call) : { certainty: 'possible' as const, via: via(lost)! };
        for (const to of resolveTarget(context, written ?? file, call.arg, 'text', { receiver }).ids) {
          // A traced call keeps the edge certain; a possible one never overwrites it.
          const key = `${caller.id}\0${to}`;
          if (edges.has(key) && flow.certainty === 'possible' && !isPossible(edges.get(key)!)) continue;
          edges.set(key, { from: caller.id, to, kind: 'consumes', line: call.line, ...flow });
        }
      }
    }
  }
  addLostFlows(context, calls, calleeOf, wrapperParams, edges);
  // A wrapper is kept as a consumer when some parameter of it certainly reaches a model.
  const certain = [...wrapperParams].filter(([, params]) => [...params.values()].some((via) => via === undefined));
  return { edges: [...edges.values()], wrappers: certain.map(([id]) => id).sort() };
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
  wrapperParams: ReadonlyMap<string, ReadonlyMap<string, string | undefined>>,
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
