import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { tomlStrings } from '../../../src/build/adapters/shared/toml-strings.js';

const FIXTURE = 'adapters/python/config-prompts';

describe('prompts kept in YAML, JSON and TOML configuration that Python code loads', () => {
  it('makes each string under a prompt-like key a unit named by its key path, with its lines', async () => {
    const result = await scanFixture(FIXTURE);
    expect(nodeById(result, 'agents/config/default.yaml#agent.system_template')).toMatchObject({
      kind: 'prompt',
      text: 'You are a careful assistant that can run shell commands.\n',
      range: { start: 2, end: 3 },
    });
    expect(nodeById(result, 'settings/reviewer.toml#review_prompt.user')).toMatchObject({
      text: 'Review this diff: {{ diff }}',
      range: { start: 7, end: 7 },
    });
    // Not prompt text: a model name, a number, a file nobody loads.
    expect(result.nodes.map((node) => node.id).filter((id) => /model\.name|max_findings|temperature/.test(id))).toEqual(
      [],
    );
  });

  it('makes the code naming a configuration file its consumer: a folder imported from another module, __file__, a settings list', async () => {
    const result = await scanFixture(FIXTURE);
    const consumed = edgeStrings(result, ['consumes']);
    expect(consumed.filter((edge) => /agents\//.test(edge))).toEqual([
      'consumer:agents/persona.py#load_persona -consumes-> agents/config/persona.json#persona.system_prompt',
      'consumer:agents/run/bench.py#<module> -consumes-> agents/config/benchmarks/bench.yaml#agent.system_template',
      'consumer:agents/run/hello.py#main -consumes-> agents/config/default.yaml#agent.instance_template',
      'consumer:agents/run/hello.py#main -consumes-> agents/config/default.yaml#agent.system_template',
    ]);
    expect(consumed.filter((edge) => edge.startsWith('consumer:config_loader.py'))).toEqual([
      'consumer:config_loader.py#<module> -consumes-> settings/configuration.toml#describer.extra_instructions',
      'consumer:config_loader.py#<module> -consumes-> settings/configuration.toml#reviewer.extra_instructions',
      'consumer:config_loader.py#<module> -consumes-> settings/reviewer.toml#review_prompt.system',
      'consumer:config_loader.py#<module> -consumes-> settings/reviewer.toml#review_prompt.user',
    ]);
    // A configuration path that names no file (an output written at run time) is no finding.
    expect(result.diagnostics).toEqual([]);
  });

  it('makes a function reading a key path from a settings object a consumer of that key, by attribute, subscript or get', async () => {
    const result = await scanFixture(FIXTURE);
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.startsWith('consumer:tools/'))).toEqual([
      'consumer:tools/reviewer.py#Reviewer.__init__ -consumes-> settings/configuration.toml#reviewer.extra_instructions',
      'consumer:tools/reviewer.py#Reviewer.prompts -consumes-> settings/reviewer.toml#review_prompt.system',
      'consumer:tools/reviewer.py#Reviewer.prompts -consumes-> settings/reviewer.toml#review_prompt.user',
    ]);
    // Reading another section's setting reaches nothing of the reviewer's.
    expect(result.nodes.map((node) => node.id)).not.toContain('consumer:tools/describer.py#describe');
  });

  it('reads TOML tables, dotted and quoted keys, the four string forms and skips other values', () => {
    const text = [
      '[a.b]',
      'x = 1',
      'list = ["one", "two",',
      '  "three"]',
      '"quoted key".c = \'literal \\n kept\'',
      'multi = """',
      'line one \\',
      '   continued\\tTab"""',
      "raw = '''",
      "keep \\n'''",
      '[[runs]]',
      'name = "r" # comment',
    ].join('\n');
    expect(tomlStrings(text)).toEqual([
      { keys: ['a', 'b', 'quoted key', 'c'], value: 'literal \\n kept', start: 5, end: 5 },
      { keys: ['a', 'b', 'multi'], value: 'line one continued\tTab', start: 6, end: 8 },
      { keys: ['a', 'b', 'raw'], value: 'keep \\n', start: 9, end: 10 },
      { keys: ['runs', 'name'], value: 'r', start: 12, end: 12 },
    ]);
  });
});
