import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/scan-fixture.js';

// Issue 17 item 5: no command makes a network request. The built CLI runs with every
// networking module of Node stubbed to fail (test/support/no-network.mjs), over a small
// repository (a prompt, a consumer, a contract, CODEOWNERS and one change), so that each
// command is one short process even on a loaded machine.
const NO_NETWORK = pathToFileURL(path.join(REPO_ROOT, 'test/support/no-network.mjs')).href;
const MARK = 'promptgraph-test-network-attempt';

const FILES: Record<string, string> = {
  '.github/CODEOWNERS': '* @acme/support\n',
  'prompts/_persona.prompt': 'You are Ada, the support assistant of Acme.\n',
  'prompts/reply.prompt': '{{> persona}}\nAnswer the ticket: {{ticket}}\n',
  'contracts/persona.yaml':
    'prompt: prompts/_persona.prompt\nowners: ["@acme/platform"]\nevals:\n  - name: tone\n    command: npm run eval\n',
  'src/reply.ts': [
    "import OpenAI from 'openai';",
    "import { readFileSync } from 'node:fs';",
    'const client = new OpenAI();',
    "const prompt = readFileSync('prompts/reply.prompt', 'utf8');",
    'export const reply = (ticket: string) =>',
    "  client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: prompt }, { role: 'user', content: ticket }] });",
    '',
  ].join('\n'),
};

let dir: string;
const git = (...args: string[]) => {
  const run = spawnSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@x',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@x',
    },
  });
  expect(run.status, run.stderr).toBe(0);
};
const write = (files: Record<string, string>) => {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
};

/** The built CLI with networking stubbed (and `imports` preloaded after the stub); never blocks the test's event loop. */
const cli = (args: string[], imports: string[] = []) =>
  new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const preload = [NO_NETWORK, ...imports].flatMap((href) => ['--import', href]);
    execFile(
      process.execPath,
      [...preload, path.join(REPO_ROOT, 'bin/promptgraph.js'), ...args],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' }, timeout: 90_000 },
      (error, _stdout, stderr) => resolve({ status: error ? ((error.code as number | null) ?? null) : 0, stderr }),
    );
  });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'promptgraph-offline-'));
  write(FILES);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base', '--no-gpg-sign');
  git('checkout', '-q', '-b', 'change');
  // A change for impact, check, report and history: the shared persona gains a sentence.
  write({ 'prompts/_persona.prompt': 'Always be brief. You are Ada, the support assistant of Acme.\n' });
  git('commit', '-q', '-am', 'change', '--no-gpg-sign');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('no command makes a network request', () => {
  it('the stub refuses a request made inside a CLI run, so a silent pass means no attempt', async () => {
    // A module preloaded after the stub tries a request while `scan` runs: the same mark must show.
    const attempt = `data:text/javascript,${encodeURIComponent(
      "import https from 'node:https'; setImmediate(() => { try { https.get('https://example.com'); } catch {} });",
    )}`;
    const run = await cli(['scan', '--format', 'json'], [attempt]);
    expect(run.stderr).toContain(`${MARK} https.get`);
    expect(run.status).toBe(0);
  });

  it.each(
    [
      ['scan', '--format', 'json'],
      ['audit', '--format', 'json'],
      ['impact', '--base', 'main', '--format', 'json'],
      ['impact', '--base', 'main', '--format', 'md'],
      ['check', '--base', 'main', '--format', 'json'],
      ['report', '--base', 'main', '--head', 'HEAD', '--format', 'json'],
      ['report', '--base', 'main', '--head', 'HEAD', '--format', 'html', '--out', 'report.html'],
      ['render', '--out', 'map.html'],
      ['impact', '--base', 'main', '--format', 'html', '--out', 'impact-map.html'],
      ['history', 'prompts/_persona.prompt', '--format', 'json'],
      ['init', '--force'],
    ].map((args) => [args.join(' '), args] as const),
  )('promptgraph %s', async (_name, args) => {
    const run = await cli([...args]);
    expect(run.stderr).not.toContain(MARK);
    expect(run.stderr).not.toContain('internal error');
    // 0 ok, 1 findings or a failed gate; 2 would be an input error, which none of these is.
    expect([0, 1], `${args.join(' ')}: ${run.stderr}`).toContain(run.status);
  });
});
