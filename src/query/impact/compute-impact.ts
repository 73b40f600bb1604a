import { IMPACT_SCHEMA_MINOR, SCHEMA_VERSION } from '../../model/schema/common.js';
import type { AffectedNode, ChangedNode, ImpactResult } from '../../model/schema/impact-result.js';
import { sortDiagnostics } from '../../model/sort-result.js';
import type { ImpactInput } from './impact-input.js';
import { governingContracts, impactGraphs, type ImpactGraphs } from './impact-graphs.js';
import { findChangedNodes, type NodeChange } from './find-changed-nodes.js';
import { findOutputChanges } from './find-output-changes.js';
import { compareComposition } from './compare-composition.js';
import { findAffected } from './find-affected.js';
import { findTeams } from './find-teams.js';
import { knownTeams } from './known-teams.js';
import { findUnknownReach } from './find-unknown-reach.js';
import { findApprovals } from './find-approvals.js';
import { findEvals } from './find-evals.js';
import { findInvariants } from './find-invariants.js';
import { findInterfaceChanges } from './find-interface-changes.js';
import { assessRisk } from './assess-risk.js';
import { restoreInvalidContracts } from './restore-invalid-contracts.js';
import { nodeRef } from './node-ref.js';
import { composedTexts } from '../compose/composed-texts.js';
import { findContractViolations } from '../contracts/find-contract-violations.js';
import { tokenDelta } from './token-delta.js';
import { withEvalRuns } from './with-eval-runs.js';

/**
 * The impact engine: from two scans and the changed paths to the full impact
 * result. A pure function of its input (no files, no git), so it is tested on
 * hand-built scans and re-run by `check` with the same numbers.
 */
export function computeImpact(input: ImpactInput): ImpactResult {
  const restored = restoreInvalidContracts(input.base, input.head, input.renames);
  const graphs = impactGraphs({ ...input, head: restored.head });
  const changedFiles = [...new Set(input.changedFiles)].sort();
  const changes = findChangedNodes(graphs, changedFiles, input.renames, input.symbols);
  const outputChanges = findOutputChanges(graphs, changedFiles);
  const outputChanged = new Set([...outputChanges.values()].flat());
  for (const id of [...outputChanged].sort()) {
    if (!changes.some((change) => change.id === id)) changes.push({ id, status: 'modified' });
  }
  // A contract the head lost stands in its base version, yet the change removed it: its owners approve that.
  for (const id of restored.removed) {
    const at = changes.findIndex((change) => change.id === id);
    if (at >= 0) changes.splice(at, 1);
    if (!changes.some((change) => change.baseId === id)) changes.push({ id, status: 'removed' });
  }
  changes.sort((left, right) => (left.id < right.id ? -1 : 1));

  const changed = changes.map((change) => ({
    ...changedEntry(graphs, change, outputChanged.has(change.id), input.renames),
    ...tokenDelta(graphs, change.baseId ?? change.id, change.id, input.model),
  }));
  const affected = findAffected(graphs, changes).map((reach): AffectedNode => {
    const graph = graphs.graphOf(reach.id);
    const composition = compareComposition({
      ...(graphs.base?.node(reach.id) ? { base: { graph: graphs.base, id: reach.id } } : {}),
      ...(graphs.head.node(reach.id) ? { head: { graph: graphs.head, id: reach.id } } : {}),
      ...(input.renames ? { renames: input.renames } : {}),
    });
    return {
      ...nodeRef(graphs.latest(reach.id)!),
      ...composition,
      ...tokenDelta(graphs, reach.id, reach.id, input.model),
      distance: reach.distance,
      path: reach.path,
      via: reach.via,
      contracts: governingContracts(graph, reach.id).sort(),
      ...(reach.certainty ? { certainty: reach.certainty, possibleVia: reach.possibleVia ?? [] } : {}),
    };
  });

  const review = input.review ?? { approvedBy: [], evalsPassed: [] };
  const teamHandles = knownTeams([input.base, restored.head], input.review);
  const teams = findTeams(changed, affected, teamHandles);
  const unknown = findUnknownReach(graphs, changed);
  // An affected prompt's interface breaks too when a fragment it includes gains or loses a variable.
  const interfaceChanges = findInterfaceChanges(graphs, [...changed, ...affected]);
  const files = new Set(changedFiles);
  return {
    schemaVersion: SCHEMA_VERSION,
    schemaMinor: IMPACT_SCHEMA_MINOR,
    base: input.base ? (input.baseRevision ?? { ref: 'base' }) : null,
    head: input.headRevision ?? { ref: 'working-tree' },
    changedFiles,
    changed,
    affected,
    teams,
    approvals: findApprovals(graphs, changed, affected, input.codeowners ?? {}, review, {
      knownTeams: teamHandles,
      unknown,
    }),
    evals: withEvalRuns(
      graphs,
      findEvals(
        graphs,
        changed.map((node) => node.id),
        affected.map((node) => node.id),
        review.evalsPassed,
      ),
      review.evalRuns ?? [],
    ),
    invariants: findInvariants(graphs, [...changed, ...affected]),
    interfaceChanges,
    violations: findContractViolations(graphs.head, interfaceChanges, input.model),
    risk: assessRisk({
      changed,
      affected,
      // Owners only possible consumers reach are notified; they raise no risk (the `unknown` reach gap does).
      teams: teams.filter((owner) => owner.type === 'team' && reachedForSure(owner)).length,
      users: teams.filter((owner) => owner.type === 'user' && reachedForSure(owner)).length,
      interfaceChanges,
      unknown,
    }),
    diagnostics: sortDiagnostics([
      ...relevantDiagnostics(input, files),
      ...restored.diagnostics,
      // A changed or affected template its engine could not render: its diff is of concatenated source.
      ...composedTexts(graphs.head).diagnostics([...changed, ...affected].map((node) => node.id)),
    ]),
  };
}

const reachedForSure = (owner: { changed: string[]; affected: string[] }): boolean =>
  owner.changed.length > 0 || owner.affected.length > 0;

/**
 * Every error at the head (a malformed contract anywhere can hide a required
 * approval), and the warnings the change is responsible for: those in changed
 * files and those new since the base (a prompt left dangling by a removed partial).
 */
function relevantDiagnostics(input: ImpactInput, files: ReadonlySet<string>): ImpactResult['diagnostics'] {
  const before = new Set(
    (input.base?.diagnostics ?? []).map(
      (diagnostic) => `${diagnostic.code}\0${diagnostic.file}\0${diagnostic.message}`,
    ),
  );
  // Sorted by the caller, together with the restored contracts' diagnostics.
  return input.head.diagnostics.filter(
    (diagnostic) =>
      diagnostic.severity === 'error' ||
      (diagnostic.severity === 'warning' &&
        (files.has(diagnostic.file) ||
          (input.base !== undefined && !before.has(`${diagnostic.code}\0${diagnostic.file}\0${diagnostic.message}`)))),
  );
}

function changedEntry(
  graphs: ImpactGraphs,
  change: NodeChange,
  outputChanged: boolean,
  renames: ImpactInput['renames'],
): ChangedNode {
  const node = graphs.latest(change.id)!;
  const baseId = change.baseId ?? change.id;
  const hasBase =
    graphs.base !== undefined &&
    (change.status === 'modified' || change.status === 'renamed' || change.status === 'removed');
  const composition = compareComposition({
    ...(hasBase ? { base: { graph: graphs.base!, id: baseId } } : {}),
    ...(change.status !== 'removed' ? { head: { graph: graphs.head, id: change.id } } : {}),
    added: change.status === 'added',
    removed: change.status === 'removed',
    renamed: change.status === 'renamed',
    outputChanged,
    codeChanged:
      (node.kind === 'consumer' || node.kind === 'contract') &&
      (change.status === 'modified' || change.status === 'listed'),
    ...(renames ? { renames } : {}),
  });
  // The source lines changed but not the composed text: front matter (model, config) or code around it.
  if (change.status === 'modified' && !composition.classification.length) composition.classification = ['code'];
  return {
    ...nodeRef(node),
    ...composition,
    ...(change.baseId ? { renamedFrom: change.baseId } : {}),
    contracts: governingContracts(graphs.graphOf(change.id), change.id).sort(),
  };
}
