import { describe, expect, it } from 'vitest';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { computeImpact } from '../../src/query/impact/compute-impact.js';
import { graphPair } from '../../src/query/history/graph-pair.js';
import { buildReleaseReport } from '../../src/query/release/build-release-report.js';
import { releaseTargets } from '../../src/query/release/release-targets.js';
import type { PromptCommit } from '../../src/model/schema/prompt-history.js';
import type { ScanResult } from '../../src/model/schema/scan-result.js';
import { contractNode, edges, evalNode, scanOf, textNode } from '../impact/hand-built.js';

/** reply.prompt includes the persona, which a contract governs and an eval evaluates; pitch.prompt stands alone. */
function release(persona: string, pitchHash: string): ScanResult {
  return scanOf(
    [
      textNode('reply.prompt', '[[shared/_persona.prompt]]\nAnswer.', { owners: ['@support'] }),
      textNode('shared/_persona.prompt', persona, { kind: 'fragment', owners: ['@platform'] }),
      textNode('pitch.prompt', 'Pitch.', { hash: pitchHash, owners: ['@sales'] }),
      contractNode('contract:contracts/persona.yaml', {
        prompt: 'shared/_persona.prompt',
        owners: ['@platform'],
        approvers: ['@ada', { team: '@platform', count: 2 }],
        invariants: ['Never promise refunds.'],
        evals: [{ name: 'tone', scope: 'isolated' }],
        version: 3,
      }),
      evalNode('eval:contracts/persona.yaml#tone', { scope: 'isolated' }),
    ],
    edges(
      'reply.prompt -includes-> shared/_persona.prompt',
      'contract:contracts/persona.yaml -governs-> shared/_persona.prompt',
      'eval:contracts/persona.yaml#tone -evaluates-> shared/_persona.prompt',
    ),
  );
}

const base = release('You are Ada.', 'front-matter-1');
const head = release('You are Ada, kind.', 'front-matter-2');
const impact = computeImpact({ base, head, changedFiles: ['shared/_persona.prompt', 'pitch.prompt'] });
const graphs = graphPair(new PromptGraph(base), new PromptGraph(head));

const commit = (sha: string, subject: string): PromptCommit => ({
  commit: sha,
  author: { name: 'Bo', email: 'bo@example.com' },
  date: '2024-02-01T09:00:00+00:00',
  subject,
  id: 'reply.prompt',
  classification: ['wording'],
  variables: { added: [], removed: [] },
  includes: { added: [], removed: [] },
  files: ['shared/_persona.prompt'],
});

describe('releaseTargets', () => {
  it('lists prompts whose composed text changed, directly or through a fragment, and leaves out fragments and front-matter-only edits', () => {
    expect(impact.changed.map((node) => [node.id, node.classification])).toEqual([
      ['pitch.prompt', ['code']],
      ['shared/_persona.prompt', ['wording']],
    ]);
    expect(releaseTargets(impact).map((target) => [target.id, target.change])).toEqual([['reply.prompt', 'included']]);
  });
});

describe('buildReleaseReport', () => {
  const targets = releaseTargets(impact);
  const report = buildReleaseReport({
    impact,
    graphs,
    targets,
    commits: new Map([['reply.prompt', [commit('c2', 'Kinder persona'), commit('c1', 'Persona')]]]),
    walk: { commits: 5, scanned: 2 },
  });
  const reply = report.prompts[0]!;

  it('says what each prompt changed through, and who owns any of it', () => {
    expect(reply).toMatchObject({
      id: 'reply.prompt',
      change: 'included',
      through: ['shared/_persona.prompt'],
      teams: ['@platform', '@support'],
      owners: ['@support'],
    });
  });

  it('names the contracts of what it changed through, with approvers, invariants and evals as the contract says', () => {
    expect(reply.contracts).toEqual([
      {
        id: 'contract:contracts/persona.yaml',
        governs: ['shared/_persona.prompt'],
        owners: ['@platform'],
        approvers: ['@ada', { team: '@platform', count: 2 }],
        downstream_approval: 'none',
        invariants: ['Never promise refunds.'],
        evals: ['tone'],
        version: 3,
      },
    ]);
    expect(reply.evals).toEqual(['eval:contracts/persona.yaml#tone']);
  });

  it("keeps the commits the walk attributed, and the impact's approvals, evals and risk for the release", () => {
    expect(reply.commits.map((entry) => entry.subject)).toEqual(['Kinder persona', 'Persona']);
    expect(report.approvals.map((approval) => approval.approver)).toEqual(
      impact.approvals.map((approval) => approval.approver),
    );
    expect(report).toMatchObject({
      firstParent: true,
      walk: { commits: 5, scanned: 2 },
      risk: impact.risk,
      evals: impact.evals,
    });
  });
});
