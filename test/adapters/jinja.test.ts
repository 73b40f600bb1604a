import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../support/scan-fixture.js';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { composeText } from '../../src/query/compose/compose-text.js';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';

describe('jinja adapter', () => {
  it('makes each template one whole-file unit with no symbol, named by its stem', async () => {
    const result = await scanFixture('adapters/jinja');
    const system = nodeById(result, 'agents/support/prompts/system_prompt.j2');
    expect(system).toMatchObject({
      kind: 'prompt',
      format: 'jinja',
      name: 'system_prompt',
      range: { start: 1, end: 13 },
    });
    expect(system.symbol).toBeUndefined();
    expect(system.text).toContain("{% include 'safety.j2' %}");
  });

  it('reads free names as variables, not set, for-loop or loop locals, filters or comments', async () => {
    const result = await scanFixture('adapters/jinja');
    expect(nodeById(result, 'agents/support/prompts/system_prompt.j2').variables).toEqual([
      'repository_info',
      'runtime_info',
      'ticket',
    ]);
  });

  it("resolves an include in the template's own folder first, so two agents' same-named templates never mix", async () => {
    const result = await scanFixture('adapters/jinja');
    expect(edgeStrings(result, ['includes']).filter((edge) => edge.includes('safety'))).toEqual([
      'agents/billing/prompts/system_prompt.j2 -includes-> agents/billing/prompts/safety.j2',
      'agents/support/prompts/system_prompt.j2 -includes-> agents/support/prompts/safety.j2',
    ]);
    expect(result.edges.find((edge) => edge.to === 'agents/support/prompts/safety.j2')).toMatchObject({
      line: 2,
      placeholder: "{% include 'safety.j2' %}",
    });
  });

  it('finds a name under a templates/ loader root beside a parent folder when no folder on the way up holds it', async () => {
    const result = await scanFixture('adapters/jinja');
    expect(edgeStrings(result, ['includes'])).toContain(
      'agents/research/prompts/planner.j2 -includes-> templates/tone.j2',
    );
  });

  it('lets the Python function rendering a template through its loader folder consume the whole-file unit', async () => {
    const result = await scanFixture('adapters/jinja');
    expect(edgeStrings(result, ['consumes'])).toEqual([
      'consumer:agents/support/agent.py#system_prompt -consumes-> agents/support/prompts/system_prompt.j2',
    ]);
  });

  it('composes an extends child as the parent text in place of the tag, followed by its block overrides', async () => {
    const result = await scanFixture('adapters/jinja');
    expect(edgeStrings(result, ['includes'])).toContain(
      'templates/reports/weekly.j2 -includes-> templates/layouts/base.j2',
    );
    expect(composeText(new PromptGraph(result), 'templates/reports/weekly.j2')).toBe(
      'You write reports for the Acme leadership team.\n{% block task %}Summarise the week.{% endblock %}\n{% block format %}Answer in Markdown.{% endblock %}\n\n' +
        '{% block task %}Summarise the week of {{ week }} for {{ team }}.{% endblock %}\n',
    );
    expect(nodeById(result, 'templates/reports/weekly.j2').variables).toEqual(['team', 'week']);
  });

  it('includes a macro file through import and from-import, without counting macros, aliases or parameters as variables', async () => {
    const result = await scanFixture('adapters/jinja');
    expect(edgeStrings(result, ['includes']).filter((edge) => edge.startsWith('templates/reports/digest.j2'))).toEqual([
      'templates/reports/digest.j2 -includes-> templates/macros/format.j2',
    ]);
    expect(nodeById(result, 'templates/reports/digest.j2').variables).toEqual(['headline', 'stories', 'style']);
    expect(nodeById(result, 'templates/macros/format.j2')).toMatchObject({ kind: 'fragment', variables: [] });
  });

  it('takes the first existing name of an include list and reports nothing for a missing ignore-missing include', async () => {
    const result = await scanFixture('adapters/jinja');
    expect(
      edgeStrings(result, ['includes']).filter((edge) => edge.startsWith('templates/reports/fallbacks.j2')),
    ).toEqual(['templates/reports/fallbacks.j2 -includes-> templates/reports/footer.j2']);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.file === 'templates/reports/fallbacks.j2')).toEqual([]);
  });

  it('warns at the line of Python-only Jinja it cannot parse and still follows the include and the other variables', async () => {
    const result = await scanFixture('adapters/jinja');
    const warning = result.diagnostics.find((diagnostic) => diagnostic.file === 'legacy/translated.j2')!;
    expect(warning).toMatchObject({ severity: 'warning', code: 'template-syntax', line: 1 });
    expect(warning.message).toContain('unknown block tag: trans');
    expect(edgeStrings(result, ['includes'])).toContain('legacy/translated.j2 -includes-> legacy/_signature.j2');
    expect(nodeById(result, 'legacy/translated.j2').variables).toEqual(['history', 'question', 'user']);
  });

  it('reports a dangling include, a computed one, and includes leaving the repository at their lines', async () => {
    const result = await scanFixture('adapters/jinja');
    expect(diagnosticCodes(result).filter((code) => code.includes('broken/'))).toEqual([
      'include-cycle broken/cycle_a.j2:1',
      'dangling-reference broken/dangling.j2:2',
      'dynamic-include broken/dynamic.j2:1',
      'include-outside-root broken/escape.j2:1',
      'include-outside-root broken/escape.j2:2',
    ]);
    expect(result.diagnostics.find((diagnostic) => diagnostic.code === 'include-cycle')?.message).toContain(
      'broken/cycle_a.j2 → broken/cycle_b.j2 → broken/cycle_a.j2',
    );
  });

  it('keeps page, config and build templates (index.html.j2, nginx.conf.j2, Dockerfile.j2) out of the graph unless something uses them', async () => {
    const result = await scanFixture('adapters/jinja');
    expect(result.nodes.filter((node) => /^(web|deploy)\//.test(node.file))).toEqual([]);
  });
});

describe('jinja parsing edge cases', () => {
  const scanOne = async (text: string) => {
    const result = await scan(memoryFileSource('repo', { 'prompts/task.j2': text, 'prompts/part.j2': 'Part.' }));
    return {
      node: nodeById(result, 'prompts/task.j2'),
      edges: edgeStrings(result, ['includes']),
      diagnostics: diagnosticCodes(result),
    };
  };

  it('reads valid Jinja nunjucks lacks (include without context, scoped blocks, {%+) without a warning', async () => {
    const { edges, diagnostics } = await scanOne(
      '{%+ include "part.j2" without context +%}\n{% block body scoped %}{{ answer }}{% endblock %}\n',
    );
    expect(edges).toEqual(['prompts/task.j2 -includes-> prompts/part.j2']);
    expect(diagnostics).toEqual([]);
  });

  it('reads Python slices as chat templates write them, without a warning and without losing the loop variable', async () => {
    const { node, diagnostics } = await scanOne(
      "{%- set rest = messages[1:] -%}\n{%- for later in rest[loop_start:] %}{{ later['content'][::-1] }}{{ system[:-1] }}{% endfor %}\n{{ {'role': 'user'}['role'] }}",
    );
    expect(diagnostics).toEqual([]);
    expect(node.variables).toEqual(['loop_start', 'messages', 'system']);
  });

  it('follows both branches of a conditional include', async () => {
    const result = await scan(
      memoryFileSource('repo', {
        'prompts/task.j2': "{% include 'brief.j2' if short else 'long.j2' %}",
        'prompts/brief.j2': 'Brief.',
        'prompts/long.j2': 'Long.',
      }),
    );
    expect(edgeStrings(result, ['includes'])).toEqual([
      'prompts/task.j2 -includes-> prompts/brief.j2',
      'prompts/task.j2 -includes-> prompts/long.j2',
    ]);
    expect(nodeById(result, 'prompts/task.j2').variables).toEqual(['short']);
  });

  it('reads an unclosed block tag by tag: one warning at the end, the include still found', async () => {
    const { node, edges, diagnostics } = await scanOne('Hello {{ name }}\n{% if vip %}\n{% include "part.j2" %}\n');
    expect(edges).toEqual(['prompts/task.j2 -includes-> prompts/part.j2']);
    expect(diagnostics).toEqual(['template-syntax prompts/task.j2:4']);
    expect(node.variables).toEqual(['name', 'vip']);
  });

  it('treats a %} inside a quoted string as text of the tag, not its end', async () => {
    const { edges, node } = await scanOne('{{ "100%}" ~ suffix }}\n{% include "part.j2" %}');
    expect(edges).toEqual(['prompts/task.j2 -includes-> prompts/part.j2']);
    expect(node.variables).toEqual(['suffix']);
  });

  it('leaves Helicone and Portkey references to the registry post-pass instead of failing to parse them', async () => {
    const result = await scan(
      memoryFileSource('repo', {
        'prompts/task.j2': 'Answer {{ question }}.\n{{hcp:safety-rules:0:production}}\n{{>pp-tone-1a2b}}\n',
      }),
    );
    expect(edgeStrings(result, ['includes'])).toEqual([
      'prompts/task.j2 -includes-> remote:helicone/safety-rules',
      'prompts/task.j2 -includes-> remote:portkey/pp-tone-1a2b',
    ]);
    expect(nodeById(result, 'prompts/task.j2').variables).toEqual(['question']);
    expect(result.diagnostics).toEqual([]);
  });

  it('keeps {% raw %} content as text', async () => {
    const { edges, node } = await scanOne('{% raw %}{% include "part.j2" %}{{ shown }}{% endraw %}{{ real }}');
    expect(edges).toEqual([]);
    expect(node.variables).toEqual(['real']);
  });
});
