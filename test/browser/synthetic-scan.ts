import type { GraphEdge, GraphNode, NodeKind, ScanResult } from '../../src/model/schema/scan-result.js';

/**
 * mulberry32: 32-bit integer arithmetic only. A textbook LCG written with
 * plain `*` loses its low bits past 2^53 and falls into a cycle of ~10,000
 * values, too few for 15,000 distinct edges; the generator then never stopped.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHARE: [NodeKind, number][] = [
  ['fragment', 0.14],
  ['prompt', 0.55],
  ['consumer', 0.25],
  ['contract', 0.04],
  ['eval', 0.02],
];
const TEAMS = Array.from({ length: 12 }, (_, team) => `@acme/team-${String(team).padStart(2, '0')}`);
const EXTENSION: Record<NodeKind, string> = {
  fragment: 'prompt',
  prompt: 'prompt',
  consumer: 'ts',
  contract: 'yaml',
  eval: 'yaml',
  team: '',
};

/**
 * A large, deterministic monorepo-shaped scan result for measuring the map: a
 * dozen teams, fragments whose popularity is skewed (a few shared hubs, many
 * local ones), most edges inside a team, prompts consumed by code and feeding
 * each other, contracts and evals on prompts. Throws rather than spin when the
 * target cannot be reached.
 */
export function syntheticScan(nodeCount: number, edgeTarget: number): ScanResult {
  const random = seededRandom(42);
  const nodes: GraphNode[] = [];
  // ids[kind][team] in creation order.
  const ids = new Map<NodeKind, string[][]>();
  for (const [kind, part] of SHARE) {
    const byTeam: string[][] = TEAMS.map(() => []);
    for (let position = 0; position < Math.round(nodeCount * part); position++) {
      const teamIndex = position % TEAMS.length;
      const team = TEAMS[teamIndex]!;
      const file = `services/${team.slice(6)}/${kind}s/${kind}-${position}.${EXTENSION[kind]}`;
      const id =
        kind === 'consumer'
          ? `consumer:${file}#run`
          : kind === 'contract'
            ? `contract:${file}`
            : kind === 'eval'
              ? `eval:${file}#suite`
              : file;
      byTeam[teamIndex]!.push(id);
      nodes.push({
        id,
        kind,
        file,
        range: { start: 1, end: 12 },
        format: kind === 'consumer' ? 'typescript' : 'dotprompt',
        owners: [team],
        variables: kind === 'prompt' ? ['question'] : [],
        ...(kind === 'consumer' ? { symbol: 'run' } : {}),
        ...(kind === 'prompt' || kind === 'fragment'
          ? { text: `You are ${kind} ${position}. Answer {{question}}.` }
          : {}),
      });
    }
    ids.set(kind, byTeam);
  }
  const home = () => Math.floor(random() * TEAMS.length);
  /** Mostly the same team; one pick in five crosses to any team. */
  const near = (team: number) => (random() < 0.8 ? team : home());
  /** Skewed towards the first entries: they become the shared hubs. */
  const pick = (kind: NodeKind, team: number, skew = 1) => {
    const list = ids.get(kind)![team]!;
    return list[Math.floor(list.length * random() ** skew)]!;
  };

  const edges = new Map<string, GraphEdge>();
  const add = (from: string, to: string, kind: GraphEdge['kind']) => {
    if (from !== to) edges.set(`${from}>${to}>${kind}`, { from, to, kind });
  };
  for (let team = 0; team < TEAMS.length; team++) {
    for (const contract of ids.get('contract')![team]!) add(contract, pick('prompt', team, 2), 'governs');
    for (const evaluation of ids.get('eval')![team]!) add(evaluation, pick('prompt', team, 2), 'evaluates');
  }
  for (let attempts = 0; edges.size < edgeTarget; attempts++) {
    if (attempts > edgeTarget * 20) throw new Error(`synthetic graph stuck at ${edges.size} of ${edgeTarget} edges`);
    const team = home();
    const roll = random();
    if (roll < 0.5) add(pick('prompt', team), pick('fragment', near(team), 3), 'includes');
    else if (roll < 0.92) add(pick('consumer', team), pick('prompt', near(team), 1.5), 'consumes');
    else add(pick('prompt', team), pick('prompt', near(team)), 'feeds');
  }
  return {
    schemaVersion: 1,
    root: 'synthetic-monorepo',
    nodes: nodes.sort((a, b) => compare(a.id, b.id)),
    edges: [...edges.entries()].sort(([a], [b]) => compare(a, b)).map(([, edge]) => edge),
    diagnostics: [],
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
