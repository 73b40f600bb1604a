import { z } from 'zod';
import { ChangeClassSchema, CompositionShape, NodeRefShape, RevisionSchema } from './impact-result.js';

export const CommitInfoSchema = z
  .object({
    commit: z.string().describe('Full commit id.'),
    author: z.object({ name: z.string(), email: z.string() }).describe("The commit's author (not its committer)."),
    date: z.string().describe("Author date, ISO 8601 with the author's UTC offset."),
    subject: z.string().describe('First line of the commit message: the why, when the author wrote one.'),
  })
  .describe('A commit, as git log shows it.');
export type CommitInfo = z.infer<typeof CommitInfoSchema>;

export const PromptCommitSchema = CommitInfoSchema.extend({
  id: z.string().describe("The prompt's node id at this commit."),
  renamedFrom: z
    .string()
    .optional()
    .describe("The prompt's node id at the parent, when this commit renamed or moved it."),
  classification: z
    .array(ChangeClassSchema)
    .describe(
      'How this commit changed the composed text against the first parent (`added` for the commit that created the prompt).',
    ),
  variables: CompositionShape.variables,
  includes: CompositionShape.includes,
  diff: z
    .string()
    .optional()
    .describe(
      'Unified diff of the composed text, first parent (`base/`) → commit (`head/`); absent for a rename that kept the text.',
    ),
  files: z
    .array(z.string())
    .describe(
      "The files of the prompt's include closure (at the commit or its parent) that the commit touched: the prompt's own file, or a shared fragment it includes, however deep.",
    ),
}).describe("A commit that changed a prompt's composed text.");
export type PromptCommit = z.infer<typeof PromptCommitSchema>;

export const WalkStatsSchema = z
  .object({
    commits: z.number().int().min(0).describe('First-parent commits walked.'),
    scanned: z
      .number()
      .int()
      .min(0)
      .describe(
        'Parent revisions the walk scanned (besides the head): only those of commits that touched the include closure, deleted or renamed a file, or changed a module manifest.',
      ),
  })
  .describe('What the walk cost.');
export type WalkStats = z.infer<typeof WalkStatsSchema>;

export const HistoryResultSchema = z
  .object({
    schemaVersion: z.literal(1),
    prompt: z.object(NodeRefShape).describe('The prompt (or fragment) the history is about, as it is at the head.'),
    head: RevisionSchema.describe('Where the walk starts (HEAD).'),
    firstParent: z
      .literal(true)
      .describe(
        'The walk follows first parents: a merge counts as one commit with everything it brought in, and commits inside merged branches are not listed.',
      ),
    since: z.string().optional().describe("Only commits newer than this (`--since`, git's committer date)."),
    maxCount: z.number().int().min(1).optional().describe('At most this many commits (`--max-count`).'),
    truncated: z
      .boolean()
      .describe('True when `--max-count` stopped the walk before the commit that added the prompt.'),
    commits: z.array(PromptCommitSchema).describe('Newest first.'),
    walk: WalkStatsSchema,
  })
  .describe(
    "The output of `promptgraph history <prompt> --format json`: every commit that changed the prompt's composed text.",
  );
export type HistoryResult = z.infer<typeof HistoryResultSchema>;
