import { describe, expect, it } from 'vitest';
import { composeText } from '../../src/query/compose/compose-text.js';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import type { GraphEdge, GraphNode, ScanResult } from '../../src/model/schema/scan-result.js';

const textNode = (id: string, text: string | undefined): GraphNode => ({
  id,
  kind: 'prompt',
  file: id,
  range: { start: 1, end: 1 },
  format: 'text',
  owners: [],
  variables: [],
  ...(text === undefined ? {} : { text }),
});
const include = (from: string, to: string, placeholder: string): GraphEdge => ({
  from,
  to,
  kind: 'includes',
  placeholder,
});
const graphOf = (nodes: GraphNode[], edges: GraphEdge[]): PromptGraph =>
  new PromptGraph({ schemaVersion: 1, root: 'test', nodes, edges, diagnostics: [] } satisfies ScanResult);

describe('composeText', () => {
  it('replaces each include placeholder with the included text, transitively', () => {
    const graph = graphOf(
      [
        textNode('chat', '{{> persona}}\nHelp {{name}}.'),
        textNode('persona', 'You are Aria. ${SAFETY}'),
        textNode('safety', 'Be kind.'),
      ],
      [include('chat', 'persona', '{{> persona}}'), include('persona', 'safety', '${SAFETY}')],
    );
    expect(composeText(graph, 'chat')).toBe('You are Aria. Be kind.\nHelp {{name}}.');
  });

  it('keeps the placeholder of an include that has no text (a remote prompt)', () => {
    const graph = graphOf(
      [textNode('chat', 'A @@@langfusePrompt:name=tone@@@ B'), textNode('remote:langfuse/tone', undefined)],
      [include('chat', 'remote:langfuse/tone', '@@@langfusePrompt:name=tone@@@')],
    );
    expect(composeText(graph, 'chat')).toBe('A @@@langfusePrompt:name=tone@@@ B');
  });

  it('stops at the repeat of an include cycle instead of recursing forever', () => {
    const graph = graphOf(
      [textNode('a', 'A[{{> b}}]'), textNode('b', 'B[{{> a}}]')],
      [include('a', 'b', '{{> b}}'), include('b', 'a', '{{> a}}')],
    );
    expect(composeText(graph, 'a')).toBe('A[B[{{> a}}]]');
  });

  it('replaces the longer of two overlapping placeholders first', () => {
    const graph = graphOf(
      [textNode('p', '${PERSONA_LONG} / ${PERSONA}'), textNode('long', 'LONG'), textNode('short', 'SHORT')],
      [include('p', 'short', '${PERSONA}'), include('p', 'long', '${PERSONA_LONG}')],
    );
    expect(composeText(graph, 'p')).toBe('LONG / SHORT');
  });

  it("composes each call of a function with the arguments it binds, composing an argument's own placeholders as the caller's", () => {
    const section: GraphNode = {
      ...textNode('section', '## ${title}\n${body.trim()}'),
      parameters: [
        { name: 'title', index: 0, placeholder: '${title}' },
        { name: 'body', index: 1, placeholder: '${body.trim()}', apply: ['trim'] },
      ],
    };
    const call = (placeholder: string, title: string, body: string) => ({
      placeholder,
      bindings: [
        { parameter: 'body', text: body },
        { parameter: 'title', text: title },
      ],
    });
    const graph = graphOf(
      [
        textNode('prompt', "${section('Task', TASK)}\n${section('Note', note)}"),
        section,
        textNode('task', '  Classify it.\n'),
      ],
      [
        {
          ...include('prompt', 'section', "${section('Task', TASK)}"),
          expansions: [
            call("${section('Task', TASK)}", 'Task', '${TASK}'),
            call("${section('Note', note)}", 'Note', '${note}'),
          ],
        },
        include('prompt', 'task', '${TASK}'),
      ],
    );
    expect(composeText(graph, 'prompt')).toBe('## Task\nClassify it.\n## Note\n${note}');
    expect(composeText(graph, 'section')).toBe('## ${title}\n${body.trim()}');
  });

  it('never rescans what a replacement brings in, even when it reads like a placeholder of the including unit', () => {
    const graph = graphOf(
      [textNode('p', '${A} and ${B}'), textNode('a', 'literally ${B}'), textNode('b', 'B')],
      [include('p', 'a', '${A}'), include('p', 'b', '${B}')],
    );
    expect(composeText(graph, 'p')).toBe('literally ${B} and B');
  });
});
