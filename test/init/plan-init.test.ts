import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/scan-fixture.js';
import { parseConfig } from '../../src/build/config/load-config.js';
import { parseContract } from '../../src/build/adapters/shared/parse-contract.js';
import { planInit } from '../../src/query/init/plan-init.js';
import { ConfigSchema } from '../../src/model/schema/config.js';
import { AUDIT_RULES } from '../../src/query/audit/rules/index.js';
import { consumerNode, contractNode, edges, scanOf, textNode } from '../impact/hand-built.js';

/** Two fragments: the persona reaches three prompts, the footer two; `tie` reaches as many as the persona. */
function sharedScan(options: { tie?: boolean; personaGoverned?: boolean } = {}) {
  const fragment = (id: string, owners: string[] = []) =>
    textNode(id, id, { kind: 'fragment', roles: ['fragment'], owners });
  const nodes = [
    fragment('shared/_persona.prompt', ['@acme/platform']),
    fragment('shared/_footer.prompt'),
    textNode('a.prompt', 'a'),
    textNode('b.prompt', 'b'),
    textNode('c.prompt', 'c'),
    ...(options.tie ? [fragment('shared/_aaa.prompt')] : []),
    ...(options.personaGoverned
      ? [contractNode('contract:contracts/persona.yaml', { prompt: 'shared/_persona.prompt' })]
      : []),
  ];
  return scanOf(
    nodes,
    edges(
      'a.prompt -includes-> shared/_persona.prompt',
      'b.prompt -includes-> shared/_persona.prompt',
      'c.prompt -includes-> shared/_persona.prompt',
      'a.prompt -includes-> shared/_footer.prompt',
      'b.prompt -includes-> shared/_footer.prompt',
      ...(options.tie
        ? [
            'a.prompt -includes-> shared/_aaa.prompt',
            'b.prompt -includes-> shared/_aaa.prompt',
            'c.prompt -includes-> shared/_aaa.prompt',
          ]
        : []),
      ...(options.personaGoverned ? ['contract:contracts/persona.yaml -governs-> shared/_persona.prompt'] : []),
    ),
  );
}

describe('planInit', () => {
  it('writes the config and a starter contract for the fragment with the most dependents', () => {
    const plan = planInit(sharedScan());
    expect(plan.files.map((file) => [file.path, file.role])).toEqual([
      ['promptgraph.config.yaml', 'config'],
      ['contracts/persona.yaml', 'contract'],
      ['.promptgraph/promptgraph.config.schema.json', 'schema'],
      ['.promptgraph/contract.schema.json', 'schema'],
    ]);
    expect(plan.fragment).toEqual({ id: 'shared/_persona.prompt', dependents: 3, consumers: 0, teams: [] });
  });

  it('breaks a tie in dependents by id, so every run picks the same fragment', () => {
    expect(planInit(sharedScan({ tie: true })).fragment?.id).toBe('shared/_aaa.prompt');
  });

  it('passes over a fragment a contract already governs', () => {
    expect(planInit(sharedScan({ personaGoverned: true })).fragment?.id).toBe('shared/_footer.prompt');
  });

  it('writes only the config when nothing is shared, and says what to do instead', () => {
    const plan = planInit(scanOf([textNode('a.prompt', 'a')]));
    expect(plan.files.map((file) => file.path)).toEqual([
      'promptgraph.config.yaml',
      '.promptgraph/promptgraph.config.schema.json',
    ]);
    expect(plan.nextSteps[0]).toMatch(/^No shared fragment without a contract was found/);
  });

  it('writes a config the config loader reads as the defaults, with its $schema', () => {
    const config = planInit(sharedScan()).files[0]!.content;
    expect(config.split('\n')[2]).toBe('$schema: .promptgraph/promptgraph.config.schema.json');
    expect(parseConfig(config)).toEqual({
      ...ConfigSchema.parse({}),
      $schema: '.promptgraph/promptgraph.config.schema.json',
    });
  });

  it('writes a contract the contract loader accepts, governing the fragment, owned and approved by its owners', () => {
    const contract = planInit(sharedScan()).files[1]!;
    expect(contract.content.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../.promptgraph/contract.schema.json',
    );
    const parsed = parseContract(contract.path, contract.content);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.contract).toMatchObject({
      prompt: 'shared/_persona.prompt',
      owners: ['@acme/platform'],
      approvers: ['@acme/platform'],
      downstream_approval: 'notify',
      invariants: [],
      evals: [],
      version: 1,
    });
  });

  it('numbers the contract file when a contract of another prompt has its name', () => {
    const scan = sharedScan();
    scan.nodes.push(contractNode('contract:contracts/persona.yaml', { prompt: 'a.prompt' }));
    expect(planInit(scan).files[1]!.path).toBe('contracts/persona-2.yaml');
  });

  it('keeps the contract valid when its commented examples are uncommented', () => {
    const content = planInit(sharedScan())
      .files[1]!.content.split('\n')
      .filter((line) => line !== 'invariants: []' && line !== 'evals: []')
      .map((line) => line.replace(/^# {3}(?=\S|\s+[-\w])/, ''))
      .join('\n');
    const parsed = parseContract('contracts/persona.yaml', content);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.contract).toMatchObject({
      invariants: ['Never promise refunds.'],
      evals: [{ name: 'tone', command: 'npx promptfoo eval -c evals/tone.yaml', scope: 'composed' }],
    });
  });

  it('points both $schema lines at copies it writes of the schemas generated into contracts/, byte for byte', () => {
    const files = planInit(sharedScan()).files;
    const names = files
      .filter((file) => file.role !== 'schema')
      .map((file) => /\$schema[:=] ?(?:\.\.\/)?\.promptgraph\/([\w.-]+)/.exec(file.content)![1]!);
    expect(names).toEqual(['promptgraph.config.schema.json', 'contract.schema.json']);
    for (const name of names) {
      const copy = files.find((file) => file.path === `.promptgraph/${name}`)!;
      expect(copy.content).toBe(readFileSync(path.join(REPO_ROOT, 'contracts', name), 'utf8'));
    }
  });

  it('comments every key of the config schema, audit rules included', () => {
    const config = planInit(sharedScan()).files[0]!.content;
    const keys = Object.keys(ConfigSchema.shape).filter((key) => key !== '$schema');
    expect(keys.filter((key) => !config.includes(`\n# ${key}:`))).toEqual([]);
  });

  it('gives every audit rule its default level, so uncommenting the audit block changes nothing', () => {
    const config = planInit(sharedScan()).files[0]!.content;
    const lines = config.split('\n');
    const audit = lines
      .slice(lines.indexOf('# audit:'))
      .filter((line) => line.startsWith('# '))
      .map((line) => line.slice(2))
      .join('\n');
    expect(parseConfig(audit).audit.rules).toEqual(
      Object.fromEntries(AUDIT_RULES.map((rule) => [rule.id, rule.defaultSeverity])),
    );
  });

  it('passes over include-cycle members and fragments that reach no consumer when one reaches code', () => {
    const fragment = (id: string) => textNode(id, id, { kind: 'fragment', roles: ['fragment'] });
    const scan = scanOf(
      [
        fragment('_loop_a.prompt'),
        fragment('_loop_b.prompt'),
        fragment('_footer.prompt'),
        fragment('_tone.prompt'),
        textNode('a.prompt', 'a'),
        textNode('b.prompt', 'b'),
        consumerNode('consumer:app.ts#send'),
      ],
      edges(
        '_loop_a.prompt -includes-> _loop_b.prompt',
        '_loop_b.prompt -includes-> _loop_a.prompt',
        'a.prompt -includes-> _loop_a.prompt',
        'b.prompt -includes-> _loop_a.prompt',
        'b.prompt -includes-> _footer.prompt',
        'a.prompt -includes-> _tone.prompt',
        'consumer:app.ts#send -consumes-> a.prompt',
      ),
    );
    expect(planInit(scan).fragment).toEqual({ id: '_tone.prompt', dependents: 2, consumers: 1, teams: [] });
    const noConsumer = { ...scan, edges: scan.edges.filter((edge) => edge.kind !== 'consumes') };
    expect(planInit(noConsumer).fragment?.id).toBe('_footer.prompt');
  });

  it('points $schema at the installed package, relative to each file, when the repository depends on promptgraph', () => {
    const plan = planInit(sharedScan(), {
      schemas: { kind: 'installed', folder: 'node_modules/promptgraph/contracts/' },
    });
    expect(plan.files.map((file) => file.role)).toEqual(['config', 'contract']);
    const [config, contract] = plan.files;
    expect(config!.content.split('\n')[2]).toBe(
      '$schema: node_modules/promptgraph/contracts/promptgraph.config.schema.json',
    );
    expect(contract!.content.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../node_modules/promptgraph/contracts/contract.schema.json',
    );
  });

  it("climbs to a workspace's hoisted node_modules from a package folder", () => {
    const [config, contract] = planInit(sharedScan(), {
      schemas: { kind: 'installed', folder: '../../node_modules/promptgraph/contracts/' },
    }).files;
    expect(config!.content.split('\n')[2]).toBe(
      '$schema: ../../node_modules/promptgraph/contracts/promptgraph.config.schema.json',
    );
    expect(contract!.content.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../../node_modules/promptgraph/contracts/contract.schema.json',
    );
  });
});
