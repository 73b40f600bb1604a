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
  })
  .strict()
  .describe(
    'A prompt contract (`contracts/**/*.yaml`, `**/*.contract.yaml`): turns a shared prompt into an interface.',
  );
export type ContractFile = z.infer<typeof ContractFileSchema>;
