import type { Approval } from '../../model/schema/impact-result.js';
import { ownerType } from '../../model/owner-handle.js';
import type { ReviewData } from './impact-input.js';
import { ReasonGroups, type ReasonItem } from './reason-groups.js';

type Source = Approval['sources'][number];

/** Where a requirement is declared: the first one for an approval is where `check` annotates its absence. */
export interface Place {
  file: string;
  line: number;
}

/** An approval being gathered: its reasons are grouped so a reason shared by many nodes is said once. */
interface Pending
  extends Omit<Approval, 'approver' | 'anyOf' | 'approvedBy' | 'satisfied' | 'why' | 'file' | 'line'>,
    Place {
  handles: string[];
  reasons: ReasonGroups;
}

/**
 * The approvals a change needs, gathered one request at a time: requests naming
 * the same owners (any one of whom may approve) become one approval, with the
 * highest count, required when any request is, and every reason.
 */
export class ApprovalRequests {
  private readonly pending = new Map<string, Pending>();

  need(
    anyOf: readonly string[],
    count: number,
    required: boolean,
    source: Source,
    head: string,
    at: Place,
    item?: ReasonItem,
    tail?: string,
  ): void {
    const handles = [...new Set(anyOf)].sort();
    if (!handles.length) return;
    const key = handles.join(' ');
    const existing = this.pending.get(key) ?? {
      handles,
      count,
      required,
      sources: [],
      reasons: new ReasonGroups(),
      ...at,
    };
    existing.count = Math.max(existing.count, count);
    existing.required ||= required;
    if (!existing.sources.includes(source)) existing.sources.push(source);
    existing.reasons.add(head, item, tail);
    this.pending.set(key, existing);
  }

  /** Each approval `satisfied` by the approvals in `review`, a team's members (from review data) counting for it. */
  approvals(review: ReviewData, knownTeams?: ReadonlySet<string>): Approval[] {
    return [...this.pending.values()]
      .map(({ reasons, handles, file, line, ...approval }): Approval => {
        const approvedBy = countingApprovals(handles, review);
        return {
          approver: handles.join(' | '),
          anyOf: handles.map((handle) => ({ handle, type: ownerType(handle, knownTeams) })),
          ...approval,
          sources: approval.sources.sort(),
          why: reasons.sentences(),
          approvedBy,
          satisfied: approvedBy.length >= approval.count,
          file,
          line,
        };
      })
      .sort((left, right) => (left.approver < right.approver ? -1 : 1));
  }
}

/** The given approvals from any of `handles`, or from a member review data lists for one of them. */
function countingApprovals(handles: readonly string[], review: ReviewData): string[] {
  const members = new Set(handles.flatMap((handle) => [handle, ...(review.teams?.[handle] ?? [])]));
  return [...new Set(review.approvedBy.filter((handle) => members.has(handle)))].sort();
}
