// `npm run demo [-- <out-dir>] [--keep]`: the main job on the demo monorepo.
// Copies fixtures/demo-monorepo into a throw-away git repository, commits a
// one-sentence change to the shared persona on a branch, and runs
// `promptgraph impact --base main` through the built CLI: the terminal summary
// on stdout, the PR comment (Markdown), the JSON result and the HTML map in the
// output folder (default ./promptgraph-demo/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createThrowawayRepo } from './demo/throwaway-repo.mjs';
import { ADDED_SENTENCE, applyPersonaChange, CHANGE_BRANCH, CHANGE_MESSAGE, PERSONA_FILE } from './demo/persona-change.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/promptgraph.js');
const FIXTURE = path.join(ROOT, 'fixtures/demo-monorepo');

const REPORTS = [
  { file: 'impact.md', format: 'md', what: 'the pull-request comment: summary, Mermaid blast radius, composed diffs' },
  { file: 'impact.json', format: 'json', what: 'the machine-readable result (contracts/impact-result.schema.json)' },
  { file: 'impact.html', format: 'html', what: 'the map, focused on the change: open it in a browser' },
];

const { positionals, values } = parseArgs({ allowPositionals: true, options: { keep: { type: 'boolean', default: false } } });
if (positionals.length > 1) fail('usage: npm run demo [-- <out-dir>] [--keep]', 2);
if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) fail('demo: dist/ is missing; run `npm ci` (or `npm run build`) first', 2);
const outDir = path.resolve(positionals[0] ?? 'promptgraph-demo');
mkdirSync(outDir, { recursive: true });

const repo = createThrowawayRepo(FIXTURE, 'acme-helpdesk');
try {
  repo.commitChange({ branch: CHANGE_BRANCH, file: PERSONA_FILE, edit: applyPersonaChange, message: CHANGE_MESSAGE });
  process.stdout.write(
    `promptgraph demo: the Acme Helpdesk monorepo (fixtures/demo-monorepo), five teams, one shared persona.\n` +
      `Branch ${CHANGE_BRANCH} adds one sentence to ${PERSONA_FILE}:\n` +
      `  + ${ADDED_SENTENCE}\n\n` +
      `$ promptgraph impact --base main\n\n`,
  );
  for (const report of REPORTS) promptgraph('impact', '--base', 'main', '--format', report.format, '--out', path.join(outDir, report.file), '--quiet');
  // The terminal summary goes straight to our stdout, so it keeps its colours on a terminal.
  promptgraph('impact', '--base', 'main', { inherit: true });
  const shown = path.relative(process.cwd(), outDir) || '.';
  process.stdout.write(`\nReports in ${shown.startsWith('..') ? outDir : shown}${path.sep}\n`);
  for (const report of REPORTS) process.stdout.write(`  ${report.file.padEnd(12)} ${report.what}\n`);
  if (values.keep) process.stdout.write(`\nThe throw-away repository is kept at ${repo.dir}\n`);
} finally {
  if (!values.keep) repo.dispose();
}

/** Runs the built CLI in the throw-away repository; any failure ends the demo with the CLI's own message. */
function promptgraph(...args) {
  const options = typeof args.at(-1) === 'object' ? args.pop() : {};
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: repo.dir,
    encoding: 'utf8',
    stdio: ['ignore', options.inherit ? 'inherit' : 'pipe', 'pipe'],
  });
  if (run.status !== 0) fail(`demo: promptgraph ${args.join(' ')} exited with ${run.status ?? run.signal}\n${run.stderr ?? ''}`, 1);
  if (run.stderr) process.stderr.write(run.stderr);
}

function fail(message, code) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
