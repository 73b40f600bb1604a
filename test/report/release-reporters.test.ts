import { describe, expect, it } from 'vitest';
import { formatHistoryText } from '../../src/output/report/history-text.js';
import { formatReleaseHtml } from '../../src/output/report/release-html.js';
import { formatReleaseMarkdown } from '../../src/output/report/release-markdown.js';
import type { HistoryResult, PromptCommit } from '../../src/model/schema/prompt-history.js';
import type { ReleasePrompt, ReleaseReport } from '../../src/model/schema/release-report.js';

const commit = (subject: string, extra: Partial<PromptCommit> = {}): PromptCommit => ({
  commit: '0123456789abcdef0123456789abcdef01234567',
  author: { name: 'Ana', email: 'ana@example.com' },
  date: '2024-02-10T09:00:00+01:00',
  subject,
  id: 'prompts/reply.prompt',
  classification: ['wording'],
  variables: { added: [], removed: [] },
  includes: { added: [], removed: [] },
  files: ['prompts/reply.prompt'],
  ...extra,
});

const prompt = (id: string, extra: Partial<ReleasePrompt> = {}): ReleasePrompt => ({
  id,
  kind: 'prompt',
  file: id,
  range: { start: 1, end: 2 },
  owners: [],
  classification: ['wording'],
  variables: { added: [], removed: [] },
  includes: { added: [], removed: [] },
  change: 'direct',
  through: [id],
  teams: [],
  contracts: [],
  evals: [],
  commits: [commit('Edit')],
  ...extra,
});

const report = (prompts: ReleasePrompt[]): ReleaseReport => ({
  schemaVersion: 1,
  schemaMinor: 1,
  base: { ref: 'v1', commit: 'a'.repeat(40) },
  head: { ref: 'v2', commit: 'b'.repeat(40) },
  firstParent: true,
  prompts,
  teams: [],
  approvals: [],
  evals: [],
  invariants: [],
  interfaceChanges: [],
  risk: { level: 'low', reasons: [], unknown: [] },
  walk: { commits: 1, scanned: 1 },
  diagnostics: [],
});

describe('release Markdown', () => {
  it('keeps a subject with pipes and backticks inside its table cell, and a diff holding a fence inside its block', () => {
    const text = formatReleaseMarkdown(
      report([prompt('prompts/reply.prompt', { commits: [commit('Fix | split `code`')], diff: '-a\n+```\n' })]),
    );
    expect(text).toContain(
      '| `0123456789` | 2024-02-10 | Ana &lt;ana@example.com&gt; | Fix \\| split \\`code\\` | wording (prompts/reply.prompt) |',
    );
    expect(text).toContain('````diff\n-a\n+```\n````');
  });

  it('says so when no prompt changed', () => {
    expect(formatReleaseMarkdown(report([]))).toContain("No prompt's composed text changed between these revisions.");
  });
});

describe('release HTML', () => {
  it('gives every prompt its own section, with prompt text escaped as data', () => {
    const html = formatReleaseHtml(
      report([
        prompt('prompts/a.prompt', { diff: '+<img src=x onerror=alert(1)></script>' }),
        prompt('prompts/b.prompt'),
      ]),
    );
    expect(html.match(/<section class="prompt" id="prompt-\d">/g)).toEqual([
      '<section class="prompt" id="prompt-0">',
      '<section class="prompt" id="prompt-1">',
    ]);
    expect(html).toContain('<span class="add">+&#60;img src=x onerror=alert(1)&#62;&#60;/script&#62;</span>');
    expect(html).not.toMatch(/<img|<\/script|<script/);
  });

  it('shows right-to-left overrides and control characters in names as <U+…> and line breaks as ⏎, never applies them', () => {
    const id = 'prompts/\u202Etxt.sh\nreply.prompt';
    const html = formatReleaseHtml(
      report([
        prompt(id, {
          renamedFrom: 'prompts/old\u2066.prompt',
          commits: [commit('Fix\u202E the\u0007 reply', { files: [id], author: { name: 'A\u200Fna', email: 'a@x' } })],
          diff: '+Say\u202E hello\n',
        }),
      ]),
    );
    for (const raw of ['\u202E', '\u2066', '\u200F', '\u0007']) expect(html).not.toContain(raw);
    const shown = (text: string) => text.replace(/</g, '&#60;').replace(/>/g, '&#62;');
    expect(html).toContain(`<h2><code>${shown('prompts/<U+202E>txt.sh⏎reply.prompt')}</code></h2>`);
    expect(html).toContain(`renamed from <code>${shown('prompts/old<U+2066>.prompt')}</code>`);
    expect(html).toContain(`<td>${shown('Fix<U+202E> the<U+0007> reply')}</td>`);
    expect(html).toContain(shown('A<U+200F>na'));
    expect(html).toContain(`<span class="add">${shown('+Say<U+202E> hello')}</span>`);
  });
});

describe('history text', () => {
  const result: HistoryResult = {
    schemaVersion: 1,
    prompt: {
      id: 'prompts/reply.prompt',
      kind: 'prompt',
      file: 'prompts/reply.prompt',
      range: { start: 1, end: 2 },
      owners: ['@support'],
    },
    head: { ref: 'HEAD', commit: 'c'.repeat(40) },
    firstParent: true,
    maxCount: 1,
    truncated: true,
    commits: [commit('Move it', { classification: ['renamed'], renamedFrom: 'reply.prompt' })],
    walk: { commits: 3, scanned: 1 },
  };

  it('names the rename and says where --max-count stopped the walk', () => {
    const text = formatHistoryText(result, { color: false });
    expect(text).toContain('  renamed  renamed from reply.prompt  via prompts/reply.prompt\n');
    expect(text.trimEnd().split('\n').pop()).toBe('Stopped at --max-count 1: older commits may have changed it too.');
  });
});
