import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { impactJson } from './impact-harness.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

const PROMPTS_FILE = [
  "export const SUPPORT_PROMPT = 'You answer support tickets for Acme.';",
  "export const BILLING_PROMPT = 'You answer billing questions for Acme.';",
  '',
].join('\n');

/** One file of two prompts, each sent by its own function. */
function twoPrompts(): GitRepo {
  const created = createGitRepo({
    'src/prompts.ts': PROMPTS_FILE,
    'src/handlers.ts': [
      "import { generateText } from 'ai';",
      "import { BILLING_PROMPT, SUPPORT_PROMPT } from './prompts.js';",
      '',
      'export async function support(ticket: string) {',
      "  return generateText({ model: 'gpt-4o', system: SUPPORT_PROMPT, prompt: ticket });",
      '}',
      '',
      'export async function billing(question: string) {',
      "  return generateText({ model: 'gpt-4o', system: BILLING_PROMPT, prompt: question });",
      '}',
      '',
    ].join('\n'),
  });
  created.commit('two prompts');
  return created;
}

/** A workspace package of shared fragments, imported by name from two services owned by two teams. */
function workspace(): GitRepo {
  const created = createGitRepo({
    'package.json': JSON.stringify({ name: 'acme', private: true, workspaces: ['packages/*', 'services/*'] }),
    '.github/CODEOWNERS':
      'packages/prompts/ @acme/platform\nservices/support/ @acme/support\nservices/sales/ @acme/sales\n',
    'packages/prompts/package.json': JSON.stringify({
      name: '@acme/prompts',
      type: 'module',
      exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
    }),
    'packages/prompts/src/index.ts': "export { PERSONA } from './persona.js';\n",
    'packages/prompts/src/persona.ts': "export const PERSONA = 'You are Ada, the assistant of Acme.';\n",
    'services/support/package.json': JSON.stringify({
      name: '@acme/support',
      dependencies: { '@acme/prompts': 'workspace:*' },
    }),
    'services/support/src/reply.ts': [
      "import { generateText } from 'ai';",
      "import { PERSONA } from '@acme/prompts';",
      '',
      'const REPLY_PROMPT = `${PERSONA}\\nAnswer the ticket in three sentences.`;',
      '',
      'export async function reply(ticket: string) {',
      "  return generateText({ model: 'gpt-4o', system: REPLY_PROMPT, prompt: ticket });",
      '}',
      '',
    ].join('\n'),
    'services/sales/package.json': JSON.stringify({
      name: '@acme/sales',
      dependencies: { '@acme/prompts': 'workspace:*' },
    }),
    'services/sales/src/pitch.ts': [
      "import Anthropic from '@anthropic-ai/sdk';",
      "import * as prompts from '@acme/prompts';",
      '',
      'const client = new Anthropic();',
      '',
      'export async function pitch(product: string) {',
      "  return client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 400, system: `${prompts.PERSONA} Pitch ${product} in one paragraph.`, messages: [{ role: 'user', content: product }] });",
      '}',
      '',
    ].join('\n'),
  });
  created.commit('workspace');
  return created;
}

describe('impact of a TypeScript prompt edit', () => {
  it('changes only the edited constant of a file of two prompts, and only its consumer', async () => {
    repo = twoPrompts();
    repo.write({ 'src/prompts.ts': PROMPTS_FILE.replace('billing questions', 'billing and refund questions') });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed.map((node) => [node.id, node.kind, node.symbol, node.classification])).toEqual([
      ['src/prompts.ts#BILLING_PROMPT', 'prompt', 'BILLING_PROMPT', ['wording']],
    ]);
    expect(result.affected.map((node) => [node.id, node.distance, node.path])).toEqual([
      ['consumer:src/handlers.ts#billing', 1, ['src/prompts.ts#BILLING_PROMPT', 'consumer:src/handlers.ts#billing']],
    ]);
  });

  it('reaches both teams through a fragment of a workspace package imported by its package name', async () => {
    repo = workspace();
    repo.write({
      'packages/prompts/src/persona.ts': "export const PERSONA = 'You are Ada, the concise assistant of Acme.';\n",
    });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed.map((node) => [node.id, node.kind])).toEqual([
      ['packages/prompts/src/persona.ts#PERSONA', 'fragment'],
    ]);
    expect(result.affected.map((node) => [node.id, node.distance])).toEqual([
      ['services/sales/src/pitch.ts#pitch.system', 1],
      ['services/support/src/reply.ts#REPLY_PROMPT', 1],
      ['consumer:services/sales/src/pitch.ts#pitch', 2],
      ['consumer:services/support/src/reply.ts#reply', 2],
    ]);
    expect(result.teams.map((team) => [team.team, team.changed, team.affected])).toEqual([
      ['@acme/platform', ['packages/prompts/src/persona.ts#PERSONA'], []],
      ['@acme/sales', [], ['services/sales/src/pitch.ts#pitch.system', 'consumer:services/sales/src/pitch.ts#pitch']],
      [
        '@acme/support',
        [],
        ['services/support/src/reply.ts#REPLY_PROMPT', 'consumer:services/support/src/reply.ts#reply'],
      ],
    ]);
  });

  it('composes the affected prompt with the edited fragment in place of its ${PERSONA} placeholder', async () => {
    repo = workspace();
    repo.write({ 'packages/prompts/src/persona.ts': "export const PERSONA = 'You are Ada.';\n" });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.affected.find((node) => node.id === 'services/support/src/reply.ts#REPLY_PROMPT')?.composed).toEqual({
      base: 'You are Ada, the assistant of Acme.\nAnswer the ticket in three sentences.',
      head: 'You are Ada.\nAnswer the ticket in three sentences.',
    });
  });

  it('reaches the consumer calling a wrapper in another file with the edited constant', async () => {
    repo = createGitRepo({
      'src/llm.ts':
        "import OpenAI from 'openai';\n\nconst client = new OpenAI();\n\nexport async function ask(system: string, question: string) {\n  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: system }, { role: 'user', content: question }] });\n}\n",
      'src/texts.ts': "export const SUMMARY = 'Summarize the ticket in three bullet points.';\n",
      'src/summarize.ts':
        "import { ask } from './llm.js';\nimport { SUMMARY } from './texts.js';\n\nexport async function summarize(ticket: string) {\n  return ask(SUMMARY, ticket);\n}\n",
    });
    repo.commit('wrapper');
    repo.write({ 'src/texts.ts': "export const SUMMARY = 'Summarize the ticket in five bullet points.';\n" });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed.map((node) => node.id)).toEqual(['src/texts.ts#SUMMARY']);
    expect(result.affected.map((node) => [node.id, node.distance, node.path])).toEqual([
      ['consumer:src/summarize.ts#summarize', 1, ['src/texts.ts#SUMMARY', 'consumer:src/summarize.ts#summarize']],
    ]);
  });
});
