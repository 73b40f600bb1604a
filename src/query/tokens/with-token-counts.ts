import { SCAN_SCHEMA_MINOR } from '../../model/schema/common.js';
import type { ScanResult } from '../../model/schema/scan-result.js';
import { PromptGraph } from '../graph/prompt-graph.js';
import { promptTokens } from './prompt-tokens.js';

/**
 * The scan with `tokens` on every prompt and fragment that has text: what
 * `scan --format json` prints. Counting loads a tokenizer, so only the outputs
 * that show counts ask for them.
 */
export function withTokenCounts(result: ScanResult, defaultModel?: string): ScanResult {
  const graph = new PromptGraph(result);
  const { schemaVersion, root, ...rest } = result;
  return {
    schemaVersion,
    schemaMinor: SCAN_SCHEMA_MINOR,
    root,
    ...rest,
    nodes: result.nodes.map((node) =>
      (node.kind === 'prompt' || node.kind === 'fragment') && node.text !== undefined && node.file
        ? { ...node, tokens: promptTokens(graph, node.id, defaultModel) }
        : node,
    ),
  };
}
