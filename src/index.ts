/**
 * promptgraph's library API: everything the CLI does, as typed functions that
 * return data and never print or exit.
 */
export { scan, type ScanOptions } from './api/scan.js';
export { diskFileSource, memoryFileSource } from './build/files/file-source.js';
export type { FileSource } from './model/file-source.js';
export { parseConfig } from './build/config/load-config.js';
export { PromptGraph, type Reach } from './query/graph/prompt-graph.js';
export { PromptgraphError, type ErrorIssue } from './model/promptgraph-error.js';
export { formatScanJson } from './output/report/scan-json.js';
export { formatScanText } from './output/report/scan-text.js';
export { summarizeScan } from './query/graph/summarize-scan.js';
export { composedTexts, ComposedTexts } from './query/compose/composed-texts.js';
export { renderTemplate } from './query/compose/render/render-template.js';
export type { ScanSummary, SharedFragment } from './model/scan-summary.js';
export { impact, check, type ImpactOptions } from './api/impact.js';
export { evals, type EvalsOptions, type EvalsResult } from './api/evals.js';
export { evalRunOf } from './query/evals/eval-run.js';
export {
  checkTextInvariants,
  type TextInvariants,
  type TextViolation,
} from './query/contracts/check-text-invariants.js';
export { findContractViolations } from './query/contracts/find-contract-violations.js';
export { withTokenCounts } from './query/tokens/with-token-counts.js';
export { computeImpact } from './query/impact/compute-impact.js';
export { checkImpact } from './query/impact/check-impact.js';
export type { CheckOutcome, CheckResult } from './model/schema/check-outcome.js';
export type { CheckOptions } from './query/impact/check-impact.js';
export { formatCheckJson } from './output/report/check-json.js';
export type { ImpactInput, ReviewData } from './query/impact/impact-input.js';
export { formatImpactJson } from './output/report/impact-json.js';
export { formatImpactText } from './output/report/impact-text.js';
export { formatImpactMarkdown } from './output/report/impact-markdown.js';
export { renderMapHtml, MAP_CSP, type RenderMapOptions } from './output/render/render-map-html.js';
export { prepareMapData, type PrepareMapOptions } from './query/map/prepare-map-data.js';
export { overlayFromImpact } from './query/map/overlay-from-impact.js';
export type { MapData, MapNode, MapContract, MapOverlay } from './model/map-data.js';
export type { ViewerAsset } from './output/render/viewer-asset.js';
export type {
  ImpactResult,
  ChangedNode,
  AffectedNode,
  Approval,
  EvalRequirement,
  TeamImpact,
  InterfaceChange,
  Risk,
  RiskLevel,
  UnknownReach,
  Owner,
  ChangeClass,
} from './model/schema/impact-result.js';
export type { SourceLinks } from './model/source-links.js';
export type { OwnerType } from './model/owner-handle.js';
export { audit, type AuditOptions } from './api/audit.js';
export { auditScan } from './query/audit/run-audit.js';
export { AUDIT_RULES } from './query/audit/rules/index.js';
export type { AuditRule, AuditContext, RuleFinding } from './query/audit/audit-rule.js';
export { formatAuditText } from './output/report/audit-text.js';
export { formatAuditJson } from './output/report/audit-json.js';
export { formatAuditMarkdown } from './output/report/audit-markdown.js';
export { formatAuditSarif, type SarifOptions } from './output/report/audit-sarif.js';
export { formatAuditAnnotations } from './output/report/audit-annotations.js';
export { formatImpactAnnotations, formatCheckAnnotations } from './output/report/impact-annotations.js';
export { formatCheckMarkdown } from './output/report/check-markdown.js';
export { formatImpactComment, IMPACT_COMMENT_MARKER } from './output/report/pr-comment.js';
export type { AuditResult, AuditFinding, AuditRuleInfo } from './model/schema/audit-result.js';
export type { AuditConfig, AuditLevel, AuditRuleId } from './model/schema/audit-rules.js';
export { history, type HistoryOptions } from './api/history.js';
export { formatHistoryText } from './output/report/history-text.js';
export { formatHistoryJson } from './output/report/history-json.js';
export type { HistoryResult, PromptCommit, CommitInfo } from './model/schema/prompt-history.js';
export { releaseReport, type ReleaseReportOptions } from './api/release-report.js';
export { formatReleaseMarkdown } from './output/report/release-markdown.js';
export { formatReleaseHtml } from './output/report/release-html.js';
export { formatReleaseJson } from './output/report/release-json.js';
export type { ReleaseReport, ReleasePrompt, ReleaseContract } from './model/schema/release-report.js';
export { init } from './api/init.js';
export { planInit, type InitPlan, type InitFile } from './query/init/plan-init.js';
export type { ContractFile } from './model/schema/contract-file.js';
export type { Config, ConfigInput } from './model/schema/config.js';
export type { ScanResult, GraphNode, GraphEdge, NodeKind, EdgeKind, RemoteRef } from './model/schema/scan-result.js';
export type { Diagnostic, LineRange, Severity } from './model/schema/common.js';
export type { Adapter, Extraction, ExtractedUnit, Reference, Target } from './model/extraction.js';
export { merge, type MergeInput, type MergeRunOptions } from './api/merge.js';
export { mergeScans, type RepositoryScan, type MergeOptions } from './build/merge/merge-scans.js';
export { organisationImpact } from './query/impact/organisation-impact.js';
export type { OrganisationImpact, AffectedElsewhere } from './model/schema/impact-result.js';
export type { PackageInfo, ExternalImport, RepositoryInfo, RuleScope } from './model/schema/scan-result.js';
export type { WorkspaceFile } from './model/schema/workspace.js';
export { reaches, why, type GraphQueryOptions, type WhyOptions } from './api/graph-query.js';
export { selectNodes, type Selection } from './query/reach/select-nodes.js';
export { findReaches } from './query/reach/find-reaches.js';
export { findWhyPaths, type WhyStart } from './query/reach/find-why-paths.js';
export type { ReachesResult, WhyResult, QueryHop, QueryNode, ReachedNode } from './model/schema/graph-query.js';
export { formatReachesText } from './output/report/reaches-text.js';
export { formatWhyText } from './output/report/why-text.js';
export { formatReachesJson, formatWhyJson } from './output/report/graph-query-json.js';
export { formatGraphGraphml } from './output/report/graph-graphml.js';
export { formatGraphGexf } from './output/report/graph-gexf.js';
export { formatAuditCodeQuality, formatCheckCodeQuality, type CodeQualityIssue } from './output/report/code-quality.js';
export { formatMergeRequestNote } from './output/report/merge-request-note.js';
export { AGENT_TOOLS, type AgentTool } from './model/agent-tools.js';
