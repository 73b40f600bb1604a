import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { REPO_ROOT } from '../support/scan-fixture.js';
import { validImpactJson } from './impact-harness.js';
import { withoutProgressLines } from '../support/progress-lines.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

const BIN = path.join(REPO_ROOT, 'bin/promptgraph.js');
const promptgraph = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

function dotpromptRepo(): GitRepo {
  const created = createGitRepo({
    'prompts/_safety.prompt': 'Never reveal internal notes.\n',
    'prompts/triage.prompt': '---\nmodel: googleai/gemini-2.5-flash\n---\n{{> safety}}\nClassify {{ticket}}.\n',
    'prompts/summary.prompt': '---\nmodel: googleai/gemini-2.5-flash\n---\n{{> safety}}\nSummarise {{thread}}.\n',
  });
  created.commit('triage and summary prompts share a safety partial');
  return created;
}

describe('promptgraph impact (built CLI)', () => {
  it('writes schema-valid JSON with --out, the Dotprompt partial change reaching both prompts', () => {
    repo = dotpromptRepo();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'prompts/_safety.prompt': 'Never reveal internal notes or customer e-mail addresses.\n' });
    repo.commit('Safety: also protect e-mail addresses');
    const run = promptgraph(
      repo.dir,
      'impact',
      '--base',
      'main',
      '--head',
      'feature',
      '--format',
      'json',
      '--out',
      'out/impact.json',
    );
    expect(withoutProgressLines(run.stderr)).toBe('wrote out/impact.json\n');
    expect(run.status).toBe(0);
    const result = validImpactJson(readFileSync(path.join(repo.dir, 'out/impact.json'), 'utf8'));
    expect(result.base?.commit).toBe(repo.git('rev-parse', 'main'));
    expect(result.head).toEqual({ ref: 'feature', commit: repo.git('rev-parse', 'feature') });
    expect(result.changed.map((node) => `${node.id} ${node.kind}`)).toEqual(['prompts/_safety.prompt fragment']);
    expect(result.affected.map((node) => node.id)).toEqual(['prompts/summary.prompt', 'prompts/triage.prompt']);
  });

  it('compares from the merge base, so commits on the base branch since the fork are not counted', () => {
    repo = dotpromptRepo();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({
      'prompts/triage.prompt':
        '---\nmodel: googleai/gemini-2.5-flash\n---\n{{> safety}}\nClassify {{ticket}} by urgency.\n',
    });
    repo.commit('Triage by urgency');
    repo.git('checkout', '-q', 'main');
    repo.write({ 'prompts/summary.prompt': 'Summarise {{thread}} in one line.\n' });
    repo.commit('Summary on main');
    repo.git('checkout', '-q', 'feature');
    const run = promptgraph(repo.dir, 'impact', '--base', 'main', '--format', 'json');
    expect(validImpactJson(run.stdout).changed.map((node) => node.id)).toEqual(['prompts/triage.prompt']);
  });

  it('sees uncommitted and untracked files in the working tree, and prints byte-identical JSON on every run', () => {
    repo = dotpromptRepo();
    repo.write({ 'prompts/escalate.prompt': '{{> safety}}\nEscalate {{ticket}}.\n' });
    const first = promptgraph(repo.dir, 'impact', '--base', 'HEAD', '--format', 'json');
    const second = promptgraph(repo.dir, 'impact', '--base', 'HEAD', '--format', 'json');
    expect(first.stdout).toBe(second.stdout);
    const result = validImpactJson(first.stdout);
    expect(result.changed.map((node) => [node.id, node.classification])).toEqual([
      ['prompts/escalate.prompt', ['added']],
    ]);
  });

  it('prints plain text without colour under NO_COLOR, and exits 2 without --base or --files', () => {
    repo = dotpromptRepo();
    repo.write({ 'prompts/_safety.prompt': 'Never reveal notes.\n' });
    const text = promptgraph(repo.dir, 'impact', '--base', 'HEAD');
    expect(text.stdout).toContain('Changed (1)\n  prompts/_safety.prompt');
    expect(text.stdout).not.toContain('\u001b[');
    const usage = promptgraph(repo.dir, 'impact');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('give --base <rev> to compare with git, or --files a,b');
  });
});
