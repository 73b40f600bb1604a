/**
 * What an owner handle names. GitHub: `@org/team-name` is a team; `@username`
 * and an email address (looked up as the user it belongs to) are users. A
 * handle without a slash is a team only where the data says so: a contract's
 * `{ team, count }` approver, or a team listed in `--review-data`.
 */
export type OwnerType = 'team' | 'user';

export function ownerType(handle: string, knownTeams?: ReadonlySet<string>): OwnerType {
  if (knownTeams?.has(handle)) return 'team';
  return handle.startsWith('@') && handle.includes('/') ? 'team' : 'user';
}

/** `@org/docs (team)`, `@alice (user)`: how every human-readable report names an owner. */
export const ownerLabel = (handle: string, type: OwnerType): string => `${handle} (${type})`;

/**
 * Owners counted as what they are: `2 teams (@acme/sales, @acme/support)`,
 * `1 team (@acme/web) and 2 users (@alice, @bob)`. `typeOf` defaults to the
 * handle's shape.
 */
export function ownersPhrase(
  handles: readonly string[],
  typeOf: (handle: string) => OwnerType = (handle) => ownerType(handle),
): string {
  const teams = handles.filter((handle) => typeOf(handle) === 'team');
  const users = handles.filter((handle) => typeOf(handle) === 'user');
  const part = (list: readonly string[], noun: string) =>
    `${list.length} ${noun}${list.length === 1 ? '' : 's'} (${list.join(', ')})`;
  return [...(teams.length ? [part(teams, 'team')] : []), ...(users.length ? [part(users, 'user')] : [])].join(' and ');
}

/**
 * Who an approval asks, as a reader needs it: `@ada (user)`, `@acme/web (team)`,
 * and for a group any one of whom may approve, `one of @alice, @bob (users)`.
 */
export function approverLabel(approval: { anyOf: readonly { handle: string; type: OwnerType }[] }): string {
  const [first, ...rest] = approval.anyOf;
  if (!first) return '';
  if (!rest.length) return ownerLabel(first.handle, first.type);
  const types = new Set(approval.anyOf.map((owner) => owner.type));
  const handles =
    types.size === 1
      ? `${approval.anyOf.map((owner) => owner.handle).join(', ')} (${first.type}s)`
      : approval.anyOf.map((owner) => ownerLabel(owner.handle, owner.type)).join(', ');
  return `one of ${handles}`;
}
