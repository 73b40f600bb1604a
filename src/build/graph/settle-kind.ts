import type { UnitRole } from '../../model/extraction.js';
import type { NodeKind } from '../../model/schema/scan-result.js';

/**
 * A text unit's kind follows from how the graph uses it: included by another unit
 * → fragment; consumed, or included by nothing → prompt. A unit can be both, and
 * `roles` says so; `kind` then names what it is first (a consumed unit is a prompt).
 */
export function settleKind(
  role: UnitRole,
  included: boolean,
  consumed: boolean,
): { kind: NodeKind; roles?: ('prompt' | 'fragment')[] } {
  if (role === 'consumer' || role === 'eval' || role === 'contract') return { kind: role };
  const fragment = included || role === 'fragment';
  const prompt = consumed || !fragment;
  // Sorted, as every list in the result is.
  const roles: ('prompt' | 'fragment')[] = [
    ...(fragment ? ['fragment' as const] : []),
    ...(prompt ? ['prompt' as const] : []),
  ];
  return { kind: consumed || !fragment ? 'prompt' : 'fragment', roles };
}
