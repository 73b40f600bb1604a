import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { history } from '../../src/api/history.js';
import { releaseReport } from '../../src/api/release-report.js';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { parseConfig } from '../../src/build/config/load-config.js';
import { gitRevisionSource } from '../../src/git/git-revision-source.js';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { composedTexts } from '../../src/query/compose/composed-texts.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

const PROMPT = 'prompts/reply.prompt';
const pyproject = (version: string, name = 'acme') => `[project]\nname = "${name}"\nversion = "${version}"\n`;

/**
 * A history where the carried revision scans and the walk's shortcuts all come
 * into play: version bumps the walk skips, edits no scan reads, a rejected
 * Python file, a deleted file, a renamed fragment, a project rename that steers,
 * and the edits of the prompt and its fragments that the answer is made of.
 */
function build(): { repo: GitRepo; subjects: string[] } {
  const repo = createGitRepo({
    'prompts/_persona.prompt': 'You are Ada.\n',
    'prompts/reply.prompt': '{{> persona}}\nAnswer {{ticket}}.\n',
    'prompts/pitch.prompt': 'Pitch {{product}}.\n',
    'app/__init__.py': '',
    'app/util.py': 'x = 1\n',
    'docs/notes.txt': 'notes\n',
    'pyproject.toml': pyproject('1.0.0'),
  });
  const subjects: string[] = [];
  const step = (subject: string, files: Record<string, string>, remove: string[] = []) => {
    repo.write(files);
    if (remove.length) repo.remove(...remove);
    repo.commit(subject);
    subjects.push(subject);
  };
  repo.commit('start');
  subjects.push('start');
  step('bump to 1.1.0', { 'pyproject.toml': pyproject('1.1.0') });
  step('persona: kind', { 'prompts/_persona.prompt': 'You are Ada, kind.\n' });
  step('notes', { 'docs/notes.txt': 'more notes\n' });
  step('util', { 'app/util.py': 'x = 2\n' });
  step('pitch: shorter', { 'prompts/pitch.prompt': 'Pitch {{product}} briefly.\n' });
  step('bump to 1.2.0', { 'pyproject.toml': pyproject('1.2.0') });
  step('reply: ask for the order', {
    'prompts/reply.prompt': '{{> persona}}\nAnswer {{ticket}}; ask for {{order}}.\n',
  });
  step('delete the notes', {}, ['docs/notes.txt']);
  step(
    'rename the persona',
    {
      'prompts/_ada.prompt': 'You are Ada, kind and brief.\n',
      'prompts/reply.prompt': '{{> ada}}\nAnswer {{ticket}}; ask for {{order}}.\n',
    },
    ['prompts/_persona.prompt'],
  );
  step('rename the project', { 'pyproject.toml': pyproject('1.2.0', 'acme-agents') });
  step('bump to 1.3.0', { 'pyproject.toml': pyproject('1.3.0', 'acme-agents') });
  step('ada: warmer', { 'prompts/_ada.prompt': 'You are Ada, warm and brief.\n' });
  return { repo, subjects };
}

let repo: GitRepo;
let subjects: string[];
beforeAll(() => ({ repo, subjects } = build()));
afterAll(() => repo.dispose());

/** The answer without any shortcut: every commit and its parent scanned from scratch, the composed texts compared. */
async function commitsChangingFromScratch(id: string, range: string): Promise<string[]> {
  const config = parseConfig('');
  const composed = async (commit: string | undefined) => {
    const source = commit ? gitRevisionSource(repo.dir, commit) : undefined;
    try {
      const graph = new PromptGraph(await scan(source ?? memoryFileSource('repo', {}), { config, cache: false }));
      return graph.node(id) ? composedTexts(graph).text(id) : undefined;
    } finally {
      source?.close();
    }
  };
  const changed: string[] = [];
  for (const line of repo.git('log', '--first-parent', '--format=%H %P', range).split('\n')) {
    const [commit, parent] = line.split(' ');
    if ((await composed(commit)) !== (await composed(parent)))
      changed.push(repo.git('log', '-1', '--format=%s', commit!));
  }
  return changed;
}

describe('history and report through carried revision scans', () => {
  it('history lists exactly the commits a scan of every commit from scratch finds', async () => {
    const result = await history(repo.dir, PROMPT, { cache: false });
    const expected = await commitsChangingFromScratch(PROMPT, 'HEAD');
    expect(expected).toEqual([
      'ada: warmer',
      'rename the persona',
      'reply: ask for the order',
      'persona: kind',
      'start',
    ]);
    expect(result.commits.map((entry) => entry.subject)).toEqual(expected);
    // Scanned: the parents of the five commits editing the closure (the fragment's rename among them), of the notes'
    // deletion and of the project rename. The three version bumps, the notes, the rejected Python file and the pitch: skipped.
    expect(result.walk).toEqual({ commits: subjects.length, scanned: 7 });
  });

  it('report attributes each changed prompt to the commits a scan from scratch finds', async () => {
    const base = repo.git('rev-list', '--max-parents=0', 'HEAD');
    const report = await releaseReport(repo.dir, { base, cache: false });
    const reply = report.prompts.find((prompt) => prompt.id === PROMPT);
    expect(reply?.commits.map((entry) => entry.subject)).toEqual(
      await commitsChangingFromScratch(PROMPT, `${base}..HEAD`),
    );
    const pitch = report.prompts.find((prompt) => prompt.id === 'prompts/pitch.prompt');
    expect(pitch?.commits.map((entry) => entry.subject)).toEqual(['pitch: shorter']);
  });
});
