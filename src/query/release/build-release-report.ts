import { IMPACT_SCHEMA_MINOR, SCHEMA_VERSION } from '../../model/schema/common.js';
import type { ImpactResult } from '../../model/schema/impact-result.js';
import type { PromptCommit, WalkStats } from '../../model/schema/prompt-history.js';
import type { ReleasePrompt, ReleaseReport } from '../../model/schema/release-report.js';
import { findEvals } from '../impact/find-evals.js';
import { evalIdentities } from '../impact/eval-identity.js';
import { nodeRef } from '../impact/node-ref.js';
import type { ImpactGraphs } from '../impact/impact-graphs.js';
import { releaseContracts } from './release-contracts.js';
import type { ReleaseTarget } from './release-targets.js';

export interface ReleaseInput {
  /** The impact of base → head: what changed, who owns it, who approves, which evals. */
  impact: ImpactResult;
  /** The base and head scans the impact compared. */
  graphs: ImpactGraphs;
  targets: readonly ReleaseTarget[];
  /** Target id → the commits that changed its composed text, newest first. */
  commits: ReadonlyMap<string, PromptCommit[]>;
  walk: WalkStats;
}

/**
 * The release manager's report, a pure function of plain data: for every
 * prompt whose composed text changed, the commits that changed it, what it
 * changed through, its teams, contracts (approvers, invariants) and evals;
 * then the impact's teams, approvals, evals, invariants and risk for the release.
 */
export function buildReleaseReport(input: ReleaseInput): ReleaseReport {
  const { impact, graphs } = input;
  const changedText = new Set(
    impact.changed.filter((node) => node.kind === 'prompt' || node.kind === 'fragment').map((node) => node.id),
  );
  const identify = evalIdentities(graphs);
  const prompts = input.targets.map((target): ReleasePrompt => {
    const through = throughOf(graphs, target, changedText);
    const nodes = [target.id, ...through.filter((id) => id !== target.id)];
    const teams = new Set([...target.owners, ...through.flatMap((id) => graphs.latest(id)?.owners ?? [])]);
    const evals = findEvals(graphs, through, through.includes(target.id) ? [] : [target.id], [], identify);
    const { change, ...node } = target;
    return {
      ...nodeRef(node),
      classification: node.classification,
      variables: node.variables,
      includes: node.includes,
      ...(node.composed ? { composed: node.composed } : {}),
      ...(node.diff ? { diff: node.diff } : {}),
      ...('renamedFrom' in node && node.renamedFrom ? { renamedFrom: node.renamedFrom } : {}),
      change,
      through,
      teams: [...teams].sort(),
      contracts: releaseContracts(graphs, nodes),
      evals: evals.map((entry) => entry.id),
      commits: input.commits.get(target.id) ?? [],
    };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    schemaMinor: IMPACT_SCHEMA_MINOR,
    base: impact.base ?? { ref: 'base' },
    head: impact.head,
    firstParent: true,
    prompts,
    teams: impact.teams,
    approvals: impact.approvals,
    evals: impact.evals,
    invariants: impact.invariants,
    interfaceChanges: impact.interfaceChanges,
    risk: impact.risk,
    walk: input.walk,
    diagnostics: impact.diagnostics,
  };
}

/** The changed prompt text a prompt's composed text changed through: itself if edited, and what it includes (at either side) that was edited. */
function throughOf(graphs: ImpactGraphs, target: ReleaseTarget, changedText: ReadonlySet<string>): string[] {
  const baseId = 'renamedFrom' in target && target.renamedFrom ? target.renamedFrom : target.id;
  const reached = new Set<string>([target.id]);
  for (const id of graphs.head.upstream(target.id)) reached.add(id);
  for (const id of graphs.base?.upstream(baseId) ?? []) reached.add(id);
  return [...reached].filter((id) => changedText.has(id)).sort();
}
