import { z } from 'zod';
import { DiagnosticSchema, impactSchemaMinor } from './common.js';
import { TeamApprovalSchema } from './contract-file.js';
import {
  ApprovalSchema,
  CompositionShape,
  EvalRequirementSchema,
  InterfaceChangeSchema,
  InvariantsSchema,
  NodeRefShape,
  RevisionSchema,
  RiskSchema,
  TeamImpactSchema,
} from './impact-result.js';
import { PromptCommitSchema, WalkStatsSchema } from './prompt-history.js';

export const ReleaseContractSchema = z
  .object({
    id: z.string().describe('Contract node id.'),
    governs: z
      .array(z.string())
      .describe('Which of the prompt and the changed nodes it was changed through this contract governs.'),
    owners: z.array(z.string()),
    approvers: z
      .array(z.union([z.string(), TeamApprovalSchema]))
      .describe('Who must approve a change, as the contract says at the head.'),
    downstream_approval: z.enum(['none', 'notify', 'required']),
    invariants: z.array(z.string()).describe('Sentences reviewers must check.'),
    evals: z.array(z.string()).describe("Names of the contract's evals."),
    version: z.union([z.string(), z.number()]).optional(),
  })
  .describe('A contract that governs a changed prompt, or a fragment it changed through.');
export type ReleaseContract = z.infer<typeof ReleaseContractSchema>;

export const ReleasePromptSchema = z
  .object({
    ...NodeRefShape,
    ...CompositionShape,
    renamedFrom: z.string().optional().describe("The prompt's id at the base when it was renamed or moved since."),
    change: z
      .enum(['direct', 'included'])
      .describe("`direct`: the prompt's own text changed; `included`: only fragments it includes changed."),
    through: z
      .array(z.string())
      .describe(
        'The changed prompt text its composed text changed through: itself when edited, and every edited fragment it includes, however deep. Sorted.',
      ),
    teams: z.array(z.string()).describe('Owners of the prompt and of what it changed through. Sorted.'),
    contracts: z
      .array(ReleaseContractSchema)
      .describe(
        'Contracts governing the prompt or what it changed through, with their approvers and invariants. Sorted by id.',
      ),
    evals: z
      .array(z.string())
      .describe('Ids of the evals to run for this prompt (details under `evals` of the report). Sorted.'),
    commits: z
      .array(PromptCommitSchema)
      .describe('First-parent commits between base and head that changed the composed text, newest first.'),
  })
  .describe('A prompt whose composed text changed between the two revisions.');
export type ReleasePrompt = z.infer<typeof ReleasePromptSchema>;

export const ReleaseReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    schemaMinor: impactSchemaMinor(),
    base: RevisionSchema.describe('The older release; `commit` is the merge base of it and the head.'),
    head: RevisionSchema.describe('The newer release.'),
    firstParent: z
      .literal(true)
      .describe(
        'Commits are attributed along first parents: a merge counts as one commit with everything it brought in.',
      ),
    prompts: z.array(ReleasePromptSchema).describe('Every prompt whose composed text changed, sorted by id.'),
    teams: z
      .array(TeamImpactSchema)
      .describe('Every owner of a changed or affected node (as `impact` reports them). Sorted by team.'),
    approvals: z
      .array(ApprovalSchema)
      .describe('Who must approve and why (as `impact` reports them). Sorted by approver.'),
    evals: z.array(EvalRequirementSchema).describe('Evals to have run for the release. Sorted by id.'),
    invariants: z.array(InvariantsSchema).describe('Invariants reviewers must check. Sorted by contract.'),
    interfaceChanges: z.array(InterfaceChangeSchema).describe('Contract interfaces that broke. Sorted by contract.'),
    risk: RiskSchema,
    walk: WalkStatsSchema,
    diagnostics: z
      .array(DiagnosticSchema)
      .describe('Errors anywhere at the head, and the warnings in changed files or new since the base.'),
  })
  .describe('The output of `promptgraph report --format json`: every prompt change between two releases.');
export type ReleaseReport = z.infer<typeof ReleaseReportSchema>;
