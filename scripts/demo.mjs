// `npm run demo [-- <out-dir>] [--keep]`: the main job on the demo monorepo.
// Copies fixtures/demo-monorepo into a throw-away git repository, commits a
// one-sentence change to the shared persona on a branch, and runs
// `promptgraph impact --base main` through the built CLI: the terminal summary
// on stdout, the PR comment (Markdown), the JSON result and the HTML map in the
// output folder (default ./promptgraph-demo/).
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createThrowawayRepo } from './demo/throwaway-repo.mjs';
import {
  ADDED_SENTENCE,
  applyPersonaChange,
  CHANGE_BRANCH,
  CHANGE_MESSAGE,
  PERSONA_FILE,
} from './demo/persona-change.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/cli/main.js');
const FIXTURE = path.join(ROOT, 'fixtures/demo-monorepo');

/** A CLI run that did not exit 0: the demo stops with the CLI's own message (and still removes its repository). */
class CliFailure extends Error {}

const REPORTS = [
  { file: 'impact.md', format: 'md', what: 'the pull-request comment: summary, Mermaid blast radius, composed diffs' },
  { file: 'impact.json', format: 'json', what: 'the machine-readable result (contracts/impact-result.schema.json)' },
  { file: 'impact.html', format: 'html', what: 'the map, focused on the change: open it in a browser' },
];

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { keep: { type: 'boolean', default: false } },
});
if (positionals.length > 1) fail('usage: npm run demo [-- <out-dir>] [--keep]', 2);
if (!existsSync(CLI)) fail('demo: dist/ is missing; run `npm ci` (or `npm run build`) first', 2);
// The built CLI's entry, run in this process (as bin/promptgraph.js runs it) so the
// four runs below share its per-file extraction cache instead of parsing everything four times.
const { main } = await import(pathToFileURL(CLI).href);
const outDir = path.resolve(positionals[0] ?? 'promptgraph-demo');

const repo = (() => {
  try {
    return createThrowawayRepo(FIXTURE, 'acme-helpdesk');
  } catch (error) {
    if (error.code === 'ENOENT') fail('demo: git is not on PATH; the demo commits its change with git', 2);
    throw error;
  }
})();
try {
  mkdirSync(outDir, { recursive: true });
  repo.commitChange({ branch: CHANGE_BRANCH, file: PERSONA_FILE, edit: applyPersonaChange, message: CHANGE_MESSAGE });
  process.stdout.write(
    `promptgraph demo: the Acme Helpdesk monorepo (fixtures/demo-monorepo), five teams, one shared persona.\n` +
      `Branch ${CHANGE_BRANCH} adds one sentence to ${PERSONA_FILE}:\n` +
      `  + ${ADDED_SENTENCE}\n\n` +
      `$ promptgraph impact --base main\n\n`,
  );
  for (const report of REPORTS)
    await promptgraph(
      'impact',
      '--base',
      'main',
      '--format',
      report.format,
      '--out',
      path.join(outDir, report.file),
      '--quiet',
    );
  // --quiet: its stderr is shown after the run, where progress lines would say nothing.
  await promptgraph('impact', '--base', 'main', '--quiet');
  const shown = path.relative(process.cwd(), outDir) || '.';
  process.stdout.write(`\nReports in ${shown.startsWith('..') ? outDir : shown}${path.sep}\n`);
  for (const report of REPORTS) process.stdout.write(`  ${report.file.padEnd(12)} ${report.what}\n`);
  if (values.keep) process.stdout.write(`\nThe throw-away repository is kept at ${repo.dir}\n`);
} catch (error) {
  if (!(error instanceof CliFailure)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
} finally {
  if (!values.keep) repo.dispose();
}

/** Runs the built CLI in the throw-away repository; its output is ours (colours on a terminal). */
async function promptgraph(...args) {
  let errors = '';
  const stderr = { write: (chunk) => (errors += chunk), isTTY: false };
  // --no-github: under GitHub Actions the throw-away repository is not the pull request the job is for.
  const code = await main(['node', 'promptgraph', ...args, '--no-github'], {
    stdout: process.stdout,
    stderr,
    env: process.env,
    cwd: repo.dir,
  });
  if (code !== 0) throw new CliFailure(`demo: promptgraph ${args.join(' ')} exited with ${code}\n${errors.trimEnd()}`);
  process.stderr.write(errors);
}

function fail(message, code) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
