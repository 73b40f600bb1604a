/** What a part of a report used of its room, and how many of its items it left out. */
export interface Fitted {
  text: string;
  left: number;
}

/** A part of a report that gives up items, or detail, to fit the characters it is given. */
export interface BudgetPart {
  fit(room: number): Fitted;
}

/**
 * A heading and items, shown in order while they fit, then a note saying how
 * many more there are. With `skip`, an item too long to fit is passed over and
 * later, shorter ones are still tried (a diff of 50,000 characters must not
 * push out every small one); without it the list is cut, so the note's "N
 * more" means the last N. Nothing at all when not even the heading and the
 * note fit, or there are no items.
 */
export function listPart(
  heading: string,
  items: readonly string[],
  more: (count: number) => string,
  options: { skip?: boolean } = {},
): BudgetPart {
  return {
    fit(room) {
      if (!items.length) return { text: '', left: 0 };
      const whole = heading + items.join('');
      if (whole.length <= room) return { text: whole, left: 0 };
      // The note for every item is the longest the note can be: reserving it keeps the cut list and its note within room.
      const reserve = more(items.length).length;
      let text = heading;
      let left = 0;
      for (const [index, item] of items.entries()) {
        if (text.length + item.length + reserve <= room) text += item;
        else if (options.skip) left++;
        else {
          left += items.length - index;
          break;
        }
      }
      if (text === heading) return { text: '', left: items.length };
      return { text: text + more(left), left };
    },
  };
}

/** The first of `alternatives` (most detailed first) that fits; nothing when none does. */
export function choicePart(alternatives: readonly string[]): BudgetPart {
  return {
    fit(room) {
      const chosen = alternatives.find((text) => text.length <= room);
      return chosen === undefined ? { text: '', left: alternatives.length ? 1 : 0 } : { text: chosen, left: 0 };
    },
  };
}

/**
 * Gives each part, in priority order, as much of the budget as it can use; a
 * part of lower priority gets what is left, so it is the one shortened first.
 */
export function fitParts<Key extends string>(budget: number, parts: readonly [Key, BudgetPart][]): Record<Key, Fitted> {
  let room = budget;
  const fitted = {} as Record<Key, Fitted>;
  for (const [key, part] of parts) {
    fitted[key] = part.fit(room);
    room -= fitted[key].text.length;
  }
  return fitted;
}
