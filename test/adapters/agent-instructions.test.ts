import { beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/schema/scan-result.js';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { composeText } from '../../src/query/compose/compose-text.js';
import { findIncludeCycles } from '../../src/build/graph/find-include-cycles.js';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../support/scan-fixture.js';

describe('agent-instructions adapter (AGENTS.md, CLAUDE.md, GEMINI.md, Copilot, Cursor, Windsurf)', () => {
  let result: ScanResult;
  beforeAll(async () => {
    result = await scanFixture('adapters/agent-instructions');
  });

  it('makes each instruction file a prompt of format agent-instructions, naming the tools that read it', () => {
    const instructions = result.nodes.filter((node) => node.format === 'agent-instructions');
    expect(
      instructions.map((node) => `${node.id} ${(node.meta?.agents as string[] | undefined)?.join(',') ?? ''}`),
    ).toEqual([
      '.cursor/rules/project.mdc cursor',
      '.cursor/rules/typescript.mdc cursor',
      '.cursorrules cursor',
      '.github/copilot-instructions.md copilot',
      '.github/instructions/billing-api.instructions.md copilot',
      '.windsurf/rules/tests.md windsurf',
      '.windsurfrules windsurf',
      'AGENTS.md codex,copilot,cursor,windsurf',
      'CLAUDE.local.md claude-code',
      'CLAUDE.md claude-code',
      'GEMINI.md gemini-cli',
      'packages/billing/AGENTS.md codex,copilot,cursor,windsurf',
      'packages/billing/CLAUDE.md claude-code',
      'packages/billing/api/AGENTS.override.md codex',
    ]);
    expect(instructions.every((node) => node.kind === 'prompt')).toBe(true);
  });

  it('gives every agent tool one consumer node, consuming each file the tool reads', () => {
    expect(nodeById(result, 'agent:claude-code')).toMatchObject({ kind: 'consumer', file: '', name: 'Claude Code' });
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.startsWith('agent:claude-code'))).toEqual([
      'agent:claude-code -consumes-> CLAUDE.local.md',
      'agent:claude-code -consumes-> CLAUDE.md',
      'agent:claude-code -consumes-> packages/billing/CLAUDE.md',
    ]);
    expect(result.nodes.filter((node) => node.id.startsWith('agent:')).map((node) => node.id)).toEqual([
      'agent:claude-code',
      'agent:codex',
      'agent:copilot',
      'agent:cursor',
      'agent:gemini-cli',
      'agent:windsurf',
    ]);
  });

  it('reads @path imports of CLAUDE.md and GEMINI.md as includes placed where written, relative to the file', () => {
    const imports = result.edges.filter((edge) => edge.placeholder?.startsWith('@'));
    expect(imports.map((edge) => `${edge.from}:${edge.line} ${edge.placeholder} -> ${edge.to}`)).toEqual([
      'CLAUDE.md:3 @AGENTS.md -> AGENTS.md',
      'CLAUDE.md:5 @docs/claude/style.md -> docs/claude/style.md',
      'GEMINI.md:3 @./docs/gemini/context.md -> docs/gemini/context.md',
      // five.md is past the limit, so nobody reads it through the chain: its own import is its own business.
      'docs/chain/five.md:1 @six.md -> docs/chain/six.md',
      'docs/chain/one.md:1 @two.md -> docs/chain/two.md',
      'docs/chain/three.md:1 @four.md -> docs/chain/four.md',
      'docs/chain/two.md:1 @three.md -> docs/chain/three.md',
      'docs/claude/style.md:1 @../chain/one.md -> docs/chain/one.md',
    ]);
  });

  it('skips imports in code spans, mentions that name no file, and personal files outside the repository', () => {
    expect(result.edges.some((edge) => edge.to.includes('example'))).toBe(false);
    expect(diagnosticCodes(result)).toEqual([
      'tests-left-out :0',
      'import-outside-repository CLAUDE.md:6',
      'dangling-reference CLAUDE.md:9',
      'import-too-deep docs/chain/four.md:1',
    ]);
  });

  it('stops imports five hops from the instruction file, as Claude Code and Gemini CLI do', () => {
    expect(result.edges.some((edge) => edge.from === 'docs/chain/four.md')).toBe(false);
    const tooDeep = result.diagnostics.find((diagnostic) => diagnostic.code === 'import-too-deep');
    expect(tooDeep?.message).toContain('@five.md is import hop 6');
    expect(composeText(new PromptGraph(result), 'CLAUDE.md')).toContain('Hop four. @five.md');
  });

  it('reads Markdown links to local documents as includes with no place in the text', () => {
    expect(result.edges.filter((edge) => edge.kind === 'includes' && !edge.placeholder && !edge.prepend)).toEqual([
      { from: '.github/copilot-instructions.md', to: 'AGENTS.md', kind: 'includes', line: 1, link: true },
      { from: 'AGENTS.md', to: 'docs/conventions.md', kind: 'includes', line: 4, link: true },
    ]);
    expect(composeText(new PromptGraph(result), 'AGENTS.md')).toContain('Read [the conventions](docs/conventions.md)');
  });

  it('stores each rule scope: applyTo, Cursor globs (unquoted, braces kept) and alwaysApply, Windsurf triggers', () => {
    expect(nodeById(result, '.github/instructions/billing-api.instructions.md').scope).toEqual({
      always: false,
      globs: ['packages/billing/**/*.ts'],
      activation: 'excludeAgent: code-review',
      files: 2,
    });
    expect(nodeById(result, '.cursor/rules/typescript.mdc').scope).toEqual({
      always: false,
      globs: ['**/*.ts', 'packages/**/*.{ts,tsx}'],
      files: 2,
    });
    expect(nodeById(result, '.cursor/rules/project.mdc').scope).toEqual({ always: true, globs: [] });
    expect(nodeById(result, '.windsurf/rules/tests.md').scope).toEqual({
      always: false,
      globs: ['**/*.test.ts'],
      files: 1,
    });
    expect(nodeById(result, '.cursor/rules/typescript.mdc').text).toBe('Use `const` over `let`; no `any`.\n');
  });

  it('scopes a nested AGENTS.md or CLAUDE.md to its folder and a root one to everything', () => {
    expect(nodeById(result, 'AGENTS.md').scope).toEqual({ always: true, globs: [] });
    expect(nodeById(result, 'packages/billing/AGENTS.md').scope).toEqual({
      always: false,
      globs: ['packages/billing/**'],
      files: 5,
    });
  });

  it('composes nested files after their nearest ancestor, root first, as the tools concatenate them', () => {
    expect(edgeStrings(result, ['includes']).filter((edge) => edge.includes('AGENTS'))).toContain(
      'packages/billing/api/AGENTS.override.md -includes-> packages/billing/AGENTS.md',
    );
    const graph = new PromptGraph(result);
    expect(composeText(graph, 'packages/billing/api/AGENTS.override.md')).toBe(
      [
        '# Acme Helpdesk\n\nRun `npm test` before every commit. Never commit secrets.\nRead [the conventions](docs/conventions.md) before changing public APIs.',
        '# Billing\n\nAmounts are integers in cents; never use floating point for money.',
        '# Billing API\n\nEvery endpoint validates its input with zod.\n',
      ].join('\n\n'),
    );
    // Claude Code reads CLAUDE.md, then CLAUDE.local.md, in each folder from the root down.
    const billingClaude = composeText(graph, 'packages/billing/CLAUDE.md');
    expect(billingClaude.indexOf('# Claude Code')).toBe(0);
    expect(billingClaude.indexOf('My sandbox')).toBeLessThan(billingClaude.indexOf('Billing engineers'));
  });

  it('reaches every nested instruction file from a change to the root one', () => {
    const reached = new PromptGraph(result).downstream(['AGENTS.md']);
    expect([...reached.keys()].filter((id) => !id.startsWith('agent:')).sort()).toEqual([
      '.github/copilot-instructions.md',
      'CLAUDE.local.md',
      'CLAUDE.md',
      'packages/billing/AGENTS.md',
      'packages/billing/CLAUDE.md',
      'packages/billing/api/AGENTS.override.md',
    ]);
  });

  it('reads two documents linking each other as no include cycle: a link places no text', () => {
    const loop = (link?: true) => [
      { from: 'AGENTS.md', to: 'docs/conventions.md', kind: 'includes' as const, line: 4, ...(link ? { link } : {}) },
      { from: 'docs/conventions.md', to: 'AGENTS.md', kind: 'includes' as const, line: 1, ...(link ? { link } : {}) },
    ];
    expect(findIncludeCycles(loop(true))).toEqual([]);
    expect(findIncludeCycles(loop())).toEqual([
      { cycle: ['AGENTS.md', 'docs/conventions.md'], members: ['AGENTS.md', 'docs/conventions.md'] },
    ]);
  });
});
