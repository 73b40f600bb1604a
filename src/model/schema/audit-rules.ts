import { z } from 'zod';

/** Every audit rule, by its stable id (also the SARIF `ruleId` and the config key). */
export const AuditRuleIdSchema = z
  .enum([
    'unowned-prompt',
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
  ])
  .describe('An audit rule id.');
export type AuditRuleId = z.infer<typeof AuditRuleIdSchema>;

/** A rule's configured level: a severity, or `off` to not run it. */
export const AuditLevelSchema = z
  .enum(['off', 'info', 'warning', 'error'])
  .describe('`off` turns the rule off; otherwise the severity its findings get.');
export type AuditLevel = z.infer<typeof AuditLevelSchema>;

export const AuditConfigSchema = z
  .object({
    rules: z
      .partialRecord(AuditRuleIdSchema, AuditLevelSchema)
      .default({})
      .describe('Per-rule level overriding the default severity, e.g. `orphan-prompt: off`.'),
  })
  .strict()
  .describe('`promptgraph audit` settings.');
export type AuditConfig = z.infer<typeof AuditConfigSchema>;
