import { z } from 'zod';
import { impactSchemaMinor } from './common.js';
import { ImpactResultSchema, RiskLevelSchema } from './impact-result.js';

export const CheckFindingSchema = z
  .object({
    reason: z
      .enum([
        'malformed-contract',
        'missing-approval',
        'missing-eval',
        'eval-failed',
        'interface-break',
        'contract-violation',
        'risk',
      ])
      .describe('Why the gate fails.'),
    message: z.string().describe('The same line as the matching entry of `failures`.'),
    file: z
      .string()
      .describe(
        'Repository-relative file to point at: the malformed contract, the contract (or CODEOWNERS-owned file) asking for the approval, the contract or eval config declaring the eval, the changed prompt whose interface broke, the prompt line breaking a contract rule, the first changed prompt for a risk at or above `--fail-on-risk`.',
      ),
    line: z.number().int().min(1).describe('1-based line in `file`.'),
    column: z.number().int().min(1).optional().describe('1-based column, for a malformed contract.'),
  })
  .describe('One reason `check` fails, with where to annotate it.');
export type CheckFinding = z.infer<typeof CheckFindingSchema>;

export const CheckOutcomeSchema = z
  .object({
    ok: z
      .boolean()
      .describe(
        'True when no contract is malformed, every required approval and eval is there, no interface broke without a version bump and the risk is below `failOnRisk`.',
      ),
    failures: z
      .array(z.string())
      .describe(
        'One line per malformed contract, missing approval, missing eval or unversioned interface break, and one for a risk at or above `failOnRisk`.',
      ),
    failOnRisk: RiskLevelSchema.optional().describe(
      'The `--fail-on-risk` threshold the gate applied: it fails when the risk is at this level or above (none < low < unknown < medium < high). Absent: the risk alone never fails it.',
    ),
    findings: z
      .array(CheckFindingSchema)
      .describe('`failures` with their reason and location, in the same order: one per line of `failures`.'),
  })
  .describe('The CI gate over an impact result: what is still missing before the change may merge.');
export type CheckOutcome = z.infer<typeof CheckOutcomeSchema>;

export const CheckResultSchema = CheckOutcomeSchema.extend({
  schemaVersion: z.literal(1),
  schemaMinor: impactSchemaMinor(),
  impact: ImpactResultSchema.describe('The impact result the gate judged, as `impact --format json` prints it.'),
}).describe('The output of `promptgraph check --format json`: the verdict, every failure, and the impact it judged.');
export type CheckResult = z.infer<typeof CheckResultSchema>;
