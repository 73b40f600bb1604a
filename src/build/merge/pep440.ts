/**
 * Enough of PEP 440 to say whether a version is inside a specifier set
 * (`>=1.0,<1.4`, `~=1.4`, `==1.*`, `!=1.3.2`): release numbers compared
 * numerically, a pre-release (`1.4.0rc1`) before its release. Returns undefined
 * for what it cannot read, so an unknown range is never reported as a mismatch.
 */
export function pep440Satisfies(version: string, specifiers: string): boolean | undefined {
  const parsed = parseVersion(version);
  if (!parsed) return undefined;
  const clauses = specifiers
    .split(',')
    .map((clause) => clause.trim())
    .filter(Boolean);
  if (!clauses.length) return undefined;
  for (const clause of clauses) {
    const result = clauseHolds(parsed, clause);
    if (result === undefined) return undefined;
    if (!result) return false;
  }
  return true;
}

interface Version {
  release: number[];
  /** Negative for a pre-release (sorts before the release), 0 otherwise. */
  pre: number;
}

function parseVersion(text: string): Version | undefined {
  const match =
    /^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d*))?(?:[-_.]?(?:post|rev|r)\d*)?(?:[-_.]?dev\d*)?(?:\+.*)?$/i.exec(
      text.trim(),
    );
  if (!match) return undefined;
  return { release: match[1]!.split('.').map(Number), pre: match[2] ? -1 : 0 };
}

function compare(left: Version, right: Version): number {
  const length = Math.max(left.release.length, right.release.length);
  for (let index = 0; index < length; index++) {
    const difference = (left.release[index] ?? 0) - (right.release[index] ?? 0);
    if (difference) return Math.sign(difference);
  }
  return Math.sign(left.pre - right.pre);
}

/** `==1.4.*`: the leading release segments match. */
const prefixMatches = (version: Version, prefix: number[]): boolean =>
  prefix.every((segment, index) => (version.release[index] ?? 0) === segment);

function clauseHolds(version: Version, clause: string): boolean | undefined {
  const match = /^(~=|===|==|!=|<=|>=|<|>)\s*(.+)$/.exec(clause);
  if (!match) return undefined;
  const [, operator, operand] = match as unknown as [string, string, string];
  if (operand.endsWith('.*') && (operator === '==' || operator === '!=')) {
    const prefix = operand.slice(0, -2).split('.').map(Number);
    if (prefix.some(Number.isNaN)) return undefined;
    return operator === '==' ? prefixMatches(version, prefix) : !prefixMatches(version, prefix);
  }
  const bound = parseVersion(operand);
  if (!bound) return undefined;
  const order = compare(version, bound);
  switch (operator) {
    case '~=':
      // ~=1.4.2 is >=1.4.2 and ==1.4.*: every segment but the last must match.
      return bound.release.length >= 2 && order >= 0 && prefixMatches(version, bound.release.slice(0, -1));
    case '==':
    case '===':
      return order === 0;
    case '!=':
      return order !== 0;
    case '<=':
      return order <= 0;
    case '>=':
      return order >= 0;
    case '<':
      return order < 0;
    case '>':
      return order > 0;
  }
  return undefined;
}
