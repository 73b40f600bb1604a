import type { CallArgument } from '../adapters/types.js';
import type { GraphEdge } from '../schema/scan-result.js';
import { resolveTarget, type ResolveContext } from './resolve-target.js';

/**
 * Wrappers: a function that passes its parameter to a model call is a consumer,
 * and whoever calls it consumes what they pass. A wrapper of a wrapper is found
 * by iterating to a fixpoint: a call passing the caller's own parameter to a
 * wrapper makes the caller a wrapper too.
 */
export function resolveWrapperCalls(
  context: ResolveContext,
  calls: { file: string; call: CallArgument }[],
  declared: { file: string; symbol: string; paramIndex: number }[],
): GraphEdge[] {
  const wrapperParams = new Map<string, Set<number>>();
  const mark = (consumerId: string, index: number): boolean => {
    const params = wrapperParams.get(consumerId) ?? new Set<number>();
    wrapperParams.set(consumerId, params);
    if (params.has(index)) return false;
    params.add(index);
    return true;
  };
  for (const wrapper of declared) {
    const unit = context.units.find(wrapper.file, 'consumer', wrapper.symbol);
    if (unit) mark(unit.id, wrapper.paramIndex);
  }

  const calleeOf = new Map<CallArgument, string[]>();
  for (const { file, call } of calls) calleeOf.set(call, resolveTarget(context, file, call.callee, 'consumer').ids);

  const edges = new Map<string, GraphEdge>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const { file, call } of calls) {
      const callees = calleeOf.get(call)!.filter((id) => wrapperParams.get(id)?.has(call.argIndex));
      if (!callees.length) continue;
      const caller = context.units.find(file, 'consumer', call.from);
      if (!caller) continue;
      if (call.arg.type === 'param') {
        changed = mark(caller.id, call.arg.index) || changed;
        continue;
      }
      for (const to of resolveTarget(context, file, call.arg, 'text').ids) {
        edges.set(`${caller.id}\0${to}`, { from: caller.id, to, kind: 'consumes', line: call.line });
      }
    }
  }
  return [...edges.values()];
}
