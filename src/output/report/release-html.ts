import { diagnosticLocation, nodeLocation } from './diagnostic-location.js';
import type { ReleasePrompt, ReleaseReport } from '../../model/schema/release-report.js';
import { escapeHtml } from '../render/embed-json.js';
import { oneLine, showInvisible } from './markdown-escape.js';
import { authorLabel, dayOf, revisionText, shortCommit } from './commit-labels.js';
import { classLabel, plural, variableLabel } from './impact-labels.js';
import { RELEASE_HTML_STYLE } from './release-html-style.js';
import {
  approverLabel,
  changeLabel,
  countedApprover,
  ownerTypeIn,
  releaseCommitCount,
  throughParts,
} from './release-labels.js';
import { ownersByType } from './impact-labels.js';
import { approverLabel as ownersApproverLabel, ownersPhrase } from '../../model/owner-handle.js';

/**
 * The release report as one self-contained, printable HTML page: no script,
 * no external resource, the style sheet inline. Every piece of text from the
 * repository (prompt text, ids, subjects, names) is escaped, so a prompt that
 * contains `</script>` or `<img onerror=…>` shows as text.
 */
/**
 * Names from the repository (ids, files, subjects, authors, refs) on one line with
 * bidirectional overrides and control characters shown (`<U+202E>`, `⏎`), as the
 * Markdown and the Mermaid diagram show them, then escaped: `evil\u202Etxt.sh`
 * cannot read as something else in the page a release manager signs off.
 */
const name = (value: string): string => escapeHtml(oneLine(value));
/** Running text (messages, invariants, diff lines): the same characters shown; line breaks stay. */
const text = (value: string): string => escapeHtml(showInvisible(value));

export function formatReleaseHtml(report: ReleaseReport): string {
  const title = `Prompt changes: ${report.base.ref} → ${report.head.ref}`;
  const body = [
    `<header><h1>${name(title)}</h1>`,
    `<p class="muted">${name(revisionText(report.base))} → ${name(revisionText(report.head))}, first-parent history (a merge counts as one commit).</p>`,
    summaryTable(report),
    '</header>',
    ...(report.prompts.length
      ? [tableOfPrompts(report)]
      : ['<p>No prompt’s composed text changed between these revisions.</p>']),
    ...report.prompts.map((prompt, index) => promptSection(report, prompt, index)),
    reviewSection(report),
  ];
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${name(title)}</title>\n<style>${RELEASE_HTML_STYLE}</style>\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}

function summaryTable(report: ReleaseReport): string {
  const required = report.approvals.filter((approval) => approval.required);
  const owners = ownersByType(report);
  const rows: [string, string][] = [
    [
      'Prompts changed',
      text(
        `${report.prompts.length} (${report.prompts.filter((prompt) => prompt.change === 'direct').length} directly)`,
      ),
    ],
    ['Commits', text(`${plural(releaseCommitCount(report), 'commit')} changed prompt text`)],
    [
      'Risk',
      `<span class="risk-${report.risk.level}">${report.risk.level}</span>${report.risk.reasons.length ? ` — ${text(report.risk.reasons.join('; '))}` : ''}`,
    ],
    ['Teams', name(owners.teams.join(', ') || 'none')],
    ...(owners.users.length ? [['Users', name(owners.users.join(', '))] as [string, string]] : []),
    [
      'Approvals',
      text(
        required.map((approval) => countedApprover(ownersApproverLabel(approval), approval.count)).join(', ') ||
          'none required',
      ),
    ],
    ['Evals to have run', text(report.evals.map((entry) => entry.name).join(', ') || 'none')],
  ];
  return `<table class="summary">${rows.map(([name, value]) => `<tr><th>${name}</th><td>${value}</td></tr>`).join('')}</table>`;
}

function tableOfPrompts(report: ReleaseReport): string {
  const rows = report.prompts.map(
    (prompt, index) =>
      `<tr><td><a href="#prompt-${index}"><code>${name(prompt.id)}</code></a></td><td>${text(changeLabel(prompt))}</td><td>${prompt.commits.length}</td><td>${name(prompt.teams.join(' '))}</td></tr>`,
  );
  return `<h2>Prompts</h2>\n<table><tr><th>prompt</th><th>change</th><th>commits</th><th>owners</th></tr>${rows.join('')}</table>`;
}

function promptSection(report: ReleaseReport, prompt: ReleasePrompt, index: number): string {
  const variables = variableLabel(prompt.variables);
  const parts = [
    `<section class="prompt" id="prompt-${index}">`,
    `<h2><code>${name(prompt.id)}</code></h2>`,
    `<p>${text(changeLabel(prompt))}${variables ? ` · variables ${text(variables)}` : ''}${prompt.renamedFrom ? ` · renamed from <code>${name(prompt.renamedFrom)}</code>` : ''} · <span class="muted">${name(nodeLocation(prompt))}</span></p>`,
  ];
  const through = throughParts(prompt);
  if (through.fragments.length)
    parts.push(
      `<p>Changed through ${[...(through.own ? ['its own text'] : []), ...through.fragments.map((id) => `<code>${name(id)}</code>`)].join(' and ')}.</p>`,
    );
  const typeOf = ownerTypeIn(report);
  if (prompt.teams.length) parts.push(`<p>Owners: ${name(ownersPhrase(prompt.teams, typeOf))}</p>`);
  const commits = prompt.commits.map(
    (entry) =>
      `<tr><td><code>${shortCommit(entry.commit)}</code></td><td>${text(dayOf(entry.date))}</td><td>${name(authorLabel(entry))}</td><td>${name(entry.subject)}</td><td>${text(classLabel(entry.classification, true))}${entry.files.length ? `<br><span class="muted">${name(entry.files.join(', '))}</span>` : ''}</td></tr>`,
  );
  parts.push(
    `<table class="commits"><tr><th>commit</th><th>date</th><th>author</th><th>subject</th><th>change</th></tr>${commits.join('') || '<tr><td colspan="5">No first-parent commit in the range changed it.</td></tr>'}</table>`,
  );
  for (const contract of prompt.contracts) {
    const approvers = contract.approvers.map(approverLabel).join(', ') || 'no approvers';
    parts.push(
      `<p>Contract <code>${name(contract.id)}</code>${contract.version !== undefined ? ` v${text(String(contract.version))}` : ''}: approvers ${name(approvers)}; downstream approval ${contract.downstream_approval}</p>`,
    );
    if (contract.invariants.length)
      parts.push(
        `<ul class="invariants">${contract.invariants.map((invariant) => `<li>${text(invariant)}</li>`).join('')}</ul>`,
      );
  }
  const evals = report.evals.filter((entry) => prompt.evals.includes(entry.id));
  if (evals.length)
    parts.push(
      `<p>Evals: ${evals.map((entry) => `${name(entry.name)} (${entry.scope}${entry.command ? `, <code>${name(entry.command)}</code>` : ''})`).join('; ')}</p>`,
    );
  if (prompt.diff) parts.push(`<h3>Composed diff</h3>\n${diffBlock(prompt.diff)}`);
  parts.push('</section>');
  return parts.join('\n');
}

function reviewSection(report: ReleaseReport): string {
  const parts = ['<section class="review">'];
  if (report.approvals.length) {
    parts.push(
      '<h2>Approvals</h2>',
      `<table><tr><th>approver</th><th>needed</th><th>required</th><th>why</th></tr>${report.approvals.map((approval) => `<tr><td>${name(ownersApproverLabel(approval))}</td><td>${approval.count}</td><td>${approval.required ? 'yes' : 'notify'}</td><td>${text(approval.why.join('; '))}</td></tr>`).join('')}</table>`,
    );
  }
  if (report.evals.length) {
    parts.push(
      '<h2>Evals to have run</h2>',
      `<table><tr><th>eval</th><th>scope</th><th>command</th><th>why</th></tr>${report.evals.map((entry) => `<tr><td>${name(entry.name)}</td><td>${entry.scope}</td><td>${entry.command ? `<code>${name(entry.command)}</code>` : ''}</td><td>${text(entry.why.join('; '))}</td></tr>`).join('')}</table>`,
    );
  }
  if (report.interfaceChanges.length) {
    parts.push(
      '<h2>Interface changes</h2>',
      `<ul>${report.interfaceChanges.map((change) => `<li><code>${name(change.contract)}</code>${change.bumped ? ' (version bumped)' : ' — <strong>version not bumped</strong>'}: ${text(change.reasons.join('; '))}</li>`).join('')}</ul>`,
    );
  }
  if (report.diagnostics.length) {
    parts.push(
      '<h2>Diagnostics</h2>',
      `<ul>${report.diagnostics.map((diagnostic) => `<li><strong>${diagnostic.severity}</strong> <code>${name(diagnosticLocation(diagnostic))}</code> ${text(diagnostic.message)} (${text(diagnostic.code)})</li>`).join('')}</ul>`,
    );
  }
  parts.push('</section>');
  return parts.length > 2 ? parts.join('\n') : '';
}

/** One span per line, classed by its diff marker; the markers stay in the text so print keeps them. */
function diffBlock(diff: string): string {
  const lines = diff
    .trimEnd()
    .split('\n')
    .map((line) => {
      const kind = line.startsWith('@@')
        ? 'hunk'
        : line.startsWith('+') && !line.startsWith('+++')
          ? 'add'
          : line.startsWith('-') && !line.startsWith('---')
            ? 'del'
            : 'context';
      return `<span class="${kind}">${text(line) || ' '}</span>`;
    });
  return `<pre class="diff">${lines.join('')}</pre>`;
}
