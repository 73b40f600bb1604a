import { describe, expect, it } from 'vitest';
import { audit } from '../../src/api/audit.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';

/** A prompt file only a test sends to a model, and one production code sends. */
const repository = () =>
  memoryFileSource('bot', {
    'prompts/reply.md': 'Answer the ticket kindly.\n',
    'prompts/grader.md': 'Grade the reply from 1 to 5.\n',
    'src/reply.ts': [
      "import { readFileSync } from 'node:fs';",
      "import OpenAI from 'openai';",
      'const client = new OpenAI();',
      'export async function reply(ticket: string) {',
      "  const system = readFileSync('prompts/reply.md', 'utf8');",
      "  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: system }, { role: 'user', content: ticket }] });",
      '}',
      '',
    ].join('\n'),
    'tests/reply.test.ts': [
      "import { readFileSync } from 'node:fs';",
      "import OpenAI from 'openai';",
      'const client = new OpenAI();',
      'export async function gradeReply(reply: string) {',
      "  const system = readFileSync('prompts/grader.md', 'utf8');",
      "  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: system }, { role: 'user', content: reply }] });",
      '}',
      '',
    ].join('\n'),
  });

describe('audit findings the test-free default changed', () => {
  it('says a prompt is an orphan only because the tests that use it were left out, naming them', async () => {
    const result = await audit(repository());
    const orphans = result.findings.filter((finding) => finding.rule === 'orphan-prompt');
    expect(orphans.map((finding) => finding.file)).toEqual(['prompts/grader.md']);
    expect(orphans[0]!.message).toContain(
      '. Only tests use it (consumer:tests/reply.test.ts#gradeReply), and tests and fixtures are left out of the scan by default; --include-tests counts them',
    );
  });

  it('finds no such orphan with includeTests, and adds no note', async () => {
    const result = await audit(repository(), { includeTests: true });
    expect(result.findings.filter((finding) => finding.rule === 'orphan-prompt')).toEqual([]);
    expect(result.findings.map((finding) => finding.message).join('\n')).not.toContain('--include-tests');
  });

  it('keeps the fingerprint of a noted finding as the rule and its nodes make it', async () => {
    const noted = (await audit(repository())).findings.find((finding) => finding.rule === 'orphan-prompt')!;
    const files = memoryFileSource('bot', {
      'prompts/grader.md': 'Grade the reply from 1 to 5.\n',
    });
    const plain = (await audit(files)).findings.find((finding) => finding.rule === 'orphan-prompt')!;
    expect(noted.fingerprint).toBe(plain.fingerprint);
    expect(plain.message).not.toContain('tests');
  });
});
