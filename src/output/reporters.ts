import type { AuditResult } from '../model/schema/audit-result.js';
import type { CheckOutcome } from '../model/schema/check-outcome.js';
import type { ImpactResult } from '../model/schema/impact-result.js';
import type { HistoryResult } from '../model/schema/prompt-history.js';
import type { ReleaseReport } from '../model/schema/release-report.js';
import type { ScanSummary } from '../model/scan-summary.js';
import type { SourceLinks } from '../model/source-links.js';
import type { ReachesResult, WhyResult } from '../model/schema/graph-query.js';
import { formatReachesJson, formatWhyJson } from './report/graph-query-json.js';
import { formatReachesText } from './report/reaches-text.js';
import { formatWhyText } from './report/why-text.js';
import { formatAuditJson } from './report/audit-json.js';
import { formatAuditMarkdown } from './report/audit-markdown.js';
import { formatAuditSarif } from './report/audit-sarif.js';
import { formatAuditText } from './report/audit-text.js';
import { formatCheckJson } from './report/check-json.js';
import { formatCheckMarkdown } from './report/check-markdown.js';
import { formatCheckText } from './report/check-text.js';
import { formatCheckSarif } from './report/check-sarif.js';
import { formatAuditCodeQuality, formatCheckCodeQuality } from './report/code-quality.js';
import { formatHistoryJson } from './report/history-json.js';
import { formatHistoryText } from './report/history-text.js';
import { formatImpactJson } from './report/impact-json.js';
import { formatImpactMarkdown } from './report/impact-markdown.js';
import { formatImpactText } from './report/impact-text.js';
import { formatReleaseHtml } from './report/release-html.js';
import { formatReleaseJson } from './report/release-json.js';
import { formatReleaseMarkdown } from './report/release-markdown.js';
import { formatScanJson } from './report/scan-json.js';
import { formatScanText } from './report/scan-text.js';
import { formatGraphGexf } from './report/graph-gexf.js';
import { formatGraphGraphml } from './report/graph-graphml.js';

/** What a reporter may know besides the result: how the terminal looks and where the repository sits. */
export interface ReportContext {
  color: boolean;
  verbose: boolean;
  /** The scanned folder's path inside its git repository (`''` at the root), for locations CI resolves. */
  pathPrefix: string;
  /** The repository's web view at the compared commit, when the remote is known: Markdown links files and lines to it. */
  links?: SourceLinks;
}

/** A pure function from a result document to the text of one format. */
export type Reporter<Result> = (result: Result, context: ReportContext) => string;

/**
 * One map per result, from format name to reporter (as dependency-cruiser's
 * report/index.mjs): the CLI looks formats up here, so a format is added in
 * one place. Maps, so `--format constructor` is no format.
 */
export const SCAN_REPORTERS: ReadonlyMap<string, Reporter<ScanSummary>> = new Map<string, Reporter<ScanSummary>>([
  ['text', (summary, context) => formatScanText(summary, context)],
  ['json', (summary) => formatScanJson(summary.scan)],
  ['graphml', (summary) => formatGraphGraphml(summary.scan)],
  ['gexf', (summary) => formatGraphGexf(summary.scan)],
]);

export const IMPACT_REPORTERS: ReadonlyMap<string, Reporter<ImpactResult>> = new Map<string, Reporter<ImpactResult>>([
  ['text', (result, context) => formatImpactText(result, context)],
  ['md', (result, context) => formatImpactMarkdown(result, context.links ? { links: context.links } : {})],
  ['json', (result) => formatImpactJson(result)],
]);

export interface CheckReport {
  result: ImpactResult;
  outcome: CheckOutcome;
}

export const CHECK_REPORTERS: ReadonlyMap<string, Reporter<CheckReport>> = new Map<string, Reporter<CheckReport>>([
  ['text', ({ result, outcome }, context) => formatCheckText(result, outcome, context)],
  [
    'md',
    ({ result, outcome }, context) =>
      formatCheckMarkdown(result, outcome, context.links ? { links: context.links } : {}),
  ],
  ['json', ({ result, outcome }) => formatCheckJson(result, outcome)],
  ['sarif', ({ result }, context) => formatCheckSarif(result, { pathPrefix: context.pathPrefix })],
  ['codequality', ({ outcome }, context) => formatCheckCodeQuality(outcome, { pathPrefix: context.pathPrefix })],
]);

export const AUDIT_REPORTERS: ReadonlyMap<string, Reporter<AuditResult>> = new Map<string, Reporter<AuditResult>>([
  ['text', (result, context) => formatAuditText(result, context)],
  ['json', (result) => formatAuditJson(result)],
  ['md', (result) => formatAuditMarkdown(result)],
  ['sarif', (result, context) => formatAuditSarif(result, { pathPrefix: context.pathPrefix })],
  ['codequality', (result, context) => formatAuditCodeQuality(result, { pathPrefix: context.pathPrefix })],
]);

export const HISTORY_REPORTERS: ReadonlyMap<string, Reporter<HistoryResult>> = new Map<string, Reporter<HistoryResult>>(
  [
    ['text', (result, context) => formatHistoryText(result, context)],
    ['json', (result) => formatHistoryJson(result)],
  ],
);

export const RELEASE_REPORTERS: ReadonlyMap<string, Reporter<ReleaseReport>> = new Map<string, Reporter<ReleaseReport>>(
  [
    ['md', (report) => formatReleaseMarkdown(report)],
    ['html', (report) => formatReleaseHtml(report)],
    ['json', (report) => formatReleaseJson(report)],
  ],
);

export const REACHES_REPORTERS: ReadonlyMap<string, Reporter<ReachesResult>> = new Map<string, Reporter<ReachesResult>>(
  [
    ['text', (result, context) => formatReachesText(result, context)],
    ['json', (result) => formatReachesJson(result)],
  ],
);

export const WHY_REPORTERS: ReadonlyMap<string, Reporter<WhyResult>> = new Map<string, Reporter<WhyResult>>([
  ['text', (result, context) => formatWhyText(result, context)],
  ['json', (result) => formatWhyJson(result)],
]);
