import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { impactJson } from './impact-harness.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

const VIP = 'You are the concierge of Acme. Greet the customer by name and offer priority support.';
const TRIAL = 'You help trial users of Acme discover the product.';
const BASIC = 'You answer support tickets for Acme.';
const LONGER_BASIC =
  'You answer support tickets for Acme in two sentences, politely, with a link to the relevant help page.';

const typescript = (basic: string) =>
  [
    "import { generateText } from 'ai';",
    '',
    'export function systemPrompt(tier: string): string {',
    `  if (tier === 'vip') return '${VIP}';`,
    `  if (tier === 'trial') return '${TRIAL}';`,
    `  return '${basic}';`,
    '}',
    '',
    'export async function support(ticket: string, tier: string) {',
    "  return generateText({ model: 'gpt-4o', system: systemPrompt(tier), prompt: ticket });",
    '}',
    '',
  ].join('\n');

const python = (basic: string) =>
  [
    'from openai import OpenAI',
    '',
    'client = OpenAI()',
    '',
    '',
    'def system_prompt(tier):',
    '    if tier == "vip":',
    `        return "${VIP}"`,
    '    if tier == "trial":',
    `        return "${TRIAL}"`,
    `    return "${basic}"`,
    '',
    '',
    'def support(ticket, tier):',
    '    messages = [{"role": "system", "content": system_prompt(tier)}, {"role": "user", "content": ticket}]',
    '    return client.chat.completions.create(model="gpt-4o", messages=messages)',
    '',
  ].join('\n');

describe('impact of an edit to one branch of a function with several returns', () => {
  it.each([
    ['TypeScript', 'src/prompts.ts', 'src/prompts.ts#systemPrompt', typescript],
    ['Python', 'app/prompts.py', 'app/prompts.py#system_prompt', python],
  ])(
    '%s: reports only the edited branch as changed, in its classification and its diff',
    async (_language, file, id, source) => {
      repo = createGitRepo({ [file]: source(BASIC) });
      repo.commit('a prompt with three branches');
      // The edited branch becomes the longest: the unchanged VIP branch must not show as removed.
      repo.write({ [file]: source(LONGER_BASIC) });
      const result = await impactJson(repo.dir, '--base', 'HEAD');
      const changed = result.changed.find((node) => node.id === id);
      expect(changed?.classification).toEqual(['wording']);
      expect(changed?.variants).toEqual([
        { branch: 1, change: 'unchanged' },
        { branch: 2, change: 'unchanged' },
        { branch: 3, change: 'changed' },
      ]);
      expect(changed?.diff?.split('\n').filter((line) => /^[-+]/.test(line))).toEqual([
        `--- base/${id} (branch 3 of 3)`,
        `+++ head/${id} (branch 3 of 3)`,
        `-${BASIC}`,
        `+${LONGER_BASIC}`,
      ]);
      expect(changed?.diff).not.toContain(VIP);
      expect(changed?.diff).not.toContain(TRIAL);
    },
  );
});
