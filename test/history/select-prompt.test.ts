import { describe, expect, it } from 'vitest';
import { selectPrompt } from '../../src/query/history/select-prompt.js';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { PromptgraphError } from '../../src/model/promptgraph-error.js';
import { TESTS_LEFT_OUT } from '../../src/model/file-source.js';
import { scanOf, textNode } from '../impact/hand-built.js';

const missingHint = (graph: PromptGraph, selector: string): string => {
  try {
    selectPrompt(graph, selector);
  } catch (error) {
    if (error instanceof PromptgraphError) return error.details.hint ?? '';
  }
  throw new Error(`'${selector}' was found`);
};

describe('selectPrompt when nothing matches', () => {
  it('says tests were left out when the scan left them out, since the prompt may be in one', () => {
    const scan = scanOf([textNode('prompts/reply.prompt', 'Reply.')]);
    scan.diagnostics.push({
      severity: 'info',
      code: TESTS_LEFT_OUT,
      file: '',
      line: 0,
      message: '2 test files left out',
    });
    expect(missingHint(new PromptGraph(scan), 'tests/prompts/grader.prompt')).toMatch(
      /tests and fixtures are left out by default, so a prompt in one needs --include-tests$/,
    );
  });

  it('says nothing of tests when none were left out', () => {
    const graph = new PromptGraph(scanOf([textNode('prompts/reply.prompt', 'Reply.')]));
    expect(missingHint(graph, 'prompts/nowhere.prompt')).not.toContain('--include-tests');
  });
});
