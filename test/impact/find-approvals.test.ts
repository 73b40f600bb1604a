import { describe, expect, it } from 'vitest';
import { findApprovals } from '../../src/query/impact/find-approvals.js';
import { impactGraphs } from '../../src/query/impact/impact-graphs.js';
import { consumerNode, contractNode, edges, scanOf, textNode } from './hand-built.js';

const head = (downstream: string) =>
  scanOf(
    [
      textNode('_persona.prompt', 'Ada', { kind: 'fragment' }),
      textNode('reply.prompt', '[[_persona.prompt]]'),
      consumerNode('consumer:app.ts#reply', { owners: ['@support'] }),
      contractNode('contract:contracts/persona.yaml', {
        prompt: '_persona.prompt',
        approvers: ['@ada', { team: '@platform', count: 2 }],
        downstream_approval: downstream,
      }),
    ],
    edges(
      'reply.prompt -includes-> _persona.prompt',
      'consumer:app.ts#reply -consumes-> reply.prompt',
      'contract:contracts/persona.yaml -governs-> _persona.prompt',
    ),
  );
const changed = [
  { id: '_persona.prompt', kind: 'fragment', file: '_persona.prompt', contracts: ['contract:contracts/persona.yaml'] },
];
const affected = [
  { id: 'reply.prompt', kind: 'prompt', owners: [] },
  { id: 'consumer:app.ts#reply', kind: 'consumer', owners: ['@support'] },
];
const none = { approvedBy: [], evalsPassed: [] };

describe('findApprovals', () => {
  it('asks the contract approvers, the team with its count, CODEOWNERS and required downstream owners', () => {
    const approvals = findApprovals(
      impactGraphs({ head: head('required') }),
      changed,
      affected,
      { '_persona.prompt': ['@platform'] },
      none,
    );
    expect(
      approvals.map((approval) => [
        approval.approver,
        approval.count,
        approval.required,
        approval.sources,
        approval.satisfied,
      ]),
    ).toEqual([
      ['@ada', 1, true, ['contract'], false],
      ['@platform', 2, true, ['codeowners', 'contract'], false],
      ['@support', 1, true, ['downstream'], false],
    ]);
    expect(approvals[2]!.why).toEqual([
      'owns affected consumer consumer:app.ts#reply (contract:contracts/persona.yaml says downstream_approval: required)',
    ]);
  });

  it('says a reason shared by many nodes once, listing the nodes by kind', () => {
    const owned = [
      { id: 'reply.prompt', kind: 'prompt', owners: ['@support'] },
      { id: 'faq.prompt', kind: 'prompt', owners: ['@support'] },
      { id: 'consumer:app.ts#reply', kind: 'consumer', owners: ['@support'] },
    ];
    const scan = head('notify');
    scan.nodes.push(textNode('faq.prompt', '[[_persona.prompt]]'));
    scan.edges.push(...edges('faq.prompt -includes-> _persona.prompt'));
    const twoFiles = [...changed, { id: 'b.prompt', kind: 'prompt', file: 'b.prompt', contracts: [] }];
    const approvals = findApprovals(
      impactGraphs({ head: scan }),
      twoFiles,
      owned,
      { '_persona.prompt': ['@platform'], 'b.prompt': ['@platform'] },
      none,
    );
    expect(approvals.find((approval) => approval.approver === '@support')?.why).toEqual([
      'owns affected prompts reply.prompt, faq.prompt, consumer consumer:app.ts#reply (contract:contracts/persona.yaml says downstream_approval: notify)',
    ]);
    expect(approvals.find((approval) => approval.approver === '@platform')?.why).toEqual([
      '2 approvals from @platform required by contract:contracts/persona.yaml for changed _persona.prompt',
      'CODEOWNERS owner of changed files _persona.prompt, b.prompt',
    ]);
  });

  it('lists downstream owners as not required when the contract says notify', () => {
    const approvals = findApprovals(impactGraphs({ head: head('notify') }), changed, affected, {}, none);
    expect(approvals.find((approval) => approval.approver === '@support')).toMatchObject({
      required: false,
      sources: ['downstream'],
    });
  });

  it('counts team members from review data towards { team, count }', () => {
    const review = { approvedBy: ['@ada', '@bo', '@cy'], evalsPassed: [], teams: { '@platform': ['@bo', '@cy'] } };
    const approvals = findApprovals(impactGraphs({ head: head('none') }), changed, affected, {}, review);
    expect(approvals.map((approval) => [approval.approver, approval.approvedBy, approval.satisfied])).toEqual([
      ['@ada', ['@ada'], true],
      ['@platform', ['@bo', '@cy'], true],
    ]);
  });

  it('is not satisfied by fewer team approvals than the count', () => {
    const review = { approvedBy: ['@platform'], evalsPassed: [] };
    const approvals = findApprovals(impactGraphs({ head: head('none') }), changed, affected, {}, review);
    expect(approvals.find((approval) => approval.approver === '@platform')).toMatchObject({
      approvedBy: ['@platform'],
      satisfied: false,
    });
  });
});

describe('findApprovals for a prompt whose consumers are unknown', () => {
  it("asks one of the prompt's own owners per ownership source, and says why", () => {
    const prompt = textNode('digest.prompt', 'Summarise.', {
      owners: ['@acme/ml', '@alice', '@bob'],
      ownership: [
        { via: 'codeowners', file: '.github/CODEOWNERS', line: 4, pattern: '*.prompt', owners: ['@alice', '@bob'] },
        { via: 'contract', file: 'contracts/digest.yaml', line: 1, owners: ['@acme/ml'] },
      ],
    });
    const approvals = findApprovals(
      impactGraphs({ head: scanOf([prompt]) }),
      [{ id: 'digest.prompt', kind: 'prompt', file: 'digest.prompt', contracts: [] }],
      [],
      {},
      { approvedBy: ['@bob'], evalsPassed: [] },
      { unknown: [{ id: 'digest.prompt', reason: 'no-consumer', message: 'no consumer found' }] },
    );
    expect(
      approvals.map((approval) => [
        approval.approver,
        approval.anyOf,
        approval.sources,
        approval.satisfied,
        approval.why,
      ]),
    ).toEqual([
      [
        '@acme/ml',
        [{ handle: '@acme/ml', type: 'team' }],
        ['owners'],
        false,
        ['owner (contract contracts/digest.yaml) of changed prompt digest.prompt, whose consumers are unknown'],
      ],
      [
        '@alice | @bob',
        [
          { handle: '@alice', type: 'user' },
          { handle: '@bob', type: 'user' },
        ],
        ['owners'],
        true,
        ['owner (.github/CODEOWNERS line 4 (*.prompt)) of changed prompt digest.prompt, whose consumers are unknown'],
      ],
    ]);
  });

  it('types a handle without a slash as a team when a contract or the review data says it is one', () => {
    const approvals = findApprovals(impactGraphs({ head: head('none') }), changed, affected, {}, none, {
      knownTeams: new Set(['@platform']),
    });
    expect(approvals.map((approval) => [approval.approver, approval.anyOf[0]!.type])).toEqual([
      ['@ada', 'user'],
      ['@platform', 'team'],
    ]);
  });
});
