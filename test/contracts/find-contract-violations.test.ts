import { describe, expect, it } from 'vitest';
import { findContractViolations } from '../../src/query/contracts/find-contract-violations.js';
import type { GraphNode } from '../../src/model/schema/scan-result.js';
import { includes, templateGraph, templateNode } from '../compose/template-graph.js';

const contract = (fields: Record<string, unknown>, lines: Record<string, number>): GraphNode => ({
  id: 'contract:contracts/persona.yaml',
  kind: 'contract',
  file: 'contracts/persona.yaml',
  range: { start: 1, end: 20 },
  format: 'contract',
  owners: [],
  variables: [],
  meta: { prompt: 'prompts/_persona.j2', must_include: [], must_not_include: [], ...fields, lines },
});
const governs = { from: 'contract:contracts/persona.yaml', to: 'prompts/_persona.j2', kind: 'governs' } as const;

function graphWith(
  fields: Record<string, unknown>,
  lines: Record<string, number>,
  personaMeta?: Record<string, unknown>,
) {
  return templateGraph(
    [
      contract(fields, lines),
      {
        ...templateNode('prompts/_persona.j2', 'jinja', 'You are Aria.\nNever promise refunds.\n', personaMeta),
        kind: 'fragment',
      },
      templateNode(
        'prompts/reply.j2',
        'jinja',
        '{% include "_persona.j2" %}\nReply to {{ customer }}: refunds are guaranteed.\n',
      ),
    ],
    [includes('prompts/reply.j2', 'prompts/_persona.j2', '{% include "_persona.j2" %}'), governs],
  );
}

describe('findContractViolations', () => {
  it('checks text rules on the governed fragment and on each prompt including it, locating a forbidden match', () => {
    const graph = graphWith(
      { must_include: ['human agent'], must_not_include: [{ regex: 'guaranteed' }] },
      { 'must_include.0': 5, 'must_not_include.0': 7 },
    );
    expect(
      findContractViolations(graph, []).map((entry) => [
        entry.kind,
        entry.prompt,
        entry.contractLocation,
        entry.promptLocation,
      ]),
    ).toEqual([
      [
        'must_include',
        'prompts/_persona.j2',
        { file: 'contracts/persona.yaml', line: 5 },
        { file: 'prompts/_persona.j2', line: 1 },
      ],
      [
        'must_include',
        'prompts/reply.j2',
        { file: 'contracts/persona.yaml', line: 5 },
        { file: 'prompts/reply.j2', line: 1 },
      ],
      [
        'must_not_include',
        'prompts/reply.j2',
        { file: 'contracts/persona.yaml', line: 7 },
        { file: 'prompts/reply.j2', line: 2 },
      ],
    ]);
  });

  it('checks max_tokens on every prompt it reaches, variables and model on the governed prompt alone', () => {
    const graph = graphWith(
      { max_tokens: 12, variables: { exact: ['tone'] }, model: 'gpt-4o' },
      { max_tokens: 3, variables: 4, model: 9 },
      { model: 'gpt-4.1' },
    );
    const found = findContractViolations(graph, []);
    expect(found.map((entry) => `${entry.kind} ${entry.prompt} @${entry.contractLocation.line}`)).toEqual([
      'model prompts/_persona.j2 @9',
      'variables prompts/_persona.j2 @4',
      'max_tokens prompts/reply.j2 @3',
    ]);
    expect(found[0]!.message).toBe('names model gpt-4.1; the contract pins gpt-4o');
    expect(found[1]!.message).toBe('variables are none; the contract says exactly {{tone}} (missing {{tone}})');
    expect(found[2]!.message).toMatch(
      /^\d+ tokens \(o200k_base, approximate\) exceed max_tokens 12 \(it includes prompts\/_persona\.j2\)$/,
    );
  });

  it('reports an output schema changed without a version bump at the contract’s output line', () => {
    const graph = graphWith({ output: { format: 'json', schema: 'x.json' }, version: 2 }, { output: 11 });
    const change = {
      contract: 'contract:contracts/persona.yaml',
      nodes: ['prompts/_persona.j2'],
      reasons: ['the output schema changed'],
      version: { base: 2, head: 2 },
      bumped: false,
    };
    expect(findContractViolations(graph, [change])).toEqual([
      {
        kind: 'output_schema',
        contract: 'contract:contracts/persona.yaml',
        prompt: 'prompts/_persona.j2',
        message: 'the output schema changed but version 2 was not bumped',
        contractLocation: { file: 'contracts/persona.yaml', line: 11 },
        promptLocation: { file: 'prompts/_persona.j2', line: 1 },
      },
    ]);
    expect(findContractViolations(graph, [{ ...change, bumped: true }])).toEqual([]);
  });
});
