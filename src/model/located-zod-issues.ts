import type { Document, LineCounter } from 'yaml';
import type { z } from 'zod';
import { zodIssueLocation } from './zod-issue-location.js';

export interface LocatedIssue {
  line: number;
  column: number;
  message: string;
}

/**
 * Every zod issue of a YAML (or JSON) document as `path: message` at its line and
 * column, in the file's order (zod reports in schema order; the file's is the one
 * to read and fix). An unknown key is one issue per key, at the key itself, so a
 * misspelt field is found on its own line; a union is explained by its branches.
 */
export function locatedZodIssues(
  document: Document,
  lineCounter: LineCounter,
  issues: readonly z.core.$ZodIssue[],
  root: string,
): LocatedIssue[] {
  return expandUnions(issues)
    .flatMap((issue): LocatedIssue[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            ...zodIssueLocation(document, lineCounter, issue, key),
            message: `${[...issue.path, key].join('.')}: unknown key`,
          }))
        : [
            {
              ...zodIssueLocation(document, lineCounter, issue),
              message: `${issue.path.join('.') || root}: ${issue.message}`,
            },
          ],
    )
    .sort((left, right) => left.line - right.line || left.column - right.column);
}

/**
 * zod says only "Invalid input" for a value no branch of a union accepts. When the
 * value has the type of exactly one branch (`{ team, count: 'two' }` is an object,
 * so not the handle), that branch's own issues say what is wrong, at their paths;
 * otherwise the issue names the types the value could have had.
 */
function expandUnions(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue): z.core.$ZodIssue[] => {
    if (issue.code !== 'invalid_union' || !issue.errors.length) return [issue];
    const wrongType = (branch: readonly z.core.$ZodIssue[]) =>
      branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0;
    const matching = issue.errors.filter((branch) => !wrongType(branch));
    if (matching.length === 1)
      return expandUnions(matching[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
    const expected = [
      ...new Set(issue.errors.filter(wrongType).map((branch) => (branch[0] as z.core.$ZodIssueInvalidType).expected)),
    ];
    const received = /received (\w+)/.exec(issue.errors[0]![0]!.message)?.[1];
    return expected.length === issue.errors.length
      ? [
          {
            ...issue,
            message: `Invalid input: expected ${expected.join(' or ')}${received ? `, received ${received}` : ''}`,
          },
        ]
      : [issue];
  });
}
