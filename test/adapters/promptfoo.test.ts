import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../support/scan-fixture.js';
import { findEvals } from '../../src/query/impact/find-evals.js';
import { impactGraphs } from '../../src/query/impact/impact-graphs.js';

describe('promptfoo adapter', () => {
  it('makes a promptfoo config one eval named by its description, with the command that runs it', async () => {
    const result = await scanFixture('adapters/promptfoo');
    expect(nodeById(result, 'eval:evals/promptfooconfig.yaml')).toMatchObject({
      kind: 'eval',
      format: 'promptfoo',
      name: 'Summaries stay short',
      meta: { command: 'npx promptfoo eval -c evals/promptfooconfig.yaml' },
    });
  });

  it('links every file:// prompt relative to the config (plain, as an id, with a :label suffix, or a file no adapter claims) and expands globs over repository prompts', async () => {
    const result = await scanFixture('adapters/promptfoo');
    expect(edgeStrings(result, ['evaluates'])).toEqual([
      'eval:ci/smoke.yaml -evaluates-> prompts/answer.md',
      'eval:ci/smoke.yaml -evaluates-> prompts/translate.md',
      'eval:evals/promptfooconfig.yaml -evaluates-> prompts/answer.md',
      'eval:evals/promptfooconfig.yaml -evaluates-> prompts/summarise.txt',
      'eval:evals/promptfooconfig.yaml -evaluates-> templates/chat.json',
      'eval:evals/promptfooconfig.yaml -evaluates-> templates/support.txt',
    ]);
    // No description: named by its repository path, since any package may hold a smoke.yaml or promptfooconfig.yaml.
    expect(nodeById(result, 'eval:ci/smoke.yaml').name).toBe('ci/smoke.yaml');
  });

  it('reads a YAML as promptfoo only when prompts: comes with providers: or tests:', async () => {
    const result = await scanFixture('adapters/promptfoo');
    expect(result.nodes.filter((node) => node.kind === 'eval').map((node) => node.id)).toEqual([
      'eval:ci/smoke.yaml',
      'eval:evals/promptfooconfig.yaml',
    ]);
  });

  it('reports a file:// prompt that does not exist at its line', async () => {
    const result = await scanFixture('adapters/promptfoo');
    expect(diagnosticCodes(result)).toEqual(['dangling-reference evals/promptfooconfig.yaml:7']);
  });

  it('shows up in impact as an eval to run, with its command, when a prompt it evaluates changes', async () => {
    const result = await scanFixture('adapters/promptfoo');
    const evals = findEvals(impactGraphs({ head: result }), ['prompts/summarise.txt'], [], []);
    expect(evals.map((entry) => [entry.id, entry.name, entry.command, entry.why])).toEqual([
      [
        'eval:evals/promptfooconfig.yaml',
        'Summaries stay short',
        'npx promptfoo eval -c evals/promptfooconfig.yaml',
        ['eval of changed prompts/summarise.txt'],
      ],
    ]);
  });
});

describe('promptfoo configs of the same file name in two packages', () => {
  it('are two evals by path: naming one passes it alone, and the shared file name passes neither', async () => {
    const { scan } = await import('../../src/build/scan.js');
    const { memoryFileSource } = await import('../../src/build/files/file-source.js');
    const config = 'prompts:\n  - file://../prompts/reply.md\ntests:\n  - vars: { q: hi }\n';
    const result = await scan(
      memoryFileSource('repo', {
        'billing/prompts/reply.md': 'Answer billing questions.\n',
        'billing/evals/promptfooconfig.yaml': config,
        'support/prompts/reply.md': 'Answer support questions.\n',
        'support/evals/promptfooconfig.yaml': config,
      }),
    );
    const evals = findEvals(
      impactGraphs({ head: result }),
      ['billing/prompts/reply.md', 'support/prompts/reply.md'],
      [],
      ['billing/evals/promptfooconfig.yaml', 'promptfooconfig'],
    );
    expect(evals.map((entry) => [entry.name, entry.passed])).toEqual([
      ['billing/evals/promptfooconfig.yaml', true],
      ['support/evals/promptfooconfig.yaml', false],
    ]);
  });
});

describe('promptfoo adapter and other YAML', () => {
  it('leaves a YAML that is not a promptfoo config to the loaded-text pass when code loads it', async () => {
    const { scan } = await import('../../src/build/scan.js');
    const { memoryFileSource } = await import('../../src/build/files/file-source.js');
    const files = {
      'app.py':
        'from openai import OpenAI\nclient = OpenAI()\nSYSTEM = open("prompts/system.yaml").read()\n\ndef reply():\n    return client.chat.completions.create(model="gpt-4o", messages=[{"role": "system", "content": SYSTEM}])\n',
      'prompts/system.yaml': 'prompts:\n  tone: You are terse.\n',
    };
    const result = await scan(memoryFileSource('repo', files));
    expect(nodeById(result, 'prompts/system.yaml')).toMatchObject({ kind: 'fragment', format: 'text' });
    expect(result.nodes.some((node) => node.kind === 'eval')).toBe(false);
  });
});
