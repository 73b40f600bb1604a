import { z } from 'zod';

const handle = z.string().min(1).describe('An owner handle: `@user`, `@org/team`, or an e-mail address.');

export const TeamApprovalSchema = z
  .object({
    team: handle.describe('The team whose members must approve, e.g. `@acme/platform`.'),
    count: z.number().int().min(1).default(1).describe('How many approvals from that team are needed.'),
  })
  .strict()
  .describe('A number of approvals from one team.');
export type TeamApproval = z.infer<typeof TeamApprovalSchema>;

export const ContractOutputSchema = z
  .object({
    format: z.enum(['text', 'json', 'markdown']).describe('What the governed prompt makes the model produce.'),
    schema: z
      .union([z.string().min(1), z.record(z.string(), z.unknown())])
      .optional()
      .describe(
        "The output's JSON Schema: a path relative to the contract file, or the schema inline. Changing it is a breaking change.",
      ),
  })
  .strict()
  .describe('The shape of the output consumers rely on.');
export type ContractOutput = z.infer<typeof ContractOutputSchema>;

export const ContractEvalSchema = z
  .object({
    name: z
      .string()
      .min(1)
      .describe(
        'Unique within the contract; `--evals-passed` names it (as `<contract file>#<name>` when another eval has the same name).',
      ),
    command: z
      .string()
      .optional()
      .describe('The command that runs the eval, e.g. `npx promptfoo eval -c evals/reply.yaml`.'),
    path: z.string().optional().describe("The eval suite's file or folder, repository-relative."),
    scope: z
      .enum(['isolated', 'composed'])
      .default('isolated')
      .describe(
        "`isolated` tests the prompt alone; `composed` tests a consumer's whole pipeline, so it must run whenever anything the contract governs is affected.",
      ),
  })
  .strict()
  .describe('An eval suite that must pass when the governed prompt changes.');
export type ContractEval = z.infer<typeof ContractEvalSchema>;

export const TextRuleSchema = z
  .union([
    z.string().min(1).describe('Text the composed prompt must (or must not) contain, compared as written.'),
    z
      .object({
        regex: z
          .string()
          .min(1)
          .describe(
            'A JavaScript regular expression; one that may backtrack catastrophically is refused (safe-regex2), and every match runs under a time limit.',
          ),
        flags: z
          .string()
          .regex(/^[imsu]*$/)
          .optional()
          .describe('Regular expression flags among `i`, `m`, `s`, `u`.'),
      })
      .strict(),
  ])
  .describe('Text, or `{ regex, flags }`.');
export type TextRule = z.infer<typeof TextRuleSchema>;

export const VariablesRuleSchema = z
  .union([
    z
      .object({ exact: z.array(z.string().min(1)).describe('The composed prompt uses exactly these variables.') })
      .strict(),
    z
      .object({
        allowed: z.array(z.string().min(1)).describe('The composed prompt uses only variables among these.'),
      })
      .strict(),
  ])
  .describe('The variables of the composed prompt: an exact set, or an allowed set.');
export type VariablesRule = z.infer<typeof VariablesRuleSchema>;

export const ContractFileSchema = z
  .object({
    $schema: z.string().optional(),
    prompt: z
      .string()
      .min(1)
      .describe(
        'What the contract governs: a repository-relative path, `path#symbol`, a glob, a prompt name, or a symbol name held by one prompt only (`CHAT_SYSTEM`, or `attr` of `Class.attr`).',
      ),
    owners: z.array(handle).default([]).describe('Owners of the governed prompt; they own it on top of CODEOWNERS.'),
    approvers: z
      .array(z.union([handle, TeamApprovalSchema]))
      .default([])
      .describe('Who must approve a change to the governed prompt: handles, or `{ team, count }`.'),
    downstream_approval: z
      .enum(['none', 'notify', 'required'])
      .default('none')
      .describe(
        'Whether owners of affected consumers must approve a change (`required`), are told about it (`notify`), or neither.',
      ),
    output: ContractOutputSchema.optional(),
    invariants: z
      .array(z.string().min(1))
      .default([])
      .describe('Sentences reviewers must check; shown in every report that touches the prompt.'),
    evals: z
      .array(ContractEvalSchema)
      .default([])
      .describe('Eval suites to run when the governed prompt changes or is affected.'),
    consumes_output_of: z
      .array(z.string().min(1))
      .default([])
      .describe(
        "Prompts (path, `path#symbol`, glob or name) whose output the governed prompt's consumer reads (planner → verifier): a change upstream affects it.",
      ),
    version: z
      .union([z.string(), z.number()])
      .optional()
      .describe(
        'The interface version. Bump it when the interface breaks (variables removed or added without a default, output schema changed).',
      ),
    interface_version: z
      .union([z.string(), z.number()])
      .optional()
      .describe('Another name for `version`; give one of the two.'),
    must_include: z
      .array(TextRuleSchema)
      .default([])
      .describe(
        'Checked by `check` on the composed text of every governed prompt and every prompt including a governed fragment: each must occur.',
      ),
    must_not_include: z.array(TextRuleSchema).default([]).describe('Checked like `must_include`: none may occur.'),
    max_tokens: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("The composed prompt's token budget, counted with the tokenizer of its model."),
    variables: VariablesRuleSchema.optional(),
    model: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The model the governed prompt is pinned to; front matter naming another model is a violation. Also chooses the tokenizer.',
      ),
  })
  .strict()
  .refine((contract) => contract.version === undefined || contract.interface_version === undefined, {
    message: 'give one of `version` and `interface_version`, not both',
    path: ['interface_version'],
  })
  .describe(
    'A prompt contract (`contracts/**/*.yaml`, `**/*.contract.yaml`): turns a shared prompt into an interface.',
  );
export type ContractFile = z.infer<typeof ContractFileSchema>;
