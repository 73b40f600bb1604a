import { describe, expect, it } from 'vitest';
import { findSuppressions } from '../../src/build/extract/find-suppressions.js';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { auditScan } from '../../src/query/audit/run-audit.js';
import { parseConfig } from '../../src/build/config/load-config.js';

describe('suppressions written in files', () => {
  it('reads promptgraph-ignore-next-line in every comment syntax, with several rules and a reason', () => {
    const text = [
      '# promptgraph-ignore-next-line unowned-prompt',
      '// promptgraph-ignore-next-line unowned-prompt, orphan-prompt -- kept for the v1 API',
      '<!-- promptgraph-ignore-next-line duplicate-prompt-text -->',
      '{# promptgraph-ignore-next-line dangling-reference #}',
      '{{!-- promptgraph-ignore-next-line orphan-prompt --}}',
      '/* promptgraph-ignore-next-line unowned-prompt */',
      '# promptgraph-ignore-next-line',
    ].join('\n');
    expect(findSuppressions('a.txt', text).map(({ line, rules }) => `${line}: ${rules.join(',')}`)).toEqual([
      '1: unowned-prompt',
      '2: unowned-prompt,orphan-prompt',
      '3: duplicate-prompt-text',
      '4: dangling-reference',
      '5: orphan-prompt',
      '6: unowned-prompt',
      '7: ',
    ]);
  });

  it('reads a front matter promptgraph-ignore key, a rule or a list, as covering the whole file', () => {
    expect(
      findSuppressions(
        'p.prompt',
        '---\nmodel: gpt-4o\npromptgraph-ignore: [orphan-prompt, unowned-prompt]\n---\nHi.\n',
      ),
    ).toEqual([{ file: 'p.prompt', line: 3, scope: 'file', rules: ['orphan-prompt', 'unowned-prompt'] }]);
    expect(findSuppressions('p.prompt', '---\npromptgraph-ignore: orphan-prompt\n---\nHi.\n')[0]?.rules).toEqual([
      'orphan-prompt',
    ]);
  });
});

const PROMPTS = [
  "export const SYSTEM_PROMPT = 'You are Helper Bot. Answer in two sentences at most.';",
  '// promptgraph-ignore-next-line unowned-prompt -- owned by the vendor SDK team',
  "export const LEGACY_PROMPT = 'You are Helper Bot v1. Answer in one sentence.';",
  '',
].join('\n');

const audited = async (files: Record<string, string>, configText?: string) =>
  auditScan(await scan(memoryFileSource('repo', files)), parseConfig(configText).audit);
const lines = (findings: { rule: string; file: string; line: number }[]) =>
  findings.map((finding) => `${finding.rule} ${finding.file}:${finding.line}`);

describe('the audit and suppressions', () => {
  it('leaves out the finding on the line after a comment naming its rule, and counts it', async () => {
    const result = await audited({ 'src/prompts.ts': PROMPTS }, 'audit: { rules: { orphan-prompt: off } }');
    expect(lines(result.findings)).toEqual(['unowned-prompt src/prompts.ts:1']);
    expect(result.suppressed).toBe(1);
  });

  it('covers a whole prompt file with a front matter key', async () => {
    const prompt =
      '---\nmodel: gpt-4o\npromptgraph-ignore: [unowned-prompt, orphan-prompt]\n---\nAnswer {{question}}.\n';
    const result = await audited({ 'prompts/answer.prompt': prompt });
    expect(result.findings).toEqual([]);
    expect(result.suppressed).toBe(2);
  });

  it('reports a suppression that names no rule, an unknown rule, or covers nothing (unused-suppression)', async () => {
    const code = [
      "export const SYSTEM_PROMPT = 'You are Helper Bot. Answer in two sentences at most.';",
      '// promptgraph-ignore-next-line',
      "export const GREETING_PROMPT = 'You greet the user by name, warmly and briefly.';",
      '// promptgraph-ignore-next-line unowned-promt',
      "export const CLOSING_PROMPT = 'You close the chat politely, in one sentence.';",
      '// promptgraph-ignore-next-line dangling-reference',
      "export const FAREWELL_PROMPT = 'You say goodbye and thank the user for the chat.';",
      '',
    ].join('\n');
    const result = await audited({ 'src/prompts.ts': code }, 'audit: { rules: { orphan-prompt: off } }');
    const unused = result.findings.filter((finding) => finding.rule === 'unused-suppression');
    expect(unused.map((finding) => `${finding.line} ${finding.severity} ${finding.message.split(';')[0]}`)).toEqual([
      '2 warning promptgraph-ignore-next-line names no rule, so it suppresses nothing',
      "4 warning promptgraph-ignore-next-line names 'unowned-promt', which is no audit rule",
      '6 warning promptgraph-ignore-next-line dangling-reference suppresses nothing: no dangling-reference finding on line 7',
    ]);
    expect(result.findings.filter((finding) => finding.rule === 'unowned-prompt')).toHaveLength(4);
  });

  it('says nothing of a suppression of a rule the config turned off', async () => {
    const result = await audited(
      { 'src/prompts.ts': PROMPTS },
      'audit: { rules: { unowned-prompt: off, orphan-prompt: off } }',
    );
    expect(result.findings).toEqual([]);
  });
});

describe('rules adopted on part of the repository (audit.rules.<id>.paths / ignore)', () => {
  it('keeps a rule’s findings to its paths, less what it ignores, at the level given', async () => {
    const files = {
      'services/bot/prompts.ts': "export const BOT_PROMPT = 'You are the bot. Answer in two sentences.';\n",
      'services/bot/tests/prompts.ts': "export const TEST_PROMPT = 'You are a test bot. Answer in one sentence.';\n",
      'tools/prompts.ts': "export const TOOL_PROMPT = 'You are a tool. Answer with one word only.';\n",
    };
    const result = await audited(
      files,
      'audit:\n  rules:\n    orphan-prompt: off\n    unowned-prompt: { level: error, paths: ["services/**"], ignore: ["**/tests/**"] }\n',
    );
    expect(result.findings.map((finding) => `${finding.rule} ${finding.severity} ${finding.file}`)).toEqual([
      'unowned-prompt error services/bot/prompts.ts',
    ]);
    expect(result.rules.find((rule) => rule.id === 'unowned-prompt')?.level).toBe('error');
  });

  it('rejects an unknown key in a rule’s settings with its line, as any config error', () => {
    expect(() => parseConfig('audit:\n  rules:\n    unowned-prompt: { level: error, path: ["x/**"] }\n')).toThrow(
      /path/,
    );
  });
});
