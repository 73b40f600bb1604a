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
export type { ImpactResult, ChangedNode, AffectedNode, Approval, EvalRequirement, TeamImpact, InterfaceChange, Risk, ChangeClass } from './schema/impact-result.js';
export { audit, type AuditOptions } from './audit/audit.js';
export { auditScan } from './audit/run-audit.js';
export { AUDIT_RULES } from './audit/rules/index.js';
export type { AuditRule, AuditContext, RuleFinding } from './audit/audit-rule.js';
export { formatAuditText } from './report/audit-text.js';
export { formatAuditJson } from './report/audit-json.js';
export { formatAuditMarkdown } from './report/audit-markdown.js';
export { formatAuditSarif, type SarifOptions } from './report/audit-sarif.js';
export { formatAuditAnnotations } from './report/audit-annotations.js';
export { formatImpactAnnotations, formatCheckAnnotations } from './report/impact-annotations.js';
export { formatCheckMarkdown } from './report/check-markdown.js';
export { formatImpactComment, IMPACT_COMMENT_MARKER } from './report/pr-comment.js';
export type { AuditResult, AuditFinding, AuditRuleInfo } from './schema/audit-result.js';
export type { AuditConfig, AuditLevel, AuditRuleId } from './schema/audit-rules.js';
export { history, type HistoryOptions } from './history/history.js';
export { formatHistoryText } from './report/history-text.js';
export { formatHistoryJson } from './report/history-json.js';
export type { HistoryResult, PromptCommit, CommitInfo } from './schema/prompt-history.js';
export { releaseReport, type ReleaseReportOptions } from './release/release-report.js';
export { formatReleaseMarkdown } from './report/release-markdown.js';
export { formatReleaseHtml } from './report/release-html.js';
export { formatReleaseJson } from './report/release-json.js';
export type { ReleaseReport, ReleasePrompt, ReleaseContract } from './schema/release-report.js';
export { init } from './init/init.js';
export { planInit, type InitPlan, type InitFile } from './init/plan-init.js';
export type { ContractFile } from './schema/contract-file.js';
export type { Config, ConfigInput } from './schema/config.js';
export type { ScanResult, GraphNode, GraphEdge, NodeKind, EdgeKind, RemoteRef } from './schema/scan-result.js';
export type { Diagnostic, LineRange, Severity } from './schema/common.js';
export type { Adapter, Extraction, ExtractedUnit, Reference, Target } from './adapters/types.js';
