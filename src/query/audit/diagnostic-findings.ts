import type { Diagnostic } from '../../model/schema/common.js';
import type { GraphNode, ScanResult } from '../../model/schema/scan-result.js';
import type { RuleFinding } from './audit-rule.js';

/**
 * The innermost node of `file` whose lines hold `line` (the unit that made the
 * reference), or the file's whole-file node; none for a file with no node.
 */
export function nodeAt(result: ScanResult, file: string, line: number): GraphNode | undefined {
  const inFile = result.nodes.filter((node) => node.file === file && node.kind !== 'team');
  const holding = inFile.filter((node) => node.range.start <= line && line <= node.range.end);
  const span = (node: GraphNode) => node.range.end - node.range.start;
  return holding.sort((left, right) => span(left) - span(right))[0] ?? inFile.find((node) => !node.symbol);
}

/**
 * Findings from the scan's own diagnostics with the given codes: the scan found
 * the problem while building the graph; the audit says which node it belongs to.
 */
export function findingsFromDiagnostics(
  result: ScanResult,
  codes: readonly string[],
  advice: (diagnostic: Diagnostic) => string,
): RuleFinding[] {
  return result.diagnostics
    .filter((diagnostic) => codes.includes(diagnostic.code))
    .map((diagnostic) => {
      const node = diagnostic.file ? nodeAt(result, diagnostic.file, diagnostic.line) : undefined;
      return {
        file: diagnostic.file,
        line: diagnostic.line,
        nodes: node ? [node.id] : [],
        // The diagnostic's message names what is missing; with the node it is the finding's identity.
        key: `${node?.id ?? diagnostic.file} ${diagnostic.message}`,
        message: `${diagnostic.message}; ${advice(diagnostic)}`,
      };
    });
}
