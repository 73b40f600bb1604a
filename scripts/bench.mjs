// Scan benchmark: medians, not a timed test. Measures real checkouts (--repo, repeatable) or
// synthetic trees it generates, each beside the read floor and dependency-cruiser's module
// graph in its fast mode, interleaved round by round in one run:
//   read:        `git ls-files | xargs cat`, the floor any scan pays;
//   depcruise:   `depcruise --no-config --ts-pre-compilation-deps -T json .` (a dev dependency);
//   scan cold:   a fresh `promptgraph scan --format json` process, nothing cached;
//   scan warm:   the same with the persistent cache primed, when the build has one
//                (otherwise an in-process re-scan, said so);
//   impact cold/warm: `impact --base HEAD` in a temporary worktree with one prompt word edited.
// CPU time (user + system) and peak RSS come from each process itself.
//
//   npm run build && npm run bench -- --repo ../continue --repo ../crewAI --runs 3
//   npm run bench -- --files 10000 --languages ts          # the synthetic TypeScript monorepo
//   npm run bench -- --files 2000 --languages shapes       # long chains, huge literals, generated files, barrels
//   npm run bench -- --repo ../continue --files 10000 --languages ts --update-readme
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateTree, LANGUAGES } from './bench/generate-tree.mjs';
import { benchRepository } from './bench/repo-bench.mjs';
import { printRepository, updateReadme } from './bench/print-results.mjs';

const { values } = parseArgs({
  options: {
    files: { type: 'string' },
    runs: { type: 'string', default: '5' },
    languages: { type: 'string', default: LANGUAGES.join(',') },
    repo: { type: 'string', multiple: true, default: [] },
    'update-readme': { type: 'boolean', default: false },
  },
});
if (!existsSync('dist/cli/main.js')) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const runs = Number(values.runs);
const rows = [];

/** A generated tree becomes a git repository: the read floor lists it and impact needs a HEAD. */
function commitTree(root) {
  const git = (...args) =>
    execFileSync(
      'git',
      [
        '-c',
        'user.name=bench',
        '-c',
        'user.email=bench@example.com',
        '-c',
        'commit.gpgsign=false',
        '-c',
        'gc.auto=0',
        ...args,
      ],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
  git('init', '--quiet');
  git('add', '--all');
  git('commit', '--quiet', '--allow-empty', '-m', 'bench');
}

for (const repo of values.repo) {
  const result = await benchRepository(path.resolve(repo), { runs });
  const label = path.basename(path.resolve(repo));
  printRepository(label, result);
  rows.push([label, result]);
}

const counts = (values.files ?? (values.repo.length > 0 ? '' : '300'))
  .split(',')
  .map(Number)
  .filter((count) => count > 0);
if (counts.length > 0) {
  // Fixed cost of a process that scans nothing, subtracted from per-file figures.
  const emptyRoot = await mkdtemp(path.join(tmpdir(), 'promptgraph-bench-empty-'));
  commitTree(emptyRoot);
  const empty = await benchRepository(emptyRoot, { runs });
  printRepository('empty repository (start-up)', empty);
  rows.push(['empty repository (start-up)', empty]);
  for (const filesPerLanguage of counts) {
    for (const language of values.languages.split(',').filter(Boolean)) {
      const root = await mkdtemp(path.join(tmpdir(), `promptgraph-bench-${language}-`));
      await generateTree(root, { languages: [language], filesPerLanguage });
      commitTree(root);
      const label = `${filesPerLanguage.toLocaleString('en')} synthetic ${language} files`;
      const result = await benchRepository(root, { runs });
      printRepository(label, result);
      const perFile = (result.figures['scan cold'].cpuMs - empty.figures['scan cold'].cpuMs) / filesPerLanguage;
      console.log(`  ${language}: ${perFile.toFixed(2)} ms CPU per file (cold, start-up subtracted)`);
      rows.push([label, result]);
      await rm(root, { recursive: true, force: true });
    }
  }
  await rm(emptyRoot, { recursive: true, force: true });
}

if (values['update-readme']) {
  // The command as it can be read elsewhere: each checkout by its folder name.
  const args = process.argv
    .slice(2)
    .map((arg) => (values.repo.includes(arg) ? `<${path.basename(path.resolve(arg))}>` : arg));
  updateReadme('README.md', rows, `npm run bench -- ${args.join(' ')}`);
  console.log('README.md: Performance table rewritten');
}
