import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../support/scan-fixture.js';

describe('prompt-md adapter (VS Code / Copilot prompt files)', () => {
  it('makes a .prompt.md a prompt named by its stem, with its front matter as meta', async () => {
    const result = await scanFixture('adapters/prompt-md');
    expect(nodeById(result, '.github/prompts/review-pr.prompt.md')).toMatchObject({
      kind: 'prompt',
      name: 'review-pr',
      format: 'prompt-md',
      range: { start: 1, end: 17 },
      meta: {
        description: 'Review a pull request for security issues',
        mode: 'agent',
        model: 'GPT-4o',
        tools: ['githubRepo', 'codebase'],
      },
    });
  });

  it('takes the front matter name (the /command) over the stem, with the newer agent and argument-hint keys', async () => {
    const result = await scanFixture('adapters/prompt-md');
    expect(nodeById(result, '.github/prompts/new-endpoint.prompt.md')).toMatchObject({
      name: 'add-endpoint',
      variables: ['route'],
      meta: { agent: 'agent', 'argument-hint': 'the route to add' },
    });
  });

  it('reads ${input:name} and ${input:name:placeholder} as variables', async () => {
    const result = await scanFixture('adapters/prompt-md');
    expect(nodeById(result, '.github/prompts/review-pr.prompt.md').variables).toEqual(['focus', 'prNumber']);
  });

  it('includes linked .instructions.md and #file: .prompt.md files, not other linked files', async () => {
    const result = await scanFixture('adapters/prompt-md');
    expect(edgeStrings(result, ['includes'])).toEqual([
      '.github/prompts/review-pr.prompt.md -includes-> .github/instructions/security.instructions.md',
      '.github/prompts/review-pr.prompt.md -includes-> .github/prompts/checklist.prompt.md',
    ]);
    expect(nodeById(result, '.github/prompts/checklist.prompt.md').kind).toBe('fragment');
    const link = result.edges.find((edge) => edge.to === '.github/instructions/security.instructions.md');
    expect(link).toMatchObject({
      line: 9,
      placeholder: '[our security rules](../instructions/security.instructions.md)',
    });
    const fileRef = result.edges.find((edge) => edge.to === '.github/prompts/checklist.prompt.md');
    expect(fileRef).toMatchObject({ line: 10, placeholder: '#file:checklist.prompt.md' });
  });

  it('ignores links in code, links to its own headings and templated paths', async () => {
    const result = await scanFixture('adapters/prompt-md');
    expect(
      result.edges.filter((edge) => edge.from === '.github/prompts/review-pr.prompt.md').map((edge) => edge.line),
    ).toEqual([9, 10]);
    expect(diagnosticCodes(result)).toEqual(['dangling-reference .github/prompts/broken-link.prompt.md:1']);
  });

  it('reports a #file: prompt reference to a missing file at its line', async () => {
    const result = await scanFixture('adapters/prompt-md');
    expect(diagnosticCodes(result)).toContain('dangling-reference .github/prompts/broken-link.prompt.md:1');
  });
});
