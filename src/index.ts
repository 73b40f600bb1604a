/**
 * promptgraph's library API: everything the CLI does, as typed functions that
 * return data and never print or exit.
 */
export { scan, type ScanOptions } from './scan/scan.js';
export { diskFileSource, memoryFileSource, type FileSource } from './scan/file-source.js';
export { parseConfig } from './config/load-config.js';
export { PromptGraph, type Reach } from './graph/prompt-graph.js';
export { PromptgraphError } from './errors/promptgraph-error.js';
export { formatScanJson } from './report/scan-json.js';
export { formatScanText } from './report/scan-text.js';
export type { Config, ConfigInput } from './schema/config.js';
export type { ScanResult, GraphNode, GraphEdge, NodeKind, EdgeKind, RemoteRef } from './schema/scan-result.js';
export type { Diagnostic, LineRange, Severity } from './schema/common.js';
export type { Adapter, Extraction, ExtractedUnit, Reference, Target } from './adapters/types.js';
