import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { parseConfig } from '../../src/build/config/load-config.js';
import { gitBlobStore, type GitBlobStore } from '../../src/git/git-blob-store.js';
import { gitRevisionSource } from '../../src/git/git-revision-source.js';
import { scanRevision, type RevisionScanContext, type ScannedRevision } from '../../src/api/scan-revision.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { personaContract } from '../support/persona-contract.js';

const AGENT = (prompt: string) =>
  [
    'from openai import OpenAI',
    `from app.prompts import ${prompt}`,
    '',
    'def answer(ticket):',
    `    return OpenAI().chat.completions.create(model="gpt-4o", messages=[{"role": "system", "content": ${prompt}}, {"role": "user", "content": ticket}])`,
    '',
  ].join('\n');

/**
 * A history with every kind of change a revision scan must carry correctly:
 * additions, edits, deletions, renames, an edit of an included fragment and of
 * an imported constant, CODEOWNERS, a contract and a manifest, a Python file
 * that starts and then stops being a prompt candidate, and edits no scan reads
 * (a rejected Python file, a text file no adapter claims) that must be reused.
 */
function history(repo: GitRepo): { commit: string; label: string }[] {
  const commits: { commit: string; label: string }[] = [];
  const step = (label: string, files: Record<string, string> = {}, remove: string[] = []) => {
    repo.write(files);
    if (remove.length) repo.remove(...remove);
    commits.push({ commit: repo.commit(label), label });
  };
  step('start', {
    '.github/CODEOWNERS': 'prompts/ @acme/prompts\n',
    'prompts/_persona.prompt': 'You are Ada.\n',
    'prompts/reply.prompt': '{{> persona}}\nAnswer {{ticket}}.\n',
    'app/__init__.py': '',
    'app/prompts.py': 'SYSTEM = "You are a support agent. Be brief."\n',
    'app/agent.py': AGENT('SYSTEM'),
    'app/util.py': 'x = 1\n',
    'docs/notes.txt': 'first notes\n',
    'pyproject.toml': '[project]\nname = "acme"\nversion = "1.0.0"\n',
  });
  step('edit the fragment', { 'prompts/_persona.prompt': 'You are Ada, kind.\n' });
  step('edit a file no adapter claims', { 'docs/notes.txt': 'second notes\n' });
  step('edit a file the prefilter rejects', { 'app/util.py': 'x = 2\n' });
  step('the rejected file becomes a candidate', { 'app/util.py': 'NOTE = "Reply in English."\n' });
  step('and stops being one', { 'app/util.py': 'x = 3\n' });
  step('edit the imported constant', { 'app/prompts.py': 'SYSTEM = "You are a support agent. Be very brief."\n' });
  step('add a prompt and a module', {
    'prompts/pitch.prompt': '{{> persona}}\nPitch {{product}}.\n',
    'app/sales.py': 'PITCH = "Sell the plan."\n',
  });
  step('a contract', { 'contracts/persona.yaml': personaContract('prompts/_persona.prompt', 'notify') });
  step('CODEOWNERS', { '.github/CODEOWNERS': 'prompts/ @acme/writers\napp/ @acme/python\n' });
  step('the manifest', { 'pyproject.toml': '[project]\nname = "acme"\nversion = "1.1.0"\n' });
  step(
    'rename the fragment',
    {
      'prompts/_ada.prompt': 'You are Ada, kind.\n',
      'prompts/reply.prompt': '{{> ada}}\nAnswer {{ticket}}.\n',
      'prompts/pitch.prompt': '{{> ada}}\nPitch {{product}}.\n',
    },
    ['prompts/_persona.prompt'],
  );
  step('delete a module and a prompt', {}, ['app/sales.py', 'prompts/pitch.prompt']);
  step('another untouched edit', { 'docs/notes.txt': 'third notes\n' });
  return commits;
}

let repo: GitRepo;
let blobs: GitBlobStore;
let commits: { commit: string; label: string }[];
const config = parseConfig('');
let context: RevisionScanContext;

beforeAll(() => {
  repo = createGitRepo();
  commits = history(repo);
  blobs = gitBlobStore(repo.dir);
  context = { dir: repo.dir, blobs, config, scanOptions: { cache: false } };
});
afterAll(() => {
  blobs.close();
  repo.dispose();
});

async function fromScratch(commit: string): Promise<string> {
  const source = gitRevisionSource(repo.dir, commit, { blobs });
  return JSON.stringify(await scan(source, { config, cache: false }));
}

/** Scans the commits in the given order, each from the one before, and compares each with a scan from scratch. */
async function walk(
  order: { commit: string; label: string }[],
): Promise<{ label: string; reused: boolean; same: boolean }[]> {
  const seen: { label: string; reused: boolean; same: boolean }[] = [];
  let previous: ScannedRevision | undefined;
  for (const { commit, label } of order) {
    const scanned = await scanRevision(context, commit, previous);
    seen.push({
      label,
      reused: scanned.reused,
      same: JSON.stringify(scanned.graph.result) === (await fromScratch(commit)),
    });
    previous = scanned;
  }
  return seen;
}

describe('a revision scan carried from the previous revision', () => {
  it('gives byte for byte the result of a scan from scratch, walking history backwards', async () => {
    const seen = await walk([...commits].reverse());
    expect(seen.filter((step) => !step.same)).toEqual([]);
    // A revision whose child commit only edited what no scan reads is answered from the child; the rest are scanned.
    expect(seen.filter((step) => step.reused).map((step) => step.label)).toEqual([
      'delete a module and a prompt',
      'edit a file no adapter claims',
      'edit the fragment',
    ]);
  });

  it('gives byte for byte the result of a scan from scratch, walking forwards', async () => {
    const seen = await walk(commits);
    expect(seen.filter((step) => !step.same)).toEqual([]);
    expect(seen.filter((step) => step.reused).map((step) => step.label)).toEqual([
      'edit a file no adapter claims',
      'edit a file the prefilter rejects',
      'another untouched edit',
    ]);
  });

  it('gives byte for byte the result of a scan from scratch, jumping across many commits at a time', async () => {
    const order = [12, 0, 13, 3, 9, 1, 7, 4, 11, 6].map((index) => commits[index]!);
    const seen = await walk(order);
    expect(seen.filter((step) => !step.same)).toEqual([]);
    expect(seen.every((step) => !step.reused)).toBe(true);
  });

  it('scans in full a revision whose change the previous scan read', async () => {
    const fragment = commits.findIndex((step) => step.label === 'edit the fragment');
    const older = await scanRevision(context, commits[fragment - 1]!.commit);
    const newer = await scanRevision(context, commits[fragment]!.commit, older);
    expect(newer.reused).toBe(false);
    expect(newer.graph.node('prompts/_persona.prompt')?.text).toBe('You are Ada, kind.\n');
    expect(older.graph.node('prompts/_persona.prompt')?.text).toBe('You are Ada.\n');
  });
});
