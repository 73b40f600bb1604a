const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces every placeholder in one pass, longest first where two start at the
 * same place (`${PERSONA_LONG}` before `${PERSONA}`). A replacement is never
 * scanned again: text an included unit or an argument brings in keeps any
 * `${…}` of its own, even when it reads like a placeholder of the including unit.
 * Each replacement is computed once, and only when its placeholder occurs.
 */
export function replacePlaceholders(text: string, replacements: ReadonlyMap<string, () => string>): string {
  const present = [...replacements.keys()].filter((placeholder) => placeholder && text.includes(placeholder));
  if (!present.length) return text;
  present.sort((left, right) => right.length - left.length);
  const computed = new Map<string, string>();
  return text.replace(new RegExp(present.map(escapeRegExp).join('|'), 'g'), (placeholder) => {
    if (!computed.has(placeholder)) computed.set(placeholder, replacements.get(placeholder)!());
    return computed.get(placeholder)!;
  });
}
