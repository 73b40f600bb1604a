import type { EdgeKind, NodeKind, RemoteRef, RuleScope } from './schema/scan-result.js';

/**
 * The document the map viewer reads: a ScanResult reshaped for drawing. It is
 * embedded in the HTML as JSON and shared with `viz/` as a type only, so the
 * renderer and the viewer cannot drift apart.
 */
export interface MapData {
  schemaVersion: 1;
  /** The repository folder name, shown in the header. */
  repo: string;
  title: string;
  nodes: MapNode[];
  /**
   * Dependency edges as `[dependency, dependent, kind]` node indexes, so data flows
   * left to right: a fragment points at the prompt including it, a prompt at its consumer.
   */
  edges: [number, number, number][];
  /** Names for the third field of `edges`. */
  edgeKinds: EdgeKind[];
  /** Owner handles, sorted; a node's `team` indexes into it. */
  teams: string[];
  /** What each of `teams` is, at the same index: a team (`@org/team`) or an individual user. */
  ownerTypes: ('team' | 'user')[];
  /**
   * For a merged organisation graph: its repositories, sorted; a node's
   * `repository` indexes into it, and the layered view draws one lane per
   * repository (teams stay the node outlines).
   */
  repositories?: string[];
  counts: Record<'nodes' | 'edges' | NodeKind, number>;
  /** Present when a change is overlaid. */
  overlay?: { changed: number; affected: number; untouched: number };
  /** Open with the overlay on and untouched nodes hidden (`impact --format html`). */
  focusOnChange: boolean;
}

export interface MapNode {
  id: string;
  kind: NodeKind;
  /** File basename and symbol, what the graph shows next to the node. */
  label: string;
  file: string;
  lines: [number, number];
  symbol?: string;
  name?: string;
  format: string;
  owners: string[];
  /** Index into `MapData.teams` of the first owner, or -1 when unowned. */
  team: number;
  /** In a merged graph: index into `MapData.repositories`, or -1 for a node every repository shares (a team, an agent, a registry prompt). */
  repository?: number;
  variables: string[];
  /** Where a registry prompt lives, and whether the reference follows a moving label. */
  remote?: RemoteRef;
  /** Notable traits from the scan, e.g. `env` for prompt text kept in an environment file. */
  flags?: string[];
  /** For an agent instruction file: the tools that read it, by name. */
  readBy?: string[];
  /** For an agent instruction file or rule: which requests it applies to. */
  scope?: RuleScope;
  text?: string;
  /** The text a model receives, includes expanded. */
  composed?: string;
  /** Tokens of the composed text, when the scan was counted. */
  tokens?: { count: number; tokenizer: string; approximate?: boolean };
  contracts: MapContract[];
  /** How many nodes depend on this one directly. */
  dependents: number;
  status?: 'changed' | 'affected';
  /** For a changed or affected node of `impact --format html`: what the change does to it and what it needs. */
  change?: MapChange;
}

/** The change as one node's panel shows it: the composed diff, tokens, and the gate's view of the node. */
export interface MapChange {
  /** How it changed (`wording`, `variables`…), empty for an affected node whose text did not. */
  classification: string[];
  /** Unified diff of the rendered composed text, base → head. */
  diff?: string;
  tokens?: { base?: number; head?: number; delta?: number; tokenizer: string; approximate?: boolean };
  /** Approvals the change needs because of this node, and whether each is met. */
  approvals: { approver: string; needed: number; given: number; required: boolean; satisfied: boolean }[];
  /** Evals that must run because of this node. */
  evals: { name: string; scope: string; passed: boolean; command?: string }[];
  /** Contract rules this node's composed text breaks at the head. */
  violations: { kind: string; message: string; contract: string; at: string }[];
}

/** A contract governing a node, as the panel shows it. */
export interface MapContract {
  id: string;
  file: string;
  version?: string;
  owners: string[];
  approvers: string[];
  /** `none | notify | required`: whether owners of affected consumers must approve. */
  downstreamApproval: string;
  /** The output format consumers rely on, when the contract names one. */
  output?: string;
  invariants: string[];
  evals: { name: string; scope: string; command?: string }[];
}

/** The change to overlay: node ids the impact engine found changed and affected. */
export interface MapOverlay {
  changed: string[];
  affected: string[];
  /** Per node id, what the panel shows of the change. */
  details?: Record<string, MapChange>;
}
