import { z } from 'zod';
import { NodeRefShape } from './impact-result.js';
import { EdgeKindSchema } from './scan-result.js';

export const QueryNodeSchema = z
  .object({
    ...NodeRefShape,
    repository: z.string().optional().describe('In a merged organisation graph: the repository holding the node.'),
  })
  .describe('A node of the graph: where it is and whose it is.');
export type QueryNode = z.infer<typeof QueryNodeSchema>;

export const QueryHopSchema = z
  .object({
    from: z
      .string()
      .describe(
        'The node a change travels from (the dependency): the included fragment, the consumed prompt, the upstream prompt.',
      ),
    to: z.string().describe('The node it reaches (the dependent).'),
    kind: EdgeKindSchema.describe(
      "The edge's kind, read as the scan reads it: `to` includes / consumes `from`, or `from` feeds `to`.",
    ),
    file: z
      .string()
      .optional()
      .describe(
        "The file where the reference is written (the including or consuming unit's, or the declaring contract's).",
      ),
    line: z.number().int().min(0).optional().describe('Its line there, 1-based.'),
  })
  .describe('One step of a path, dependency → dependent, with the line that makes it.');
export type QueryHop = z.infer<typeof QueryHopSchema>;

export const ReachedNodeSchema = z
  .object({
    ...QueryNodeSchema.shape,
    distance: z.number().int().min(1).describe('Edges from the nearest selected node.'),
    path: z.array(QueryHopSchema).describe('One shortest path from a selected node to this one.'),
  })
  .describe('A node downstream of the selection.');
export type ReachedNode = z.infer<typeof ReachedNodeSchema>;

export const ReachesResultSchema = z
  .object({
    schemaVersion: z.literal(1),
    root: z.string().describe('The scanned repository folder, or the organisation name of a merged graph.'),
    selector: z
      .string()
      .describe('The selector as given: a node id, `path#symbol`, a path, a glob, or a prompt or symbol name.'),
    selected: z.array(QueryNodeSchema).describe('The nodes the selector names, sorted by id.'),
    reached: z.array(ReachedNodeSchema).describe('Everything downstream of them, by distance, then id.'),
    teams: z
      .array(z.object({ team: z.string(), nodes: z.array(z.string()) }))
      .describe('Every owner of a reached node, with the nodes it owns, sorted.'),
  })
  .describe('The output of `promptgraph reaches <selector> --format json`: everything downstream of one symbol.');
export type ReachesResult = z.infer<typeof ReachesResultSchema>;

export const WhyResultSchema = z
  .object({
    schemaVersion: z.literal(1),
    root: z.string(),
    target: QueryNodeSchema.describe('The node asked about.'),
    from: z
      .enum(['selection', 'change', 'roots'])
      .describe(
        'Where the paths start: the nodes `--from` selects, the nodes a change changed, or (neither given) every node nothing feeds.',
      ),
    sources: z.array(QueryNodeSchema).describe('The start nodes that reach the target, sorted by id.'),
    paths: z
      .array(z.object({ nodes: z.array(z.string()), hops: z.array(QueryHopSchema) }))
      .describe('Every simple path from a source to the target, shortest first, then by node ids.'),
    truncated: z.boolean().describe('True when there were more paths than the limit (`paths` holds the first ones).'),
  })
  .describe(
    'The output of `promptgraph why <node> --format json`: every path that makes a node depend on the sources.',
  );
export type WhyResult = z.infer<typeof WhyResultSchema>;
