import { z } from 'zod';

export const ReviewDataSchema = z
  .object({
    $schema: z.string().optional(),
    approvedBy: z.array(z.string()).default([]).describe('Handles (or team handles) that approved the change.'),
    evalsPassed: z
      .array(z.string())
      .default([])
      .describe('The evals that passed: unique names, paths (`file#name` for a contract eval) or ids.'),
    teams: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe("Team handle → member handles, so approvals by members count towards a contract's `{ team, count }`."),
  })
  .strict()
  .describe('Review data for `promptgraph check --review-data <file>`: what CI knows about approvals and eval runs.');
export type ReviewDataFile = z.infer<typeof ReviewDataSchema>;
