import type { AuditRule, RuleFinding } from '../audit-rule.js';
import type { Suppression } from '../../../model/schema/scan-result.js';
import type { SuppressionUse } from '../apply-suppressions.js';

const written = (suppression: Suppression): string =>
  suppression.scope === 'file' ? 'front matter promptgraph-ignore' : 'promptgraph-ignore-next-line';

/**
 * A suppression that must be fixed or removed: one naming no rule, naming a rule
 * that does not exist, or covering no finding (the problem was fixed, or the
 * comment sits on the wrong line), so suppressions cannot hide what they do not
 * name or outlive what they were for. The runner asks it last, with what every
 * other rule's findings used.
 */
export const unusedSuppression: AuditRule = {
  id: 'unused-suppression',
  title: 'Suppression that names no rule or suppresses nothing',
  description:
    'A `promptgraph-ignore-next-line <rule>` comment (or a front matter `promptgraph-ignore` key) that names no rule, names an unknown rule, or covers no finding of its rule: the problem was fixed, or the comment is on the wrong line. Name the rule the comment accepts, move it to the line before the finding, or delete it.',
  defaultSeverity: 'warning',
  // Its findings depend on every other rule's: the runner computes them with `unusedSuppressions`.
  check: () => [],
};

/** The findings of `unused-suppression`, given which named rules covered a finding and the rule ids that exist. */
export function unusedSuppressions(
  uses: readonly SuppressionUse[],
  suppressions: readonly Suppression[],
  known: ReadonlySet<string>,
): RuleFinding[] {
  const example = (suppression: Suppression) =>
    suppression.scope === 'file'
      ? 'promptgraph-ignore: [unowned-prompt]'
      : 'promptgraph-ignore-next-line unowned-prompt';
  const nameless = suppressions
    .filter((suppression) => suppression.rules.length === 0)
    .map(
      (suppression): RuleFinding => ({
        file: suppression.file,
        line: suppression.line,
        nodes: [],
        key: `${suppression.file} ${suppression.scope} nameless`,
        message: `${written(suppression)} names no rule, so it suppresses nothing; write the rule it accepts (e.g. ${example(suppression)})`,
      }),
    );
  const unused = uses
    .filter((use) => !use.used)
    .map(
      ({ suppression, rule }): RuleFinding => ({
        file: suppression.file,
        line: suppression.line,
        nodes: [],
        key: `${suppression.file} ${suppression.scope} ${rule}`,
        message: known.has(rule)
          ? `${written(suppression)} ${rule} suppresses nothing: no ${rule} finding ${suppression.scope === 'file' ? 'in this file' : `on line ${suppression.line + 1}`}; delete it, or move it to the line before the finding`
          : `${written(suppression)} names '${rule}', which is no audit rule; write one of the rule ids (promptgraph audit --help lists them)`,
      }),
    );
  return [...nameless, ...unused];
}
