/**
 * Orders strings by UTF-16 code unit, as `Array.prototype.sort()` does without a
 * comparator: never by the machine's locale (`localeCompare` puts `a` before `B`
 * in English and may order accents differently elsewhere), so every output is
 * byte-identical wherever it is produced.
 */
export const compareText = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);
