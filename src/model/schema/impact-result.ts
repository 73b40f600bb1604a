import { z } from 'zod';
import { DiagnosticSchema, impactSchemaMinor, LineRangeSchema } from './common.js';
import { EdgeKindSchema, NodeKindSchema } from './scan-result.js';
import { TokenizerSchema } from './token-count.js';
import { RISK_LEVELS } from '../risk-levels.js';

export const ChangeClassSchema = z
  .enum(['added', 'removed', 'renamed', 'whitespace', 'wording', 'variables', 'structure', 'output', 'code'])
  .describe(
    "How a node changed: `whitespace` only; `wording` of the composed text; `variables` appeared or disappeared; `structure` (includes added or removed); `output` (the governing contract's output schema changed); `code` (source that is not prompt text: a consumer's code, a contract's fields, a prompt file's front matter); `added`, `removed`, `renamed`.",
  );
export type ChangeClass = z.infer<typeof ChangeClassSchema>;

export const RevisionSchema = z
  .object({
    ref: z
      .string()
      .describe('The revision as given (`origin/main`, `v1.2.0`), or `working-tree` for uncommitted files.'),
    commit: z.string().optional().describe('The commit compared: for the base, the merge base of `ref` and the head.'),
  })
  .describe('One side of the comparison.');

export const NodeRefShape = {
  id: z.string().describe('Node id, as in the scan result.'),
  kind: NodeKindSchema,
  file: z.string().describe('Repository-relative, `/`-separated.'),
  symbol: z.string().optional().describe('Symbol name where one applies.'),
  name: z.string().optional(),
  range: LineRangeSchema.describe('Lines of the node at the head (at the base for a removed node).'),
  owners: z.array(z.string()).describe('Owner handles, sorted.'),
};

export const CompositionShape = {
  classification: z
    .array(ChangeClassSchema)
    .describe(
      'Every class that applies, in a fixed order; empty when the composed text did not change or there is no base to compare with.',
    ),
  variables: z
    .object({ added: z.array(z.string()), removed: z.array(z.string()) })
    .describe('Template variables of the composed text that appeared or disappeared.'),
  includes: z
    .object({ added: z.array(z.string()), removed: z.array(z.string()) })
    .describe(
      'Node ids this node includes now, directly or through what it includes, and did not before, and the reverse.',
    ),
  composed: z
    .object({ base: z.string().optional(), head: z.string().optional() })
    .optional()
    .describe(
      'The full composed text at each side (includes resolved, variables left as placeholders); only for prompt text.',
    ),
  diff: z
    .string()
    .optional()
    .describe(
      'Unified diff of the composed text, base → head; absent when it did not change. For text with several branches, one diff per branch that changed, was added or was removed, each labelled `(branch N of M)`.',
    ),
  variants: z
    .array(
      z.object({
        branch: z
          .number()
          .int()
          .min(1)
          .describe('1-based, in source order at the head; at the base for a removed branch.'),
        change: z.enum(['unchanged', 'changed', 'added', 'removed']),
      }),
    )
    .optional()
    .describe(
      'For text with several branches (a function with several returns, `cond ? A : B`, or a prompt built on one: a branch per combination): each branch and how its composed text changed. Branches are matched as a set: an unchanged branch stays unchanged wherever it moved, and `classification` and `diff` speak of the others only.',
    ),
  tokens: z
    .object({
      base: z.number().int().min(0).optional(),
      head: z.number().int().min(0).optional(),
      delta: z.number().int().optional().describe('head − base, when both sides exist.'),
      tokenizer: TokenizerSchema,
      approximate: z.boolean().optional(),
    })
    .optional()
    .describe('Tokens of the composed text at each side, counted with the tokenizer of the model at the head.'),
};

export const ChangedNodeSchema = z
  .object({
    ...NodeRefShape,
    ...CompositionShape,
    renamedFrom: z.string().optional().describe("The node's id at the base when its file was renamed."),
    contracts: z.array(z.string()).describe('Ids of the contracts governing the node.'),
  })
  .describe('A node changed directly by the change.');
export type ChangedNode = z.infer<typeof ChangedNodeSchema>;

export const AffectedNodeSchema = z
  .object({
    ...NodeRefShape,
    ...CompositionShape,
    distance: z.number().int().min(1).describe('Edges between the nearest changed node and this one.'),
    path: z
      .array(z.string())
      .describe('One shortest path of node ids from a changed node to this one, both ends included.'),
    via: EdgeKindSchema.describe(
      'The kind of the last edge of `path`, read as "this node includes / consumes / is fed by the previous one".',
    ),
    contracts: z.array(z.string()).describe('Ids of the contracts governing the node.'),
  })
  .describe('A node downstream of a change: it includes, consumes or reads the output of something changed.');
export type AffectedNode = z.infer<typeof AffectedNodeSchema>;

export const OwnerTypeSchema = z
  .enum(['team', 'user'])
  .describe(
    "`team` for `@org/team-name` (and a handle a contract's `{ team, count }` or the review data's `teams` names); `user` for `@username` and an email address.",
  );

export const OwnerSchema = z
  .object({
    handle: z.string().describe('As written: `@alice`, `@org/team`, `docs@example.com`.'),
    type: OwnerTypeSchema,
  })
  .describe('An owner handle and what it names.');
export type Owner = z.infer<typeof OwnerSchema>;

export const TeamImpactSchema = z
  .object({
    team: z.string().describe('Owner handle (a team or a user: see `type`).'),
    type: OwnerTypeSchema,
    changed: z.array(z.string()).describe('Ids of changed nodes it owns.'),
    affected: z.array(z.string()).describe('Ids of affected nodes it owns.'),
    why: z.array(z.string()).describe('Sentences saying why the owner is involved.'),
  })
  .describe('An owner of a changed or affected node: a team or an individual user.');
export type TeamImpact = z.infer<typeof TeamImpactSchema>;

export const ApprovalSourceSchema = z
  .enum(['contract', 'codeowners', 'downstream', 'owners'])
  .describe(
    "`contract`: a contract's approvers (or a changed contract's owners); `codeowners`: the CODEOWNERS rule of a changed file; `downstream`: owners of affected nodes per `downstream_approval`; `owners`: the owners of a changed prompt whose consumers are unknown (see `risk.unknown`).",
  );

export const ApprovalSchema = z
  .object({
    approver: z
      .string()
      .describe(
        'Who must approve: a handle, or the handles of `anyOf` joined by ` | ` when any one of several may approve.',
      ),
    anyOf: z
      .array(OwnerSchema)
      .min(1)
      .describe(
        "Any one of these may approve (GitHub: one code owner of the matching CODEOWNERS line is enough); a team's members from review data count as the team. Sorted by handle.",
      ),
    count: z
      .number()
      .int()
      .min(1)
      .describe('Approvals needed (more than one only for a contract `{ team, count }` or a GitLab `[Section][N]`).'),
    required: z
      .boolean()
      .describe('False for downstream owners a contract only asks to notify, and for optional GitLab sections.'),
    sources: z.array(ApprovalSourceSchema).describe('Where the requirement comes from.'),
    why: z.array(z.string()),
    approvedBy: z.array(z.string()).describe('The given approvals that count towards this one.'),
    satisfied: z.boolean(),
    file: z
      .string()
      .optional()
      .describe(
        'Where the first requirement for this approver is declared: the contract asking for it, else the changed file CODEOWNERS assigns to them.',
      ),
    line: z.number().int().min(1).optional().describe('1-based line in `file`.'),
  })
  .describe('An approval the change needs (or owners to notify of it).');
export type Approval = z.infer<typeof ApprovalSchema>;

export const EvalRequirementSchema = z
  .object({
    id: z.string().describe('Eval node id.'),
    name: z
      .string()
      .describe(
        "The name `--evals-passed` accepts: the eval's own name (a contract eval's `name`, a promptfoo config's `description`, else its path) when no other eval has it, else its `file#name` (or file). The id and `file#name` always work too.",
      ),
    scope: z.enum(['isolated', 'composed']).describe("`composed` evals test a consumer's whole pipeline."),
    file: z.string().describe('The contract or eval config declaring it.'),
    line: z.number().int().min(1).optional().describe('1-based line in `file` where the eval is declared.'),
    command: z.string().optional().describe('How to run it.'),
    path: z.string().optional(),
    why: z.array(z.string()),
    prompts: z
      .array(z.string())
      .optional()
      .describe(
        'The changed or affected prompts this eval reaches (it evaluates them, or something they include): `promptgraph evals` writes their base and head composed text.',
      ),
    results: z
      .object({
        sources: z.array(z.string()).describe('The promptfoo results files read for it.'),
        head: z.object({ passed: z.number().int(), failed: z.number().int() }).describe('Test rows on the head side.'),
        base: z
          .object({ passed: z.number().int(), failed: z.number().int() })
          .optional()
          .describe('Test rows on the base side, for comparison; they do not decide `passed`.'),
        missing: z.array(z.string()).describe('Prompts the eval reaches that the results hold no head row for.'),
      })
      .optional()
      .describe('What `--eval-results` said about it.'),
    passed: z
      .boolean()
      .describe(
        'True when named by `--evals-passed`, or when its promptfoo results (`--eval-results`) hold a head row for every prompt it reaches and every head row passed.',
      ),
  })
  .describe('An eval that must run for this change.');
export type EvalRequirement = z.infer<typeof EvalRequirementSchema>;

export const InvariantsSchema = z
  .object({
    contract: z.string(),
    nodes: z.array(z.string()).describe('Changed or affected nodes the contract governs.'),
    invariants: z.array(z.string()),
  })
  .describe('Sentences reviewers must check, from a contract governing a changed or affected node.');

export const InterfaceChangeSchema = z
  .object({
    contract: z.string(),
    nodes: z.array(z.string()).describe('Changed or affected nodes whose interface broke.'),
    reasons: z.array(z.string()),
    version: z.object({
      base: z.union([z.string(), z.number()]).optional(),
      head: z.union([z.string(), z.number()]).optional(),
    }),
    bumped: z.boolean().describe('True when `version` differs between base and head.'),
  })
  .describe(
    "A breaking change to a contract's interface: variables removed or added without a default, or the output schema changed.",
  );
export type InterfaceChange = z.infer<typeof InterfaceChangeSchema>;

const LocationSchema = z
  .object({ file: z.string(), line: z.number().int().min(0) })
  .describe('A repository-relative file and 1-based line.');

export const ContractViolationSchema = z
  .object({
    kind: z
      .enum(['must_include', 'must_not_include', 'max_tokens', 'variables', 'output_schema', 'model'])
      .describe('The contract rule broken.'),
    contract: z.string().describe('Contract node id.'),
    prompt: z.string().describe('The prompt whose composed text (at the head) breaks it.'),
    message: z.string(),
    contractLocation: LocationSchema.describe('The rule in the contract file.'),
    promptLocation: LocationSchema.describe(
      'Where in the prompt: the line of a forbidden match (in the unit that holds it), else the prompt’s first line.',
    ),
  })
  .describe(
    "A machine-checked contract rule the head's composed text breaks, for a governed prompt or a prompt including a governed fragment.",
  );
export type ContractViolation = z.infer<typeof ContractViolationSchema>;
export const RiskLevelSchema = z
  .enum(RISK_LEVELS)
  .describe(
    'One-word summary, from least to most worrying: `none`, `low`, `unknown` (a changed prompt or fragment reaches no known consumer), `medium`, `high`.',
  );
export type RiskLevel = z.infer<typeof RiskLevelSchema>;

export const UnknownReachSchema = z
  .object({
    id: z.string().describe('The changed prompt or fragment.'),
    reason: z
      .enum(['no-consumer'])
      .describe('Why its reach is unknown: `no-consumer`, no code was found that sends it to a model.'),
    message: z.string().describe('The reason as a sentence.'),
  })
  .describe('A changed prompt or fragment whose consumers are unknown, so its blast radius cannot be told.');
export type UnknownReach = z.infer<typeof UnknownReachSchema>;

export const RiskSchema = z
  .object({
    level: RiskLevelSchema,
    reasons: z.array(z.string()),
    unknown: z
      .array(UnknownReachSchema)
      .describe(
        'The changed prompts and fragments whose consumers are unknown, sorted by id; empty when every one has a consumer.',
      ),
  })
  .describe('How risky the change is, and why.');
export type Risk = z.infer<typeof RiskSchema>;

export const AffectedElsewhereSchema = z
  .object({
    ...NodeRefShape,
    id: z.string().describe('Node id, as the scan of its own repository gives it.'),
    repository: z.string().describe('The repository holding it; `file` is relative to it.'),
    distance: z.number().int().min(1).describe('Edges between the nearest changed node and this one.'),
    path: z
      .array(z.string())
      .describe('One shortest path of merged-graph ids (`<repository>::<id>`) from a changed node to this one.'),
    via: EdgeKindSchema.describe('The kind of the last edge of `path`.'),
  })
  .describe('A node of another repository that the change reaches through a package it imports.');
export type AffectedElsewhere = z.infer<typeof AffectedElsewhereSchema>;

export const OrganisationImpactSchema = z
  .object({
    graph: z.string().describe("The merged organisation graph's `root` (`promptgraph merge --name`)."),
    repository: z.string().describe('This repository, as the organisation graph names it.'),
    affected: z
      .array(AffectedElsewhereSchema)
      .describe('Nodes of other repositories the change reaches, by distance, then repository, then id.'),
    teams: z
      .array(
        z.object({
          team: z.string().describe('Owner handle (a team or a user: see `type`).'),
          type: OwnerTypeSchema,
          repositories: z.array(z.string()).describe('The other repositories where it owns reached nodes.'),
          nodes: z.array(z.string()).describe('Merged-graph ids of the reached nodes it owns.'),
        }),
      )
      .describe('Owners of those nodes, sorted: the teams in other repositories to tell.'),
  })
  .describe(
    'What the change reaches beyond this repository, from a merged organisation graph (`impact --against org.json`).',
  );
export type OrganisationImpact = z.infer<typeof OrganisationImpactSchema>;

export const ImpactResultSchema = z
  .object({
    schemaVersion: z.literal(1),
    schemaMinor: impactSchemaMinor(),
    base: RevisionSchema.nullable().describe('Null when changed files were given without git (`--files`).'),
    head: RevisionSchema,
    changedFiles: z.array(z.string()).describe('Files the change touches, sorted.'),
    changed: z.array(ChangedNodeSchema).describe('Sorted by id.'),
    affected: z.array(AffectedNodeSchema).describe('Sorted by distance, then id.'),
    teams: z.array(TeamImpactSchema).describe('Sorted by team.'),
    approvals: z.array(ApprovalSchema).describe('Sorted by approver.'),
    evals: z.array(EvalRequirementSchema).describe('Sorted by id.'),
    invariants: z.array(InvariantsSchema).describe('Sorted by contract.'),
    interfaceChanges: z.array(InterfaceChangeSchema).describe('Sorted by contract.'),
    violations: z
      .array(ContractViolationSchema)
      .optional()
      .describe('Contract rules broken at the head, sorted by contract, prompt, kind; `check` fails on any.'),
    risk: RiskSchema,
    diagnostics: z
      .array(DiagnosticSchema)
      .describe('Errors anywhere at the head, and the warnings in changed files or new since the base.'),
    organisation: OrganisationImpactSchema.optional().describe(
      'With `--against org.json`: the consumers and teams of other repositories the change reaches.',
    ),
  })
  .describe('The output of `promptgraph impact --format json`.');
export type ImpactResult = z.infer<typeof ImpactResultSchema>;
