import { z } from 'zod';

/**
 * GitLab's Code Quality report, as "Code Quality report format" in
 * https://docs.gitlab.com/ci/testing/code_quality/ lists it: a JSON array of
 * objects, each with `description`, `check_name`, `fingerprint`, `severity`
 * (`info`, `minor`, `major`, `critical` or `blocker`), `location.path` (relative
 * to the repository root) and `location.lines.begin` (or
 * `location.positions.begin.line`). GitLab publishes no JSON Schema file for this
 * report (only for its security reports), so the documented required fields are
 * encoded here, for tests only: it is GitLab's format, not one of ours.
 */
const LineSchema = z.number().int().min(1);

export const GitlabCodeQualityIssueSchema = z.object({
  description: z.string().min(1),
  check_name: z.string().min(1),
  fingerprint: z.string().min(1),
  severity: z.enum(['info', 'minor', 'major', 'critical', 'blocker']),
  location: z.union([
    z.object({
      path: z
        .string()
        .min(1)
        .refine((path) => !path.startsWith('/') && !path.startsWith('./'), 'a repository-relative path'),
      lines: z.object({ begin: LineSchema, end: LineSchema.optional() }),
    }),
    z.object({
      path: z.string().min(1),
      positions: z.object({ begin: z.object({ line: LineSchema, column: LineSchema.optional() }) }),
    }),
  ]),
});

export const GitlabCodeQualityReportSchema = z.array(GitlabCodeQualityIssueSchema);

/** Parses a report and fails loudly, naming the first issue that breaks GitLab's documented format. */
export function validCodeQuality(text: string): z.infer<typeof GitlabCodeQualityReportSchema> {
  const parsed = GitlabCodeQualityReportSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`not a GitLab Code Quality report: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
