import { describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import type { ScanResult } from '../../src/model/schema/scan-result.js';

const node = (result: ScanResult, id: string) => result.nodes.find((candidate) => candidate.id === id);

const TYPESCRIPT = [
  "import { generateText } from 'ai';",
  "import { RULES } from './rules';",
  '',
  'export function systemPrompt(tier: string): string {',
  "  if (tier === 'vip') return 'You are the concierge of Acme. Offer priority support.';",
  "  if (tier === 'trial') return `You help trial users of Acme. ${RULES}`;",
  "  return 'You answer support tickets for Acme.';",
  '}',
  '',
  'export async function support(ticket: string, tier: string) {',
  "  return generateText({ model: 'gpt-4o', system: systemPrompt(tier), prompt: ticket });",
  '}',
  '',
].join('\n');

const PYTHON = [
  'from openai import OpenAI',
  'from app.rules import RULES',
  '',
  'client = OpenAI()',
  '',
  '',
  'def system_prompt(tier):',
  '    if tier == "vip":',
  '        return "You are the concierge of Acme. Offer priority support."',
  '    if tier == "trial":',
  '        return f"You help trial users of Acme. {RULES}"',
  '    return "You answer support tickets for Acme."',
  '',
  '',
  'def support(ticket, tier):',
  '    return client.chat.completions.create(model="gpt-4o", messages=[{"role": "system", "content": system_prompt(tier)}])',
  '',
].join('\n');

describe('a function with several returns is the set of its branches', () => {
  it('TypeScript: each branch is a variant, in source order, and every branch’s include is an edge', async () => {
    const result = await scan(
      memoryFileSource('repo', {
        'src/prompts.ts': TYPESCRIPT,
        'src/rules.ts': "export const RULES = 'Never promise a refund.';\n",
      }),
    );
    const prompt = node(result, 'src/prompts.ts#systemPrompt');
    expect(prompt?.variants).toEqual([
      'You are the concierge of Acme. Offer priority support.',
      'You help trial users of Acme. ${RULES}',
      'You answer support tickets for Acme.',
    ]);
    expect(prompt?.text).toBe('You are the concierge of Acme. Offer priority support.');
    expect(
      result.edges
        .filter((edge) => edge.from === 'src/prompts.ts#systemPrompt')
        .map((edge) => [edge.to, edge.placeholder]),
    ).toEqual([['src/rules.ts#RULES', '${RULES}']]);
  });

  it('Python: each return is a variant (no longer only the first), with its include', async () => {
    const result = await scan(
      memoryFileSource('repo', {
        'app/prompts.py': PYTHON,
        'app/rules.py': 'RULES = "Never promise a refund."\n',
        'app/__init__.py': '',
      }),
    );
    const prompt = node(result, 'app/prompts.py#system_prompt');
    expect(prompt?.variants).toEqual([
      'You are the concierge of Acme. Offer priority support.',
      'You help trial users of Acme. {RULES}',
      'You answer support tickets for Acme.',
    ]);
    expect(
      result.edges
        .filter((edge) => edge.from === 'app/prompts.py#system_prompt')
        .map((edge) => [edge.to, edge.placeholder]),
    ).toEqual([['app/rules.py#RULES', '{RULES}']]);
  });

  it('gives no variants to a function whose returns write one text', async () => {
    const result = await scan(
      memoryFileSource('repo', {
        'src/prompts.ts': [
          "import { generateText } from 'ai';",
          'export function systemPrompt(short: boolean): string {',
          "  if (short) return 'You answer support tickets for Acme.';",
          "  return 'You answer support tickets for Acme.';",
          '}',
          'export async function support(ticket: string) {',
          "  return generateText({ model: 'gpt-4o', system: systemPrompt(true), prompt: ticket });",
          '}',
          '',
        ].join('\n'),
      }),
    );
    expect(node(result, 'src/prompts.ts#systemPrompt')).toMatchObject({ text: 'You answer support tickets for Acme.' });
    expect(node(result, 'src/prompts.ts#systemPrompt')?.variants).toBeUndefined();
  });
});
