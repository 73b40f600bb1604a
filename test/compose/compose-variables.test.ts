import { describe, expect, it } from 'vitest';
import { composedVariables } from '../../src/query/compose/compose-variables.js';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import type { GraphEdge, GraphNode, ScanResult } from '../../src/model/schema/scan-result.js';

const textNode = (id: string, variables: string[]): GraphNode => ({
  id,
  kind: 'prompt',
  file: id,
  range: { start: 1, end: 1 },
  format: 'text',
  owners: [],
  variables,
  text: id,
});
const graphOf = (nodes: GraphNode[], edges: GraphEdge[]): PromptGraph =>
  new PromptGraph({ schemaVersion: 1, root: 'test', nodes, edges, diagnostics: [] } satisfies ScanResult);

describe('composedVariables', () => {
  it('collects the variables of everything included, less the parameters each call binds', () => {
    const graph = graphOf(
      [textNode('prompt', ['user']), textNode('section', ['body', 'title']), textNode('tone', ['tone'])],
      [
        {
          from: 'prompt',
          to: 'section',
          kind: 'includes',
          placeholder: '${a}',
          expansions: [
            {
              placeholder: '${a}',
              bindings: [
                { parameter: 'body', text: 'x' },
                { parameter: 'title', text: 'T' },
              ],
            },
            { placeholder: '${b}', bindings: [{ parameter: 'title', text: 'U' }] },
          ],
        },
        { from: 'prompt', to: 'tone', kind: 'includes' },
      ],
    );
    // The second call leaves `body` unbound; the data-like include with no placeholder still brings `tone`.
    expect(composedVariables(graph, 'prompt')).toEqual(['body', 'tone', 'user']);
    expect(composedVariables(graph, 'section')).toEqual(['body', 'title']);
  });

  it('stops at an include cycle', () => {
    const graph = graphOf(
      [textNode('a', ['x']), textNode('b', ['y'])],
      [
        { from: 'a', to: 'b', kind: 'includes', placeholder: 'B' },
        { from: 'b', to: 'a', kind: 'includes', placeholder: 'A' },
      ],
    );
    expect(composedVariables(graph, 'a')).toEqual(['x', 'y']);
  });
});
