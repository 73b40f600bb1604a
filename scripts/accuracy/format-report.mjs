import { sumScores } from './score.mjs';

// Reporters: pure functions of the run's results. `runs` is
// [{ repo, commit, file, skipped, scenarios: [{ name, score }] }], in slug order.

const ratio = ({ found, expected }) => `${found}/${expected}`;
const percent = ({ found, expected }) => (expected ? `${((100 * found) / expected).toFixed(1)}%` : 'n/a');
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows.map((row) =>
    row
      .map((cell, column) => String(cell).padEnd(widths[column]))
      .join('  ')
      .trimEnd(),
  );
}

/** The terminal report: a table per repository with its misses, then the totals. */
export function formatText(runs, { timing = true } = {}) {
  const out = [];
  const time = (ms) => (timing ? seconds(ms) : '-');
  for (const run of runs) {
    out.push(`${run.repo} @ ${run.commit}  (${run.file})`);
    if (run.skipped.length)
      out.push(
        `  not in the snapshot, left out of the checkout: ${run.skipped.length} file(s), e.g. ${run.skipped.slice(0, 3).join(', ')}`,
      );
    const rows = [['  scenario', 'prompts', 'consumers', 'must-not-reach', 'status', 'time']];
    for (const { name, score } of run.scenarios) {
      rows.push([
        `  ${name}`,
        ratio(score.prompts),
        ratio(score.consumers),
        `${score.mustNotReach.reached.length}/${score.mustNotReach.checked} reached`,
        score.status,
        time(score.runtimeMs),
      ]);
    }
    const total = sumScores(run.scenarios.map((s) => s.score));
    rows.push([
      '  total',
      ratio(total.prompts),
      ratio(total.consumers),
      `${total.falsePositives} reached`,
      `${total.timeouts} timeout(s)`,
      time(total.runtimeMs),
    ]);
    out.push(...table(rows));
    const misses = run.scenarios.flatMap(({ name, score }) => missLines(name, score));
    if (misses.length) out.push('  misses:', ...misses);
    out.push('');
  }
  out.push(...formatTotals(runs, time));
  return `${out.join('\n')}\n`;
}

function missLines(name, score) {
  const lines = [];
  if (score.status !== 'ok') lines.push(`      ${score.status}${score.message ? `: ${score.message}` : ''}`);
  for (const prompt of score.prompts.missed) lines.push(`      prompt    ${prompt}`);
  for (const consumer of score.consumers.missed) lines.push(`      consumer  ${consumer}`);
  for (const reached of score.mustNotReach.reached)
    lines.push(`      reached   ${reached.file}  (${reached.ids.join(', ')})`);
  if (score.prompts.missed.length && score.status === 'ok') {
    lines.push(`      reported prompts: ${score.reportedPrompts.length ? shortList(score.reportedPrompts) : 'none'}`);
  }
  if (score.consumers.missed.length && score.status === 'ok') {
    lines.push(
      `      reported consumers: ${score.reportedConsumers.length ? shortList(score.reportedConsumers) : 'none'}`,
    );
  }
  return lines.length ? [`    ${name}`, ...lines] : [];
}

/** At most eight entries, then how many more: enough to see what the tool found instead. */
function shortList(items) {
  return items.length > 8 ? `${items.slice(0, 8).join(', ')} and ${items.length - 8} more` : items.join(', ');
}

function formatTotals(runs, time) {
  const rows = [
    [
      'repository',
      'scenarios',
      'prompt recall',
      'consumer-file recall',
      'false positives',
      'timeouts',
      'errors',
      'time',
    ],
  ];
  const row = (label, total) => [
    label,
    total.scenarios,
    `${ratio(total.prompts)} ${percent(total.prompts)}`,
    `${ratio(total.consumers)} ${percent(total.consumers)}`,
    total.falsePositives,
    total.timeouts,
    total.errors,
    time(total.runtimeMs),
  ];
  for (const run of runs) rows.push(row(run.repo, sumScores(run.scenarios.map((s) => s.score))));
  rows.push(row('all', sumScores(runs.flatMap((run) => run.scenarios.map((s) => s.score)))));
  return ['totals', ...table(rows)];
}

/** The machine-readable report: every scenario's score, per repository and in total. */
export function formatJson(runs, { timing = true } = {}) {
  const strip = (score) => (timing ? score : { ...score, runtimeMs: undefined });
  const stripTotal = (total) => (timing ? total : { ...total, runtimeMs: undefined });
  const document = {
    repositories: runs.map((run) => ({
      repo: run.repo,
      commit: run.commit,
      file: run.file,
      skipped: run.skipped,
      scenarios: run.scenarios.map(({ name, score }) => ({ name, ...strip(score) })),
      total: stripTotal(sumScores(run.scenarios.map((s) => s.score))),
    })),
    total: stripTotal(sumScores(runs.flatMap((run) => run.scenarios.map((s) => s.score)))),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
