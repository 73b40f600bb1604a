import { describe, expect, it } from 'vitest';
import { computeImpact } from '../../src/query/impact/compute-impact.js';
import { checkImpact } from '../../src/query/impact/check-impact.js';
import { consumerNode, contractNode, edges, evalNode, scanOf, textNode } from './hand-built.js';

const contract = (meta: Record<string, unknown>) =>
  contractNode('contract:contracts/reply.yaml', { prompt: 'reply.prompt', ...meta });
const governs = edges(
  'contract:contracts/reply.yaml -governs-> reply.prompt',
  'consumer:app.ts#send -consumes-> reply.prompt',
);
const consumer = consumerNode('consumer:app.ts#send', { owners: ['@support'] });

describe('computeImpact', () => {
  it("gives every governed prompt an output change when the contract's output block changes", () => {
    const base = scanOf(
      [textNode('reply.prompt', 'Hi'), consumer, contract({ output: { format: 'json', schema: { type: 'object' } } })],
      governs,
    );
    const head = scanOf(
      [textNode('reply.prompt', 'Hi'), consumer, contract({ output: { format: 'json', schema: { type: 'array' } } })],
      governs,
    );
    const result = computeImpact({ base, head, changedFiles: ['contracts/reply.yaml'] });
    expect(result.changed.map((node) => [node.id, node.classification])).toEqual([['reply.prompt', ['output']]]);
    expect(result.interfaceChanges).toEqual([
      {
        contract: 'contract:contracts/reply.yaml',
        nodes: ['reply.prompt'],
        reasons: ['reply.prompt: output schema changed'],
        version: {},
        bumped: false,
      },
    ]);
    expect(result.risk.level).toBe('high');
  });

  it('treats a changed output schema file as an output change', () => {
    const scan = scanOf(
      [textNode('reply.prompt', 'Hi'), contract({ output: { format: 'json', schema: '../schemas/reply.json' } })],
      governs,
    );
    const result = computeImpact({ base: scan, head: scan, changedFiles: ['schemas/reply.json'] });
    expect(result.changed.map((node) => [node.id, node.classification])).toEqual([['reply.prompt', ['output']]]);
  });

  it('asks the CODEOWNERS owners of a changed output schema file, but not those of a changed file nothing depends on', () => {
    const scan = scanOf(
      [textNode('reply.prompt', 'Hi'), contract({ output: { format: 'json', schema: '../schemas/reply.json' } })],
      governs,
    );
    const codeowners = { 'schemas/reply.json': ['@schemas'], 'README.md': ['@docs'] };
    const result = computeImpact({
      base: scan,
      head: scan,
      changedFiles: ['schemas/reply.json', 'README.md'],
      codeowners,
    });
    expect(result.approvals.map((approval) => [approval.approver, approval.sources, approval.why])).toEqual([
      [
        '@schemas',
        ['codeowners'],
        ['CODEOWNERS owner of changed file schemas/reply.json, which changed reply.prompt depends on'],
      ],
    ]);
  });

  it('asks the CODEOWNERS owners of a changed file holding what a changed prompt includes, though no node in it changed', () => {
    const nodes = (text: string) => [
      textNode('_p.prompt', 'a', { kind: 'fragment' }),
      textNode('reply.prompt', `${text} [[_p.prompt]]`),
    ];
    const include = edges('reply.prompt -includes-> _p.prompt');
    const result = computeImpact({
      base: scanOf(nodes('Hi'), include),
      head: scanOf(nodes('Hello'), include),
      changedFiles: ['reply.prompt', '_p.prompt'],
      codeowners: { 'reply.prompt': [], '_p.prompt': ['@platform'] },
    });
    expect(result.approvals.map((approval) => [approval.approver, approval.why])).toEqual([
      ['@platform', ['CODEOWNERS owner of changed file _p.prompt, which changed reply.prompt depends on']],
    ]);
  });

  it('reports a variable added without a default as an interface break, unless the version moved', () => {
    const base = scanOf([textNode('reply.prompt', 'Hi'), contract({ version: 1 })], governs);
    const head = (version: number, defaults?: string[]) =>
      scanOf(
        [
          textNode('reply.prompt', 'Hi {{name}}', { variables: ['name'], ...(defaults ? { meta: { defaults } } : {}) }),
          contract({ version }),
        ],
        governs,
      );
    expect(computeImpact({ base, head: head(1), changedFiles: ['reply.prompt'] }).interfaceChanges).toMatchObject([
      { reasons: ["reply.prompt: variable 'name' added without a default"], bumped: false },
    ]);
    expect(computeImpact({ base, head: head(2), changedFiles: ['reply.prompt'] }).interfaceChanges).toMatchObject([
      { version: { base: 1, head: 2 }, bumped: true },
    ]);
    expect(computeImpact({ base, head: head(1, ['name']), changedFiles: ['reply.prompt'] }).interfaceChanges).toEqual(
      [],
    );
  });

  it('is empty, with risk none, when no node changed', () => {
    const scan = scanOf([textNode('reply.prompt', 'Hi')]);
    const result = computeImpact({ base: scan, head: scan, changedFiles: ['README.md'] });
    expect(result).toMatchObject({
      changed: [],
      affected: [],
      teams: [],
      approvals: [],
      evals: [],
      risk: { level: 'none' },
    });
  });

  it('lists the invariants of contracts governing affected nodes', () => {
    const base = scanOf(
      [
        textNode('_p.prompt', 'a', { kind: 'fragment' }),
        textNode('reply.prompt', '[[_p.prompt]]'),
        contract({ invariants: ['Never promise refunds.'] }),
      ],
      [...governs, ...edges('reply.prompt -includes-> _p.prompt')],
    );
    const head = scanOf(
      [
        textNode('_p.prompt', 'b', { kind: 'fragment' }),
        textNode('reply.prompt', '[[_p.prompt]]'),
        contract({ invariants: ['Never promise refunds.'] }),
      ],
      [...governs, ...edges('reply.prompt -includes-> _p.prompt')],
    );
    const result = computeImpact({ base, head, changedFiles: ['_p.prompt'] });
    expect(result.invariants).toEqual([
      { contract: 'contract:contracts/reply.yaml', nodes: ['reply.prompt'], invariants: ['Never promise refunds.'] },
    ]);
    expect(result.affected.find((node) => node.id === 'reply.prompt')).toMatchObject({
      classification: ['wording'],
      composed: { base: 'a', head: 'b' },
    });
  });
});

describe('computeImpact on contract changes', () => {
  it('lists a changed contract and asks its owners and approvers as they were at the base', () => {
    const before = { ...contract({ owners: ['@platform'], approvers: ['@ada'] }), hash: 'before' };
    const after = { ...contract({ owners: ['@platform'], approvers: [] }), hash: 'after' };
    const result = computeImpact({
      base: scanOf([textNode('reply.prompt', 'Hi'), before], governs),
      head: scanOf([textNode('reply.prompt', 'Hi'), after], governs),
      changedFiles: ['contracts/reply.yaml'],
    });
    expect(result.changed.map((node) => [node.id, node.kind, node.classification])).toEqual([
      ['contract:contracts/reply.yaml', 'contract', ['code']],
    ]);
    expect(result.approvals.map((approval) => [approval.approver, approval.why])).toEqual([
      ['@ada', ['approver in contract:contracts/reply.yaml (at the base) of the changed contract']],
      ['@platform', ['owner in contract:contracts/reply.yaml (at the base) of the changed contract']],
    ]);
  });
});

describe('checkImpact', () => {
  const base = scanOf(
    [textNode('reply.prompt', 'Hi'), consumer, contract({ approvers: ['@ada'], evals: [] })],
    governs,
  );
  const head = scanOf([textNode('reply.prompt', 'Hello'), consumer, contract({ approvers: ['@ada'] })], governs);

  it('fails with one line per missing approval', () => {
    const outcome = checkImpact(
      computeImpact({ base, head, changedFiles: ['reply.prompt'], codeowners: { 'reply.prompt': ['@docs'] } }),
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.failures).toEqual([
      'missing approval: @ada (user) — approver in contract:contracts/reply.yaml for changed reply.prompt',
      'missing approval: @docs (user) — CODEOWNERS owner of changed file reply.prompt',
    ]);
  });

  it('says where each failure comes from: the contract asking for an approval, the file CODEOWNERS assigns', () => {
    const outcome = checkImpact(
      computeImpact({ base, head, changedFiles: ['reply.prompt'], codeowners: { 'reply.prompt': ['@docs'] } }),
    );
    expect(outcome.findings.map(({ reason, file, line }) => `${reason} ${file}:${line}`)).toEqual([
      'missing-approval contracts/reply.yaml:1',
      'missing-approval reply.prompt:1',
    ]);
    expect(outcome.findings.map((finding) => finding.message)).toEqual(outcome.failures);
  });

  it('passes once every required approval is given', () => {
    const review = { approvedBy: ['@ada', '@docs'], evalsPassed: [] };
    expect(
      checkImpact(
        computeImpact({
          base,
          head,
          changedFiles: ['reply.prompt'],
          codeowners: { 'reply.prompt': ['@docs'] },
          review,
        }),
      ),
    ).toEqual({ ok: true, failures: [], findings: [] });
  });
});

describe('a contract malformed at the head', () => {
  const invalid = { ...contractNode('contract:contracts/reply.yaml', {}), meta: undefined, flags: ['invalid'] };
  const problem = {
    severity: 'error' as const,
    code: 'contract-invalid',
    file: 'contracts/reply.yaml',
    line: 4,
    column: 22,
    message: 'downstream_approval: Invalid option',
  };
  const tone = evalNode('eval:contracts/reply.yaml#tone', {
    name: 'tone',
    scope: 'isolated',
    contract: 'contracts/reply.yaml',
  });
  const base = scanOf(
    [
      textNode('reply.prompt', 'Hi'),
      consumer,
      tone,
      contract({ approvers: ['@ada'], downstream_approval: 'required', evals: [{ name: 'tone', scope: 'isolated' }] }),
    ],
    [...governs, ...edges('eval:contracts/reply.yaml#tone -evaluates-> reply.prompt')],
  );
  const head = {
    ...scanOf(
      [textNode('reply.prompt', 'Hello'), consumer, invalid],
      edges('consumer:app.ts#send -consumes-> reply.prompt'),
    ),
    diagnostics: [problem],
  };
  const result = computeImpact({ base, head, changedFiles: ['reply.prompt', 'contracts/reply.yaml'] });

  it("keeps its base version's approvers, downstream approvals and evals, so nothing is dropped", () => {
    expect(result.approvals.map((approval) => [approval.approver, approval.sources, approval.required])).toEqual([
      ['@ada', ['contract'], true],
      ['@support', ['downstream'], true],
    ]);
    expect(result.evals.map((evaluation) => evaluation.id)).toEqual(['eval:contracts/reply.yaml#tone']);
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      'contract-invalid-at-head',
      'contract-invalid',
    ]);
  });

  it('fails the check first with its file:line:column and message', () => {
    expect(checkImpact(result).failures[0]).toBe(
      "malformed contract: contracts/reply.yaml:4:22: downstream_approval: Invalid option; until it is fixed, its base version's approvals and evals apply",
    );
  });

  it('fails the check on a new malformed contract that nothing replaces, one line for all its problems', () => {
    const second = { ...problem, line: 5, column: 1, message: 'ownrs: unknown key' };
    const fresh = computeImpact({
      base: scanOf([textNode('reply.prompt', 'Hi')]),
      head: { ...scanOf([textNode('reply.prompt', 'Hi'), invalid]), diagnostics: [problem, second] },
      changedFiles: ['contracts/reply.yaml'],
    });
    const line =
      'malformed contract: contracts/reply.yaml:4:22: downstream_approval: Invalid option (and 1 more problem)';
    expect(checkImpact(fresh)).toEqual({
      ok: false,
      failures: [line],
      findings: [{ reason: 'malformed-contract', message: line, file: 'contracts/reply.yaml', line: 4, column: 22 }],
    });
  });
});
