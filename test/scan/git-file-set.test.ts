import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/api/scan.js';
import { audit } from '../../src/api/audit.js';
import { impact } from '../../src/api/impact.js';
import { discoverFiles } from '../../src/build/files/discover-files.js';
import { parseConfig } from '../../src/build/config/load-config.js';
import { workingTreeSource } from '../../src/api/working-tree-source.js';
import { gitRevisionSource } from '../../src/git/git-revision-source.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { fixtureFiles } from '../support/fixture-files.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

const discovered = async (dir: string, configText?: string) =>
  discoverFiles(workingTreeSource(dir), parseConfig(configText));
const gitListing = (dir: string) =>
  execGit(dir, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean).sort();
const execGit = (dir: string, ...args: string[]) => repo.git('-C', dir, ...args);

describe("the working tree's file set is git's", () => {
  it('scans a tracked file a .gitignore lists, and leaves out an untracked one it lists', async () => {
    repo = createGitRepo({
      '.gitignore': 'trajectories/**\n',
      'trajectories/demonstrations/crash.md': 'Issue: the app crashes on start.\n',
      'agent/notes.md': 'Plain notes.\n',
    });
    repo.git('add', '-f', 'trajectories/demonstrations/crash.md');
    repo.commit('a demonstration committed on purpose');
    repo.write({ 'trajectories/run-42/output.md': 'Run output.\n' });
    const { files } = await discovered(repo.dir);
    expect(files).toEqual(['.gitignore', 'agent/notes.md', 'trajectories/demonstrations/crash.md']);
    expect(files).toEqual(gitListing(repo.dir));
  });

  it('honours a nested .gitignore negation and .git/info/exclude as git does', async () => {
    repo = createGitRepo({
      '.gitignore': '*.draft.md\n',
      'prompts/.gitignore': '!persona.draft.md\n',
      'prompts/persona.draft.md': 'You are the triage agent.\n',
      'prompts/other.draft.md': 'A draft.\n',
      'local/scratch.md': 'Mine only.\n',
    });
    writeFileSync(path.join(repo.dir, '.git/info/exclude'), 'local/\n');
    const { files } = await discovered(repo.dir);
    expect(files).toEqual(['.gitignore', 'prompts/.gitignore', 'prompts/persona.draft.md']);
    expect(files).toEqual(gitListing(repo.dir));
  });

  it('scans tracked files under folders a walk skips by name (build/, dist/)', async () => {
    repo = createGitRepo({
      'tools/build/prompts/summarise.txt': 'You summarise build logs.\n',
      'dist/prompts/shipped.md': 'You are the shipped prompt.\n',
    });
    repo.commit('tracked build folders');
    expect((await discovered(repo.dir)).files).toEqual([
      'dist/prompts/shipped.md',
      'tools/build/prompts/summarise.txt',
    ]);
  });

  it('reports a submodule and a nested repository with a diagnostic, and reads nothing in them', async () => {
    repo = createGitRepo({ 'prompts/system.md': 'You are helpful.\n' });
    const commit = repo.commit('first');
    repo.git('update-index', '--add', '--cacheinfo', `160000,${commit},vendor/skills`);
    mkdirSync(path.join(repo.dir, 'vendor/skills'), { recursive: true });
    writeFileSync(path.join(repo.dir, 'vendor/skills/SKILL.md'), 'You are a skill.\n');
    const nested = path.join(repo.dir, 'nested');
    mkdirSync(nested);
    execGit(nested, 'init', '--quiet');
    writeFileSync(path.join(nested, 'x.md'), 'Nested.\n');
    const listing = await discovered(repo.dir);
    expect(listing.files).toEqual(['prompts/system.md']);
    expect(listing.diagnostics.map(({ severity, code, file }) => `${severity} ${code} ${file}`)).toEqual([
      'info submodule-not-scanned nested',
      'info submodule-not-scanned vendor/skills',
    ]);
  });

  it('reports a symlinked folder as a walk does, and leaves out a tracked file deleted from the work tree', async () => {
    repo = createGitRepo({ 'prompts/greeting.md': 'Greet the user.\n', 'prompts/gone.md': 'Gone soon.\n' });
    repo.commit('two prompts');
    symlinkSync('prompts', path.join(repo.dir, 'prompts-alias'));
    repo.remove('prompts/gone.md');
    const listing = await discovered(repo.dir);
    expect(listing.files).toEqual(['prompts/greeting.md']);
    expect(listing.diagnostics.map(({ code, file }) => `${code} ${file}`)).toEqual([
      'symlink-not-followed prompts-alias',
    ]);
  });

  it('scans a subfolder as git lists it: its own paths, its ancestors’ ignore rules, then config include/exclude', async () => {
    repo = createGitRepo({
      '.gitignore': '*.log.md\n',
      'apps/bot/prompts/system.md': 'You are the bot.\n',
      'apps/bot/prompts/run.log.md': 'A run log.\n',
      'apps/bot/prompts/legacy/old.md': 'Old prompt.\n',
      'apps/web/prompts/page.md': 'Not in the subfolder.\n',
    });
    const { files } = await discovered(path.join(repo.dir, 'apps/bot'), 'exclude: ["prompts/legacy/**"]\n');
    expect(files).toEqual(['prompts/system.md']);
  });

  it('keeps the file set of a folder outside any work tree to a walk under its .gitignore files', async () => {
    repo = createGitRepo();
    const plain = path.join(path.dirname(repo.dir), 'plain');
    mkdirSync(path.join(plain, 'prompts'), { recursive: true });
    writeFileSync(path.join(plain, '.gitignore'), '*.draft.md\n');
    writeFileSync(path.join(plain, 'prompts/.gitignore'), '!keep.draft.md\n');
    writeFileSync(path.join(plain, 'prompts/keep.draft.md'), 'Kept.\n');
    writeFileSync(path.join(plain, 'prompts/drop.draft.md'), 'Dropped.\n');
    expect((await discovered(plain)).files).toEqual(['.gitignore', 'prompts/.gitignore', 'prompts/keep.draft.md']);
  });
});

describe('the survey repository (fixtures/audit-real/git-file-set) as a real repository', () => {
  it('has no dangling reference once tracked-but-ignored, negated and build/ files are scanned', async () => {
    repo = createGitRepo(fixtureFiles('audit-real', 'git-file-set'));
    repo.git('add', '-f', 'trajectories/demonstrations/crash.md');
    repo.commit('the survey case');
    const result = await audit(repo.dir);
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const ids = (await scan(repo.dir)).nodes.map((node) => node.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'prompts/persona.draft.md',
        'trajectories/demonstrations/crash.md',
        'tools/build/prompts/summarise.txt',
      ]),
    );
  });
});

describe("a revision's file set is its tree", () => {
  it('lists a tracked file a .gitignore matches, in the base and the head of an impact', async () => {
    repo = createGitRepo({
      '.gitignore': 'generated/\n',
      'generated/prompts/persona.md': 'You are Ada.\n',
    });
    repo.git('add', '-f', 'generated/prompts/persona.md');
    const base = repo.commit('persona, committed though ignored');
    const source = gitRevisionSource(repo.dir, base);
    try {
      expect((await discoverFiles(source, parseConfig(undefined))).files).toEqual([
        '.gitignore',
        'generated/prompts/persona.md',
      ]);
    } finally {
      source.close();
    }
    repo.write({ 'generated/prompts/persona.md': 'You are Ada, kind.\n' });
    const result = await impact(repo.dir, { base });
    expect(result.changed.map((node) => `${node.id} ${node.classification.join(',')}`)).toEqual([
      'generated/prompts/persona.md wording',
    ]);
  });
});
