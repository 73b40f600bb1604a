import { z } from 'zod';
import { SeveritySchema } from './common.js';
import { AuditLevelSchema, AuditRuleIdSchema } from './audit-rules.js';

export const AuditFindingSchema = z
  .object({
    rule: AuditRuleIdSchema,
    severity: SeveritySchema.describe("The rule's severity after the config's `audit.rules` override."),
    message: z.string().describe('What is wrong, and what to do about it.'),
    file: z.string().describe('Repository-relative, `/`-separated file the finding points at.'),
    line: z.number().int().min(0).describe('1-based first line; 0 when no line applies.'),
    endLine: z.number().int().min(0).describe('1-based last line, inclusive; 0 when no line applies.'),
    nodes: z.array(z.string()).describe('Ids of the graph nodes involved, the one the finding is about first.'),
    fingerprint: z
      .string()
      .describe(
        'Stable identity of the finding (rule and nodes, never line numbers), so CI can tell a new finding from a moved one.',
      ),
    baseline: z
      .enum(['new', 'known'])
      .optional()
      .describe(
        'With `--baseline`: `known` when the baseline holds this finding (it does not fail the audit), `new` when it does not.',
      ),
  })
  .describe('One problem found by an audit rule.');
export type AuditFinding = z.infer<typeof AuditFindingSchema>;

export const AuditRuleInfoSchema = z
  .object({
    id: AuditRuleIdSchema,
    title: z.string().describe('One line naming what the rule finds.'),
    description: z.string().describe('Why it matters and how to fix it.'),
    defaultSeverity: SeveritySchema,
    level: AuditLevelSchema.describe('The level in force for this run (`off` when the config turned it off).'),
  })
  .describe('An audit rule as it ran.');
export type AuditRuleInfo = z.infer<typeof AuditRuleInfoSchema>;

export const AuditBaselineEntrySchema = z
  .object({
    rule: AuditRuleIdSchema,
    fingerprint: z.string().describe("The finding's `fingerprint`: what matches it, whatever line it moves to."),
    file: z.string().describe('Where it was when the baseline was written, for people reading the file.'),
    message: z.string(),
  })
  .describe('A finding accepted when the baseline was written.');
export type AuditBaselineEntry = z.infer<typeof AuditBaselineEntrySchema>;

export const AuditBaselineSchema = z
  .object({
    schemaVersion: z.literal(1),
    findings: z.array(AuditBaselineEntrySchema).describe('Sorted by file, rule, fingerprint.'),
  })
  .describe(
    'The file `promptgraph audit --write-baseline` writes and `--baseline` reads: the findings a team accepts today, so only new ones fail.',
  );
export type AuditBaseline = z.infer<typeof AuditBaselineSchema>;

export const AuditResultSchema = z
  .object({
    schemaVersion: z.literal(1),
    schemaMinor: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        'Additions since `schemaVersion` (absent means 0): 1 adds `findings[].baseline`, `fixed` and `suppressed`; 2 adds the rules `unowned-instructions` and `instructions-contradict-contract` for agent instruction files. A reader of version 1 reads every minor.',
      ),
    root: z.string().describe('Name of the audited repository folder (never an absolute path).'),
    rules: z.array(AuditRuleInfoSchema).describe('Every rule, in a fixed order, with the level it ran at.'),
    findings: z.array(AuditFindingSchema).describe('Sorted by file, line, rule, message.'),
    suppressed: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'Findings left out by a `promptgraph-ignore-next-line` comment or `promptgraph-ignore` front matter key.',
      ),
    fixed: z
      .array(AuditBaselineEntrySchema)
      .optional()
      .describe(
        'With `--baseline`: baseline entries no finding matches any more, fixed since it was written; `--write-baseline` drops them.',
      ),
  })
  .describe('The output of `promptgraph audit --format json`.');
export type AuditResult = z.infer<typeof AuditResultSchema>;
