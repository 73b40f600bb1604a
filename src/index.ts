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
export { impact, check, type ImpactOptions } from './impact/impact.js';
export { computeImpact } from './impact/compute-impact.js';
export { checkImpact, type CheckOutcome } from './impact/check-impact.js';
export type { ImpactInput, ReviewData } from './impact/impact-input.js';
export { formatImpactJson } from './report/impact-json.js';
export { formatImpactText } from './report/impact-text.js';
export { formatImpactMarkdown } from './report/impact-markdown.js';
export { renderMapHtml, MAP_CSP, type RenderMapOptions } from './render/render-map-html.js';
export { prepareMapData, type PrepareMapOptions } from './render/prepare-map-data.js';
export { overlayFromImpact } from './render/overlay-from-impact.js';
export type { MapData, MapNode, MapContract, MapOverlay } from './render/map-data.js';
export type { ViewerAsset } from './render/viewer-asset.js';
export type { ImpactResult, ChangedNode, AffectedNode, Approval, EvalRequirement, TeamImpact, InterfaceChange, Risk, ChangeClass } from './schema/impact-result.js';
export type { ContractFile } from './schema/contract-file.js';
export type { Config, ConfigInput } from './schema/config.js';
export type { ScanResult, GraphNode, GraphEdge, NodeKind, EdgeKind, RemoteRef } from './schema/scan-result.js';
export type { Diagnostic, LineRange, Severity } from './schema/common.js';
export type { Adapter, Extraction, ExtractedUnit, Reference, Target } from './adapters/types.js';
