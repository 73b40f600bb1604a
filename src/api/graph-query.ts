import { scan } from '../build/scan.js';
import { PromptgraphError } from '../model/promptgraph-error.js';
import type { ReachesResult, WhyResult } from '../model/schema/graph-query.js';
import type { ScanResult } from '../model/schema/scan-result.js';
import { PromptGraph } from '../query/graph/prompt-graph.js';
import { findReaches } from '../query/reach/find-reaches.js';
import { findWhyPaths, type WhyStart } from '../query/reach/find-why-paths.js';
import { selectNodes } from '../query/reach/select-nodes.js';
import { impactAndHead, type ImpactOptions } from './impact.js';

export interface GraphQueryOptions {
  /** Query this saved scan or merged organisation graph instead of scanning `dir`. */
  graph?: ScanResult;
}

export interface WhyOptions extends GraphQueryOptions {
  /** Start from the nodes this selector names. */
  from?: string;
  /** Start from the nodes this change changed (`base`/`head`, or `files`). */
  change?: Pick<ImpactOptions, 'base' | 'head' | 'files' | 'config'>;
}

/** The nodes a selector names in `graph`; a selector naming none is a usage error that says what to write. */
function selected(graph: PromptGraph, selector: string, what: string): string[] {
  const selection = selectNodes(graph, selector);
  if (!selection.ids.length)
    throw new PromptgraphError(`${what}: ${selection.problem}`, { code: 'usage', exitCode: 2 });
  return selection.ids;
}

/** Everything downstream of the nodes `selector` names in the repository at `dir` (or in `options.graph`). */
export async function reaches(dir: string, selector: string, options: GraphQueryOptions = {}): Promise<ReachesResult> {
  const graph = new PromptGraph(options.graph ?? (await scan(dir)));
  return findReaches(graph, selector, selected(graph, selector, 'reaches'));
}

/**
 * Every path to the node `target` names: from the nodes `from` names, from
 * the nodes a change changed, or (neither given) from every node nothing feeds.
 */
export async function why(dir: string, target: string, options: WhyOptions = {}): Promise<WhyResult> {
  if (options.from !== undefined && options.change)
    throw new PromptgraphError('why: give --from or a change (--base, --files), not both', {
      code: 'usage',
      exitCode: 2,
    });
  let scanned = options.graph;
  let start: WhyStart = { from: 'roots', ids: [] };
  if (options.change) {
    const run = await impactAndHead(dir, options.change);
    scanned ??= run.head;
    start = { from: 'change', ids: run.result.changed.map((node) => node.id) };
  }
  const graph = new PromptGraph(scanned ?? (await scan(dir)));
  if (options.from !== undefined) start = { from: 'selection', ids: selected(graph, options.from, 'why --from') };
  const targets = selected(graph, target, 'why');
  if (targets.length > 1)
    throw new PromptgraphError(
      `why: '${target}' names ${targets.length} nodes (${targets.join(', ')}); give one node id or path#symbol`,
      { code: 'usage', exitCode: 2 },
    );
  return findWhyPaths(graph, targets[0]!, start);
}
