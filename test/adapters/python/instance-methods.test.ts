import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { edgeStrings, fixturePath, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { pythonAdapter } from '../../../src/build/adapters/python/python-adapter.js';
import { ConfigSchema } from '../../../src/model/schema/config.js';

const consumesFrom = (edges: string[], file: string) =>
  edges.filter((edge) => edge.startsWith(`consumer:app/${file}#`));

describe('python methods called on an instance', () => {
  it('makes callers of a module-level instance, in its own module and importing it, consumers of what they pass', async () => {
    const result = await scanFixture('adapters/python/instance-methods');
    const edges = edgeStrings(result, ['consumes']);
    expect(consumesFrom(edges, 'llm.py')).toEqual(['consumer:app/llm.py#triage -consumes-> app/llm.py#TRIAGE_PROMPT']);
    expect(edges).toContain('consumer:app/callers.py#refund -consumes-> app/callers.py#REFUND_PROMPT');
    expect(nodeById(result, 'consumer:app/callers.py#refund')).toMatchObject({
      kind: 'consumer',
      range: { start: 7, end: 8 },
    });
    expect(result.edges.find((edge) => edge.from === 'consumer:app/callers.py#refund')).toMatchObject({
      to: 'app/callers.py#REFUND_PROMPT',
      line: 8,
    });
  });

  it('follows a method called on a new instance of an imported class, and on an instance attribute set in __init__', async () => {
    const result = await scanFixture('adapters/python/instance-methods');
    expect(consumesFrom(edgeStrings(result, ['consumes']), 'callers.py')).toEqual([
      'consumer:app/callers.py#Escalation.escalate -consumes-> app/callers.py#Escalation.ESCALATION_PROMPT',
      'consumer:app/callers.py#refund -consumes-> app/callers.py#REFUND_PROMPT',
      'consumer:app/callers.py#summarise -consumes-> app/callers.py#SUMMARY_PROMPT',
    ]);
  });

  it('finds a method the class inherits, called on a new instance and on a local bound to one', async () => {
    const result = await scanFixture('adapters/python/instance-methods');
    expect(consumesFrom(edgeStrings(result, ['consumes']), 'bots.py')).toEqual([
      'consumer:app/bots.py#farewell -consumes-> app/bots.py#FAREWELL_PROMPT',
      'consumer:app/bots.py#greet -consumes-> app/bots.py#GREETING_PROMPT',
    ]);
    expect(nodeById(result, 'consumer:app/bots.py#BaseBot.send')).toMatchObject({
      kind: 'consumer',
      range: { start: 9, end: 10 },
    });
    expect(result.nodes.map((node) => node.id)).not.toContain('consumer:app/bots.py#Bot.send');
  });

  it('passes arguments past self, and the instance itself as argument -1, naming the method through its class', async () => {
    const path = 'app/callers.py';
    const extraction = await pythonAdapter.extract(
      { path, text: readFileSync(fixturePath('adapters/python/instance-methods', path), 'utf8') },
      { config: ConfigSchema.parse({}) },
    );
    const imported = { type: 'export', language: 'python', fromFile: path, specifier: 'app.llm' };
    expect(
      extraction
        .calls!.filter((call) => call.from === 'summarise')
        .map((call) => [call.argIndex, call.callee, call.arg]),
    ).toEqual([
      [0, { ...imported, name: 'LLM', member: 'complete' }, { type: 'local', symbol: 'SUMMARY_PROMPT' }],
      [1, { ...imported, name: 'LLM', member: 'complete' }, { type: 'param', index: 0 }],
      [-1, { ...imported, name: 'LLM', member: 'complete' }, { ...imported, name: 'LLM' }],
    ]);
    // `from app.llm import llm`: submodule `app.llm.llm` by convention; the resolver reads it as the instance in app.llm when no such module exists.
    const method = { ...imported, specifier: 'app.llm.llm', name: 'complete' };
    expect(
      extraction.calls!.filter((call) => call.from === 'refund').map((call) => [call.argIndex, call.callee, call.arg]),
    ).toEqual([
      [0, method, { type: 'local', symbol: 'REFUND_PROMPT' }],
      [1, method, { type: 'param', index: 0 }],
      [-1, method, { ...imported, name: 'llm' }],
    ]);
  });

  it('exports a module-level instance with the class whose members it has', async () => {
    const path = 'app/llm.py';
    const extraction = await pythonAdapter.extract(
      { path, text: readFileSync(fixturePath('adapters/python/instance-methods', path), 'utf8') },
      { config: ConfigSchema.parse({}) },
    );
    expect(extraction.exports!.filter((entry) => entry.name === 'llm' || entry.name === 'LLM')).toEqual([
      { name: 'LLM', local: 'LLM' },
      { name: 'llm', local: 'llm', instanceOf: { name: 'LLM' } },
    ]);
  });
});
