import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { impactJson } from './impact-harness.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

const PERSONA_FILE = "export const PERSONA = 'You are Ada, the support agent of Acme.';\n";
const CLASS_FILE = "export const CLASS_SYSTEM = 'You classify tickets as billing, bug or other.';\n";

/** A persona composed into a function-local `system`, and a constant passed to a class-method wrapper through instances in other files. */
function service(): GitRepo {
  const created = createGitRepo({
    'src/persona.ts': PERSONA_FILE,
    'src/texts.ts': CLASS_FILE,
    'src/reply.ts': [
      "import { generateText } from 'ai';",
      "import { PERSONA } from './persona.js';",
      '',
      'export async function reply(ticket: string) {',
      '  const system = `${PERSONA}\\nAnswer in two sentences.`;',
      "  return generateText({ model: 'gpt-4o', system, prompt: ticket });",
      '}',
      '',
    ].join('\n'),
    'src/llm-client.ts': [
      "import OpenAI from 'openai';",
      '',
      'export class LlmClient {',
      '  private openai = new OpenAI();',
      '',
      '  chat(system: string, question: string) {',
      "    return this.openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: system }, { role: 'user', content: question }] });",
      '  }',
      '}',
      '',
      'export const llm = new LlmClient();',
      '',
    ].join('\n'),
    'src/classify.ts': [
      "import { LlmClient } from './llm-client.js';",
      "import { CLASS_SYSTEM } from './texts.js';",
      '',
      'export async function classify(ticket: string) {',
      '  const client = new LlmClient();',
      '  return client.chat(CLASS_SYSTEM, ticket);',
      '}',
      '',
    ].join('\n'),
    'src/triage.ts': [
      "import { llm } from './llm-client.js';",
      "import { CLASS_SYSTEM } from './texts.js';",
      '',
      'export const triage = (ticket: string) => llm.chat(CLASS_SYSTEM, ticket);',
      '',
    ].join('\n'),
  });
  created.commit('service');
  return created;
}

describe('impact through function locals and instance-method wrappers (TypeScript)', () => {
  it('reaches the consumer of a local system prompt that interpolates the edited imported constant, and composes it', async () => {
    repo = service();
    repo.write({ 'src/persona.ts': PERSONA_FILE.replace('support agent', 'billing agent') });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed.map((node) => [node.id, node.kind])).toEqual([['src/persona.ts#PERSONA', 'fragment']]);
    expect(result.affected.map((node) => [node.id, node.distance, node.path])).toEqual([
      ['src/reply.ts#reply.system', 1, ['src/persona.ts#PERSONA', 'src/reply.ts#reply.system']],
      [
        'consumer:src/reply.ts#reply',
        2,
        ['src/persona.ts#PERSONA', 'src/reply.ts#reply.system', 'consumer:src/reply.ts#reply'],
      ],
    ]);
    expect(result.affected[0]?.composed).toEqual({
      base: 'You are Ada, the support agent of Acme.\nAnswer in two sentences.',
      head: 'You are Ada, the billing agent of Acme.\nAnswer in two sentences.',
    });
  });

  it("classifies an edit of the local itself as a wording change of its prompt, in its consumer's code", async () => {
    repo = service();
    repo.write({
      'src/reply.ts': `${repo.git('show', 'HEAD:src/reply.ts').replace('two sentences', 'three sentences')}\n`,
    });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed.map((node) => [node.id, node.classification])).toEqual([
      ['consumer:src/reply.ts#reply', ['code']],
      ['src/reply.ts#reply.system', ['wording']],
    ]);
    expect(result.changed.find((node) => node.id === 'src/reply.ts#reply.system')?.composed).toEqual({
      base: 'You are Ada, the support agent of Acme.\nAnswer in two sentences.',
      head: 'You are Ada, the support agent of Acme.\nAnswer in three sentences.',
    });
  });

  it('reaches the callers that pass the edited constant to a class-method wrapper through a local and an exported instance', async () => {
    repo = service();
    repo.write({ 'src/texts.ts': CLASS_FILE.replace('billing, bug or other', 'billing, bug, abuse or other') });
    const result = await impactJson(repo.dir, '--base', 'HEAD');
    expect(result.changed.map((node) => [node.id, node.kind])).toEqual([['src/texts.ts#CLASS_SYSTEM', 'prompt']]);
    expect(result.affected.map((node) => [node.id, node.distance, node.path])).toEqual([
      ['consumer:src/classify.ts#classify', 1, ['src/texts.ts#CLASS_SYSTEM', 'consumer:src/classify.ts#classify']],
      ['consumer:src/triage.ts#triage', 1, ['src/texts.ts#CLASS_SYSTEM', 'consumer:src/triage.ts#triage']],
    ]);
  });
});
