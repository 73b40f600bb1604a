import { z } from 'zod';

export const WorkspaceRepositorySchema = z
  .object({
    path: z.string().min(1).optional().describe('A repository folder to scan, relative to the workspace file.'),
    scan: z
      .string()
      .min(1)
      .optional()
      .describe(
        'A saved `promptgraph scan --format json` result, relative to the workspace file (a CI matrix job uploads one per repository).',
      ),
    name: z
      .string()
      .min(1)
      .optional()
      .describe("How the merged graph names it; default: the folder name, or the scan's `root`."),
  })
  .strict()
  .refine((repository) => (repository.path === undefined) !== (repository.scan === undefined), {
    message: 'give either path (a folder to scan) or scan (a saved scan result)',
  })
  .describe('One repository of the organisation: a folder to scan, or the scan result its own CI uploaded.');

export const WorkspaceFileSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1).optional().describe("The organisation's name: the merged graph's `root` (default `org`)."),
    repositories: z.array(WorkspaceRepositorySchema).min(1).describe('The repositories to merge into one graph.'),
  })
  .strict()
  .describe(
    'A promptgraph workspace (`promptgraph merge --workspace org.yaml`): the repositories of one organisation.',
  );
export type WorkspaceFile = z.infer<typeof WorkspaceFileSchema>;
