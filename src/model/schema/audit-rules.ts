import { z } from 'zod';
import { GlobSchema } from './glob.js';

/** Every audit rule, by its stable id (also the SARIF `ruleId` and the config key). */
export const AuditRuleIdSchema = z
  .enum([
    'unowned-prompt',
    'unowned-instructions',
    'instructions-contradict-contract',
    'shared-without-contract',
    'prompt-in-env',
    'unpinned-remote-reference',
    'include-cycle',
    'dangling-reference',
    'contract-invalid',
    'contract-target-missing',
    'contract-without-evals',
    'orphan-prompt',
    'duplicate-prompt-text',
    'unused-suppression',
  ])
  .describe('An audit rule id.');
export type AuditRuleId = z.infer<typeof AuditRuleIdSchema>;

/** A rule's configured level: a severity, or `off` to not run it. */
export const AuditLevelSchema = z
  .enum(['off', 'info', 'warning', 'error'])
  .describe('`off` turns the rule off; otherwise the severity its findings get.');
export type AuditLevel = z.infer<typeof AuditLevelSchema>;

/** A rule's settings in full: its level, and the files its findings may point at. */
export const AuditRuleSettingsSchema = z
  .object({
    level: AuditLevelSchema.optional().describe("The rule's level; its default severity when left out."),
    paths: z
      .array(GlobSchema)
      .optional()
      .describe(
        'Globs (repository-relative) of the files the rule reports on; its findings elsewhere are dropped. All files when left out.',
      ),
    ignore: z
      .array(GlobSchema)
      .optional()
      .describe('Globs of files the rule does not report on, e.g. `["**/tests/**", "**/fixtures/**"]`.'),
  })
  .strict()
  .describe(
    'A rule adopted on part of the repository: `{ level: error, paths: ["services/**"], ignore: ["**/tests/**"] }`.',
  );
export type AuditRuleSettings = z.infer<typeof AuditRuleSettingsSchema>;

export const AuditConfigSchema = z
  .object({
    rules: z
      .partialRecord(AuditRuleIdSchema, z.union([AuditLevelSchema, AuditRuleSettingsSchema]))
      .default({})
      .describe(
        'Per rule: a level overriding the default severity (`orphan-prompt: off`), or settings with a level and the `paths`/`ignore` globs it reports on.',
      ),
  })
  .strict()
  .describe('`promptgraph audit` settings.');
export type AuditConfig = z.infer<typeof AuditConfigSchema>;

/** A rule's settings as the config writes them, in full. */
export const ruleSettings = (value: AuditLevel | AuditRuleSettings | undefined): AuditRuleSettings =>
  typeof value === 'string' ? { level: value } : (value ?? {});
