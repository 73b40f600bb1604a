import { z } from 'zod';

/** Version of every JSON document promptgraph writes; bumped on a breaking change. */
export const SCHEMA_VERSION = 1;
/**
 * Additive changes to the scan result since `SCHEMA_VERSION`: 1 adds token counts;
 * 2 adds a registry reference's own `label`/`version` on its edge and `suppressions`;
 * 3 adds agent instruction files (format `agent-instructions`, `scope`, `prepend`
 * and `link` includes), packages published and imported, and the merged graph's
 * `repositories`, node `repository`, edge `package` and diagnostic `repository`.
 */
export const SCAN_SCHEMA_MINOR = 3;
/**
 * Additive changes to the audit result since `SCHEMA_VERSION`: 1 adds `baseline`,
 * `fixed` and `suppressed`; 2 adds the rules `unowned-instructions` and
 * `instructions-contradict-contract`.
 */
export const AUDIT_SCHEMA_MINOR = 2;

/**
 * Additive changes to the impact result since `SCHEMA_VERSION` (the release report
 * and the check result carry its teams, approvals and risk, so they say the same):
 * 1 adds owner types (team or user), approvals any one of several owners satisfies
 * (`anyOf`), and the `unknown` risk with its reasons; 2 adds where each approval
 * and eval is declared (`file`/`line`) and the check result's located `findings`;
 * 3 adds `organisation` (what `impact --against` reaches in other repositories).
 */
export const IMPACT_SCHEMA_MINOR = 3;

/** The `schemaMinor` field of the documents that carry an impact result's parts. */
export const impactSchemaMinor = () =>
  z
    .number()
    .int()
    .min(0)
    .optional()
    .describe(
      "Additions since `schemaVersion` (absent means 0): 1 adds owner types (`teams[].type`, `approvals[].anyOf`) and the `unknown` risk (`risk.unknown`); 2 adds where approvals and evals are declared (`file`/`line`) and the check result's `findings`; 3 adds `organisation` (`impact --against`). A reader of version 1 reads every minor.",
    );

export const LineRangeSchema = z
  .object({
    start: z.number().int().min(1).describe('First line, 1-based.'),
    end: z.number().int().min(1).describe('Last line, 1-based, inclusive.'),
  })
  .describe('A 1-based, inclusive line range.');
export type LineRange = z.infer<typeof LineRangeSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const DiagnosticSchema = z
  .object({
    severity: SeveritySchema,
    code: z.string().describe('Stable kebab-case identifier, e.g. `dangling-reference`.'),
    message: z.string().describe('What is wrong and what to do about it.'),
    file: z.string().describe('Repository-relative, `/`-separated path; empty when no file applies.'),
    line: z.number().int().min(0).describe('1-based line; 0 when no line applies.'),
    column: z.number().int().min(0).optional().describe('1-based column, when known.'),
    repository: z
      .string()
      .optional()
      .describe(
        'In a merged organisation graph: the repository `file` is in (or, for a link between repositories, the importing one).',
      ),
  })
  .describe('A problem found while scanning; the scan goes on.');
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
