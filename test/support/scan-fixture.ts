import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scan } from '../../src/build/scan.js';
import type { GraphEdge, GraphNode, ScanResult } from '../../src/model/schema/scan-result.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturePath = (...segments: string[]): string => path.join(REPO_ROOT, 'fixtures', ...segments);

/** Scans `fixtures/<segments>` with the library API. */
export const scanFixture = (...segments: string[]): Promise<ScanResult> => scan(fixturePath(...segments));

/** The node with this id; fails loudly when absent so a test never asserts on undefined. */
export function nodeById(result: ScanResult, id: string): GraphNode {
  const node = result.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no node ${id}; nodes: ${result.nodes.map((candidate) => candidate.id).join(', ')}`);
  return node;
}

/** Edges as `from -kind-> to` strings, for readable assertions. */
export const edgeStrings = (result: ScanResult, kinds?: GraphEdge['kind'][]): string[] =>
  result.edges
    .filter((edge) => !kinds || kinds.includes(edge.kind))
    .map((edge) => `${edge.from} -${edge.kind}-> ${edge.to}`);

export const diagnosticCodes = (result: ScanResult): string[] =>
  result.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.file}:${diagnostic.line}`);
