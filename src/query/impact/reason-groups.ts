/** More names than this in one reason are counted, not listed: the JSON's `teams` and `affected` list them all. */
export const LISTED_NAMES = 10;

/** A name in a reason; nodes carry their kind so a sentence can say `prompts a, b, consumer c`. */
export interface ReasonItem {
  id: string;
  kind?: string;
}

interface Group {
  head: string;
  tail: string;
  items: ReasonItem[];
}

/**
 * Why-sentences that say a shared reason once: items added under the same head
 * and tail become one sentence listing them ("owns affected prompt a, consumer b
 * (… says downstream_approval: required)"), in the order they were first added.
 */
export class ReasonGroups {
  private readonly groups = new Map<string, Group>();

  add(head: string, item?: ReasonItem, tail = ''): void {
    const key = `${head}\0${tail}`;
    const group = this.groups.get(key) ?? { head, tail, items: [] };
    if (item && !group.items.some((existing) => existing.id === item.id)) group.items.push(item);
    this.groups.set(key, group);
  }

  sentences(): string[] {
    return [...this.groups.values()].map(
      (group) => `${group.head}${group.items.length ? ` ${names(group.items)}` : ''}${group.tail}`,
    );
  }
}

/** `a, b`; nodes by kind, each kind said once (`prompts a, b, consumer c`); past LISTED_NAMES, `and N more`. */
function names(items: readonly ReasonItem[]): string {
  const shown = items.slice(0, LISTED_NAMES);
  const kinds = new Map<string, string[]>();
  for (const item of shown) kinds.set(item.kind ?? '', [...(kinds.get(item.kind ?? '') ?? []), item.id]);
  const text = [...kinds]
    .map(([kind, ids]) => (kind ? `${kind}${ids.length > 1 ? 's' : ''} ${ids.join(', ')}` : ids.join(', ')))
    .join(', ');
  return items.length > shown.length ? `${text} and ${items.length - shown.length} more` : text;
}
