import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryResult } from '../../src/model/schema/prompt-history.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { publishedSchemaParser } from '../support/published-schema.js';
import { runCli, runCliWith } from '../support/run-cli.js';

const parseHistory = publishedSchemaParser<HistoryResult>('prompt-history.schema.json');

let repo: GitRepo;
afterEach(() => repo.dispose());

/**
 * reply.prompt includes the policy, which includes the persona, which includes
 * the safety preamble: three includes away. Six commits by four authors.
 */
function supportHistory(): GitRepo {
  const created = createGitRepo({
    '.github/CODEOWNERS': 'prompts/ @acme/support\nshared/ @acme/platform\n',
    'shared/prompts/_safety.prompt': 'Never share customer data.\n',
    'shared/prompts/_persona.prompt': '{{> safety}}\nYou are Ada.\n',
    'shared/prompts/_policy.prompt': '{{> persona}}\nFollow the refund policy.\n',
    'prompts/reply.prompt': '{{> shared/prompts/policy}}\nAnswer {{ticket}}.\n',
    'prompts/pitch.prompt': 'Pitch {{product}}.\n',
    'README.md': '# Support\n',
  });
  created.commit('Add the support prompts', { author: 'Ana <ana@example.com>', date: '2024-01-10T09:00:00Z' });
  created.write({ 'shared/prompts/_safety.prompt': 'Never share customer or payment data.\n' });
  created.commit('Safety: never share payment data either', {
    author: 'Bo <bo@example.com>',
    date: '2024-02-01T09:00:00Z',
  });
  created.write({ 'README.md': '# Support\n\nThe prompts of the support bot.\n' });
  created.commit('Docs: explain the prompts', { author: 'Cy <cy@example.com>', date: '2024-02-15T09:00:00Z' });
  created.write({
    'prompts/reply.prompt': '{{> shared/prompts/policy}}\nAnswer {{ticket}}. Ask for {{order}} first.\n',
  });
  created.commit('Reply: ask for the order number', { author: 'Ana <ana@example.com>', date: '2024-03-01T09:00:00Z' });
  created.write({ 'prompts/pitch.prompt': 'Pitch {{product}} in one line.\n' });
  created.commit('Pitch: shorter', { author: 'Dee <dee@example.com>', date: '2024-03-10T09:00:00Z' });
  created.write({ 'shared/prompts/_safety.prompt': 'Do not share customer or payment data.\n' });
  created.commit('Safety: plainer wording', { author: 'Bo <bo@example.com>', date: '2024-04-01T09:00:00Z' });
  return created;
}

async function historyJson(dir: string, ...args: string[]): Promise<HistoryResult> {
  const run = await runCli(dir, 'history', ...args, '--format', 'json');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return parseHistory(run.stdout);
}

const summary = (result: HistoryResult) =>
  result.commits.map((entry) => [entry.subject, entry.author.name, entry.date, entry.classification, entry.files]);

describe('promptgraph history', () => {
  it('lists every commit that changed the composed text, a fragment three includes away too, newest first', async () => {
    repo = supportHistory();
    const result = await historyJson(repo.dir, 'prompts/reply.prompt');
    expect(result.prompt).toMatchObject({ id: 'prompts/reply.prompt', kind: 'prompt', owners: ['@acme/support'] });
    expect(summary(result)).toEqual([
      ['Safety: plainer wording', 'Bo', '2024-04-01T09:00:00+00:00', ['wording'], ['shared/prompts/_safety.prompt']],
      [
        'Reply: ask for the order number',
        'Ana',
        '2024-03-01T09:00:00+00:00',
        ['wording', 'variables'],
        ['prompts/reply.prompt'],
      ],
      [
        'Safety: never share payment data either',
        'Bo',
        '2024-02-01T09:00:00+00:00',
        ['wording'],
        ['shared/prompts/_safety.prompt'],
      ],
      [
        'Add the support prompts',
        'Ana',
        '2024-01-10T09:00:00+00:00',
        ['added'],
        [
          'prompts/reply.prompt',
          'shared/prompts/_persona.prompt',
          'shared/prompts/_policy.prompt',
          'shared/prompts/_safety.prompt',
        ],
      ],
    ]);
    expect(result.commits[0]!.diff).toContain(
      '-Never share customer or payment data.\n+Do not share customer or payment data.',
    );
    expect(result.commits[1]!.variables).toEqual({ added: ['order'], removed: [] });
    expect(result.commits[0]!.author.email).toBe('bo@example.com');
    expect(result.commits.map((entry) => entry.commit)).toEqual(
      repo.git('log', '--format=%H', '--author=Ana', '--author=Bo').split('\n'),
    );
  });

  it("skips the commits that touch none of the prompt's files without scanning them", async () => {
    repo = supportHistory();
    const result = await historyJson(repo.dir, 'prompts/reply.prompt');
    expect(result.walk).toEqual({ commits: 6, scanned: 4 });
    expect(result.truncated).toBe(false);
  });

  it('stops at --max-count and says older commits may have changed it', async () => {
    repo = supportHistory();
    const result = await historyJson(repo.dir, 'prompts/reply.prompt', '--max-count', '2');
    expect(result.commits.map((entry) => entry.subject)).toEqual([
      'Safety: plainer wording',
      'Reply: ask for the order number',
    ]);
    expect(result).toMatchObject({ maxCount: 2, truncated: true });
  });

  it('lists only commits newer than --since', async () => {
    repo = supportHistory();
    const result = await historyJson(repo.dir, 'prompts/reply.prompt', '--since', '2024-02-20');
    expect(result.commits.map((entry) => entry.subject)).toEqual([
      'Safety: plainer wording',
      'Reply: ask for the order number',
    ]);
    expect(result).toMatchObject({ since: '2024-02-20', truncated: false });
  });

  it('finds the prompt by its name and prints who, when, why and the diff as text', async () => {
    repo = supportHistory();
    const run = await runCli(repo.dir, 'history', 'reply', '--max-count', '1');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[1]).toMatch(
      /^First-parent history of HEAD \([0-9a-f]{10}\), newest first: 1 commit changed its composed text/,
    );
    expect(lines.slice(3, 6)).toEqual([
      expect.stringMatching(/^[0-9a-f]{10} {2}2024-04-01T09:00:00\+00:00 {2}Bo <bo@example\.com>$/),
      '  Safety: plainer wording',
      '  wording  via shared/prompts/_safety.prompt',
    ]);
    expect(run.stdout).toContain('    +Do not share customer or payment data.\n');
    expect(run.stdout).toContain('Stopped at --max-count 1');
  });

  it('shows walk progress on stderr only when it is a terminal, and never with --quiet', async () => {
    repo = supportHistory();
    const tty = await runCliWith(
      { cwd: repo.dir, env: {}, stderrIsTTY: true },
      'history',
      'prompts/reply.prompt',
      '--format',
      'json',
    );
    expect(tty.stderr).toContain('walking history: 1 commit, 1 scanned');
    // The bar is cleared once the walk is done.
    expect(tty.stderr.endsWith('\u001b[2K')).toBe(true);
    const quiet = await runCliWith(
      { cwd: repo.dir, env: {}, stderrIsTTY: true },
      'history',
      'prompts/reply.prompt',
      '--format',
      'json',
      '--quiet',
    );
    expect(quiet.stderr).toBe('');
    expect(parseHistory(tty.stdout).commits).toHaveLength(4);
  });

  it('fails with exit code 2 when no prompt matches', async () => {
    repo = supportHistory();
    const run = await runCli(repo.dir, 'history', 'prompts/nowhere.prompt');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no prompt or fragment matches 'prompts/nowhere.prompt'");
  });

  it('follows a prompt back through the rename of its file, and names the new home of a path#symbol that moved', async () => {
    const classifier = (task: string) => `export const CLASSIFIER_SYSTEM = \`Classify the ticket: ${task}.\`;\n`;
    repo = createGitRepo({
      'src/prompts/classifier.ts': classifier('billing or bug'),
      'src/classify.ts':
        "import OpenAI from 'openai';\nimport { CLASSIFIER_SYSTEM } from './prompts/classifier';\nexport const classify = (client: OpenAI) => client.responses.create({ model: 'gpt-5', instructions: CLASSIFIER_SYSTEM });\n",
    });
    repo.commit('Add the classifier', { author: 'Ana <ana@example.com>', date: '2024-01-10T09:00:00Z' });
    repo.write({ 'src/prompts/classifier.ts': classifier('billing, bug or how-to') });
    repo.commit('Classifier: a how-to category', { author: 'Bo <bo@example.com>', date: '2024-02-01T09:00:00Z' });
    repo.git('mv', 'src/prompts/classifier.ts', 'src/prompts/ticket-classifier.ts');
    repo.write({
      'src/classify.ts':
        "import OpenAI from 'openai';\nimport { CLASSIFIER_SYSTEM } from './prompts/ticket-classifier';\nexport const classify = (client: OpenAI) => client.responses.create({ model: 'gpt-5', instructions: CLASSIFIER_SYSTEM });\n",
    });
    repo.commit('Name the classifier file after what it classifies', {
      author: 'Cy <cy@example.com>',
      date: '2024-03-01T09:00:00Z',
    });

    const history = await historyJson(repo.dir, 'src/prompts/ticket-classifier.ts#CLASSIFIER_SYSTEM');
    expect(history.commits.map((commit) => commit.subject)).toEqual([
      'Name the classifier file after what it classifies',
      'Classifier: a how-to category',
      'Add the classifier',
    ]);
    const old = await runCli(repo.dir, 'history', 'src/prompts/classifier.ts#CLASSIFIER_SYSTEM');
    expect(old.code).toBe(2);
    expect(old.stderr).toContain(
      'name it as it is at the head revision (history follows renames): src/prompts/ticket-classifier.ts#CLASSIFIER_SYSTEM',
    );
  });

  it('fails with exit code 2 on a repository without commits and on a --since that is not a date', async () => {
    repo = createGitRepo({ 'prompts/reply.prompt': 'Answer.\n' });
    const empty = await runCli(repo.dir, 'history', 'prompts/reply.prompt');
    expect([empty.code, empty.stderr]).toEqual([2, expect.stringContaining("unknown git revision 'HEAD'")]);
    repo.commit('first');
    const badDate = await runCli(repo.dir, 'history', 'prompts/reply.prompt', '--since', 'last tuesdayish');
    expect([badDate.code, badDate.stderr]).toEqual([
      2,
      expect.stringContaining("--since 'last tuesdayish' is not a date"),
    ]);
  });
});

describe('promptgraph history across renames, merges and deletions', () => {
  it('follows a rename back to the commits made under the old path', async () => {
    repo = createGitRepo({ 'prompts/reply.prompt': 'Answer the ticket.\n' });
    repo.commit('Add reply', { author: 'Ana <ana@example.com>', date: '2024-01-01T00:00:00Z' });
    repo.git('mv', 'prompts/reply.prompt', 'prompts/support-reply.prompt');
    repo.commit('Rename reply to support-reply', { author: 'Bo <bo@example.com>', date: '2024-01-02T00:00:00Z' });
    repo.write({ 'prompts/support-reply.prompt': 'Answer the ticket politely.\n' });
    repo.commit('Politer', { author: 'Cy <cy@example.com>', date: '2024-01-03T00:00:00Z' });
    const result = await historyJson(repo.dir, 'prompts/support-reply.prompt');
    expect(result.commits.map((entry) => [entry.subject, entry.id, entry.renamedFrom, entry.classification])).toEqual([
      ['Politer', 'prompts/support-reply.prompt', undefined, ['wording']],
      ['Rename reply to support-reply', 'prompts/support-reply.prompt', 'prompts/reply.prompt', ['renamed']],
      ['Add reply', 'prompts/reply.prompt', undefined, ['added']],
    ]);
  });

  it('follows first parents: a merged branch shows as its merge commit', async () => {
    repo = createGitRepo({
      'prompts/_persona.prompt': 'You are Ada.\n',
      'prompts/reply.prompt': '{{> persona}}\nAnswer.\n',
    });
    repo.commit('Add reply', { date: '2024-01-01T00:00:00Z' });
    repo.git('checkout', '-q', '-b', 'warmer');
    repo.write({ 'prompts/_persona.prompt': 'You are Ada, warm.\n' });
    repo.commit('Warmer persona', { date: '2024-01-02T00:00:00Z' });
    repo.write({ 'prompts/_persona.prompt': 'You are Ada, warm and brief.\n' });
    repo.commit('Briefer persona', { date: '2024-01-03T00:00:00Z' });
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--no-ff', 'warmer', '-m', 'Merge branch warmer');
    const result = await historyJson(repo.dir, 'prompts/reply.prompt');
    expect(result.firstParent).toBe(true);
    expect(result.commits.map((entry) => [entry.subject, entry.classification])).toEqual([
      ['Merge branch warmer', ['wording']],
      ['Add reply', ['added']],
    ]);
    expect(result.commits[0]!.diff).toContain('-You are Ada.\n+You are Ada, warm and brief.');
  });

  it('lists the commit that deleted a nearer partial, so the include fell back to a farther one', async () => {
    repo = createGitRepo({
      'prompts/_persona.prompt': 'You are the Acme assistant.\n',
      'prompts/support/_persona.prompt': 'You are Ada, the support assistant.\n',
      'prompts/support/reply.prompt': '{{> persona}}\nAnswer.\n',
    });
    repo.commit('Add reply');
    repo.remove('prompts/support/_persona.prompt');
    repo.commit('Use the company persona');
    const result = await historyJson(repo.dir, 'prompts/support/reply.prompt');
    expect(result.commits.map((entry) => [entry.subject, entry.classification, entry.files])).toEqual([
      ['Use the company persona', ['wording', 'structure'], ['prompts/support/_persona.prompt']],
      ['Add reply', ['added'], ['prompts/support/_persona.prompt', 'prompts/support/reply.prompt']],
    ]);
  });

  it('follows a Python constant at line precision: an edit to its imported persona is listed, an edit to a neighbour in its file is not', async () => {
    repo = createGitRepo({
      'app/__init__.py': '',
      'app/persona.py': 'PERSONA_PROMPT = "You are Ada, the support assistant."\n',
      'app/prompts.py':
        'from app.persona import PERSONA_PROMPT\n\nSYSTEM_PROMPT = f"{PERSONA_PROMPT}\\nAnswer {{question}}."\nGREETING_PROMPT = "Hello and welcome to Acme support."\n',
    });
    repo.commit('Add the support prompts');
    repo.write({ 'app/persona.py': 'PERSONA_PROMPT = "You are Ada, the patient support assistant."\n' });
    repo.commit('More patient persona');
    repo.write({
      'app/prompts.py':
        'from app.persona import PERSONA_PROMPT\n\nSYSTEM_PROMPT = f"{PERSONA_PROMPT}\\nAnswer {{question}}."\nGREETING_PROMPT = "Hello, and welcome to Acme support!"\n',
    });
    repo.commit('Friendlier greeting');
    const result = await historyJson(repo.dir, 'app/prompts.py#SYSTEM_PROMPT');
    expect(result.commits.map((entry) => [entry.subject, entry.classification, entry.files])).toEqual([
      ['More patient persona', ['wording'], ['app/persona.py']],
      ['Add the support prompts', ['added'], ['app/persona.py', 'app/prompts.py']],
    ]);
    expect(result.walk).toEqual({ commits: 3, scanned: 3 });
  });
});

describe('promptgraph history <prompt> by symbol name', () => {
  it('takes a code constant by its symbol name, and lists the candidates when the name is shared', async () => {
    const chat = (name: string, text: string) =>
      `import OpenAI from 'openai';\nconst client = new OpenAI();\nexport const ${name} = '${text}';\nexport async function reply(question: string) {\n  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: ${name} }, { role: 'user', content: question }] });\n}\n`;
    repo = createGitRepo({
      'src/chat.ts': chat('CHAT_SYSTEM', 'You are the support assistant.'),
      'src/a.ts': chat('GREETING', 'Hello from a.'),
      'src/b.ts': chat('GREETING', 'Hello from b.'),
    });
    repo.commit('Add the chat prompts', { date: '2024-01-10T09:00:00Z' });
    repo.write({ 'src/chat.ts': chat('CHAT_SYSTEM', 'You are the calm support assistant.') });
    repo.commit('Chat: calm', { date: '2024-02-01T09:00:00Z' });
    const result = await historyJson(repo.dir, 'CHAT_SYSTEM');
    expect(result.commits.map((entry) => entry.subject)).toEqual(['Chat: calm', 'Add the chat prompts']);
    const shared = await runCli(repo.dir, 'history', 'GREETING');
    expect(shared.code).toBe(2);
    expect(shared.stderr).toContain("'GREETING' matches 2 prompts: src/a.ts#GREETING, src/b.ts#GREETING");
  });
});
