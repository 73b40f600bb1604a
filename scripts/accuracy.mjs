// `npm run accuracy -- --mirrors <dir> [--repo slug] [--json]`: the accuracy suite
// of issue 12 on real repositories nobody here wrote. For each test/accuracy/<slug>.yaml
// it clones the repository from its local mirror at the pinned commit, and per
// scenario commits the scenario's edits on a branch, runs the built CLI's
// `impact --base <pinned> --format json` and scores what it reports against the
// expectations written by reading the code (test/accuracy/README.md).
// Exit 0 whatever the scores; 2 for a usage or input error (a scenario file that
// does not validate, a mirror or commit that is missing, a find text not found once).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkEdits, commitScenario } from './accuracy/apply-scenario.mjs';
import { formatJson, formatText } from './accuracy/format-report.mjs';
import { cloneAtCommit, findMirrorGitDir } from './accuracy/mirror-clone.mjs';
import { parseAccuracyArgs, USAGE, UsageError } from './accuracy/parse-args.mjs';
import { runImpact } from './accuracy/run-impact.mjs';
import { loadScenarioFile, repoSlug, ScenarioFileError } from './accuracy/scenario-file.mjs';
import { scoreScenario } from './accuracy/score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SUITE = path.join(ROOT, 'test/accuracy');
const OWN_CLI = path.join(ROOT, 'bin/promptgraph.js');

/** An input problem (mirror, commit, edit): message on stderr, exit 2. */
class InputError extends Error {}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`accuracy: ${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else if (error instanceof InputError || error instanceof ScenarioFileError) {
    process.stderr.write(`accuracy: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}

async function main(argv) {
  const options = parseAccuracyArgs(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!existsSync(options.mirrors)) throw new InputError(`the mirrors folder ${options.mirrors} does not exist`);
  // Another checkout's CLI measures that checkout with these scenarios (before/after numbers).
  options.cli = options.cli ? path.resolve(options.cli) : OWN_CLI;
  const dist = path.join(path.dirname(options.cli), '..', 'dist/cli/main.js');
  if (!existsSync(options.cli)) throw new InputError(`the CLI ${options.cli} does not exist`);
  if (!options.check && !existsSync(dist))
    throw new InputError(`${path.relative(process.cwd(), dist) || dist} is missing; run \`npm run build\` there first`);
  progress(`measuring ${options.cli}`);
  const files = selectFiles(options.repos);
  const suites = files.map((file) => loadScenarioFile(file));
  const runs = [];
  for (const suite of suites) {
    const scenarios = suite.scenarios.filter((s) => !options.scenarios.length || options.scenarios.includes(s.name));
    if (!scenarios.length) continue;
    runs.push(await runSuite(suite, scenarios, options));
  }
  if (options.scenarios.length && !runs.length)
    throw new UsageError(`no scenario named ${options.scenarios.join(', ')}`);
  if (options.check) {
    process.stdout.write(
      `accuracy --check: ${runs.length} repositories, ${runs.reduce((n, r) => n + r.scenarios.length, 0)} scenarios, every edit applies once\n`,
    );
    return 0;
  }
  process.stdout.write(options.json ? formatJson(runs, options) : formatText(runs, options));
  return 0;
}

function selectFiles(repos) {
  const all = readdirSync(SUITE)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  if (!repos.length) return all.map((name) => path.join(SUITE, name));
  return repos.map((repo) => {
    const name = `${repoSlug(repo)}.yaml`;
    if (!all.includes(name)) throw new UsageError(`no scenario file test/accuracy/${name} for --repo ${repo}`);
    return path.join(SUITE, name);
  });
}

async function runSuite(suite, scenarios, options) {
  const gitDir = findMirrorGitDir(options.mirrors, suite.repo);
  if (!gitDir)
    throw new InputError(
      `${suite.file}: no mirror of ${suite.repo} under ${options.mirrors} (expected ${suite.repo.replace('/', '+')}/…)`,
    );
  let clone;
  try {
    clone = cloneAtCommit(gitDir, suite.commit);
  } catch (error) {
    throw new InputError(`${suite.file}: ${error.message}`);
  }
  try {
    const problems = checkEdits(clone, { ...suite, scenarios });
    if (problems.length) throw new InputError(problems.join('\n'));
    const results = [];
    if (!options.check) {
      for (const scenario of scenarios) {
        progress(`${suite.repo} ${scenario.name}`);
        commitScenario(clone, suite.commit, scenario);
        const outcome = await runImpact({
          cli: options.cli,
          cwd: clone.dir,
          base: suite.commit,
          timeoutMs: options.timeoutMs,
          includeTests: scenario.includeTests,
        });
        if (options.saveResults && outcome.status === 'ok')
          saveResult(options.saveResults, suite.repo, scenario.name, outcome.result);
        results.push({ name: scenario.name, score: scoreScenario(scenario.expect, outcome) });
      }
    }
    return {
      repo: suite.repo,
      commit: suite.commit,
      file: suite.file,
      skipped: clone.missing,
      scenarios: results.length ? results : scenarios.map((s) => ({ name: s.name })),
    };
  } finally {
    if (options.keep) process.stderr.write(`accuracy: kept the clone of ${suite.repo} at ${clone.dir}\n`);
    else rmSync(clone.parent, { recursive: true, force: true });
  }
}

function saveResult(dir, repo, scenario, result) {
  const folder = path.join(dir, repoSlug(repo));
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${scenario}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

/** One line per scenario on stderr, so a long run shows where it is; never on stdout. */
function progress(text) {
  process.stderr.write(`accuracy: ${text}\n`);
}
