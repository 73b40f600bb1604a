import { diagnosticLocation, nodeLocation } from './diagnostic-location.js';
import type { ReleasePrompt, ReleaseReport } from '../../model/schema/release-report.js';
import { escapeHtml } from '../render/embed-json.js';
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
export function formatReleaseHtml(report: ReleaseReport): string {
  const title = `Prompt changes: ${report.base.ref} → ${report.head.ref}`;
  const body = [
    `<header><h1>${escapeHtml(title)}</h1>`,
    `<p class="muted">${escapeHtml(revisionText(report.base))} → ${escapeHtml(revisionText(report.head))}, first-parent history (a merge counts as one commit).</p>`,
    summaryTable(report),
    '</header>',
    ...(report.prompts.length
      ? [tableOfPrompts(report)]
      : ['<p>No prompt’s composed text changed between these revisions.</p>']),
    ...report.prompts.map((prompt, index) => promptSection(report, prompt, index)),
    reviewSection(report),
  ];
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<style>${RELEASE_HTML_STYLE}</style>\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}

function summaryTable(report: ReleaseReport): string {
  const required = report.approvals.filter((approval) => approval.required);
  const owners = ownersByType(report);
  const rows: [string, string][] = [
    [
      'Prompts changed',
      escapeHtml(
        `${report.prompts.length} (${report.prompts.filter((prompt) => prompt.change === 'direct').length} directly)`,
      ),
    ],
    ['Commits', escapeHtml(`${plural(releaseCommitCount(report), 'commit')} changed prompt text`)],
    [
      'Risk',
      `<span class="risk-${report.risk.level}">${report.risk.level}</span>${report.risk.reasons.length ? ` — ${escapeHtml(report.risk.reasons.join('; '))}` : ''}`,
    ],
    ['Teams', escapeHtml(owners.teams.join(', ') || 'none')],
    ...(owners.users.length ? [['Users', escapeHtml(owners.users.join(', '))] as [string, string]] : []),
    [
      'Approvals',
      escapeHtml(
        required.map((approval) => countedApprover(ownersApproverLabel(approval), approval.count)).join(', ') ||
          'none required',
      ),
    ],
    ['Evals to have run', escapeHtml(report.evals.map((entry) => entry.name).join(', ') || 'none')],
  ];
  return `<table class="summary">${rows.map(([name, value]) => `<tr><th>${name}</th><td>${value}</td></tr>`).join('')}</table>`;
}

function tableOfPrompts(report: ReleaseReport): string {
  const rows = report.prompts.map(
    (prompt, index) =>
      `<tr><td><a href="#prompt-${index}"><code>${escapeHtml(prompt.id)}</code></a></td><td>${escapeHtml(changeLabel(prompt))}</td><td>${prompt.commits.length}</td><td>${escapeHtml(prompt.teams.join(' '))}</td></tr>`,
  );
  return `<h2>Prompts</h2>\n<table><tr><th>prompt</th><th>change</th><th>commits</th><th>owners</th></tr>${rows.join('')}</table>`;
}

function promptSection(report: ReleaseReport, prompt: ReleasePrompt, index: number): string {
  const variables = variableLabel(prompt.variables);
  const parts = [
    `<section class="prompt" id="prompt-${index}">`,
    `<h2><code>${escapeHtml(prompt.id)}</code></h2>`,
    `<p>${escapeHtml(changeLabel(prompt))}${variables ? ` · variables ${escapeHtml(variables)}` : ''}${prompt.renamedFrom ? ` · renamed from <code>${escapeHtml(prompt.renamedFrom)}</code>` : ''} · <span class="muted">${escapeHtml(nodeLocation(prompt))}</span></p>`,
  ];
  const through = throughParts(prompt);
  if (through.fragments.length)
    parts.push(
      `<p>Changed through ${[...(through.own ? ['its own text'] : []), ...through.fragments.map((id) => `<code>${escapeHtml(id)}</code>`)].join(' and ')}.</p>`,
    );
  const typeOf = ownerTypeIn(report);
  if (prompt.teams.length) parts.push(`<p>Owners: ${escapeHtml(ownersPhrase(prompt.teams, typeOf))}</p>`);
  const commits = prompt.commits.map(
    (entry) =>
      `<tr><td><code>${shortCommit(entry.commit)}</code></td><td>${escapeHtml(dayOf(entry.date))}</td><td>${escapeHtml(authorLabel(entry))}</td><td>${escapeHtml(entry.subject)}</td><td>${escapeHtml(classLabel(entry.classification, true))}${entry.files.length ? `<br><span class="muted">${escapeHtml(entry.files.join(', '))}</span>` : ''}</td></tr>`,
  );
  parts.push(
    `<table class="commits"><tr><th>commit</th><th>date</th><th>author</th><th>subject</th><th>change</th></tr>${commits.join('') || '<tr><td colspan="5">No first-parent commit in the range changed it.</td></tr>'}</table>`,
  );
  for (const contract of prompt.contracts) {
    const approvers = contract.approvers.map(approverLabel).join(', ') || 'no approvers';
    parts.push(
      `<p>Contract <code>${escapeHtml(contract.id)}</code>${contract.version !== undefined ? ` v${escapeHtml(String(contract.version))}` : ''}: approvers ${escapeHtml(approvers)}; downstream approval ${contract.downstream_approval}</p>`,
    );
    if (contract.invariants.length)
      parts.push(
        `<ul class="invariants">${contract.invariants.map((invariant) => `<li>${escapeHtml(invariant)}</li>`).join('')}</ul>`,
      );
  }
  const evals = report.evals.filter((entry) => prompt.evals.includes(entry.id));
  if (evals.length)
    parts.push(
      `<p>Evals: ${evals.map((entry) => `${escapeHtml(entry.name)} (${entry.scope}${entry.command ? `, <code>${escapeHtml(entry.command)}</code>` : ''})`).join('; ')}</p>`,
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
      `<table><tr><th>approver</th><th>needed</th><th>required</th><th>why</th></tr>${report.approvals.map((approval) => `<tr><td>${escapeHtml(ownersApproverLabel(approval))}</td><td>${approval.count}</td><td>${approval.required ? 'yes' : 'notify'}</td><td>${escapeHtml(approval.why.join('; '))}</td></tr>`).join('')}</table>`,
    );
  }
  if (report.evals.length) {
    parts.push(
      '<h2>Evals to have run</h2>',
      `<table><tr><th>eval</th><th>scope</th><th>command</th><th>why</th></tr>${report.evals.map((entry) => `<tr><td>${escapeHtml(entry.name)}</td><td>${entry.scope}</td><td>${entry.command ? `<code>${escapeHtml(entry.command)}</code>` : ''}</td><td>${escapeHtml(entry.why.join('; '))}</td></tr>`).join('')}</table>`,
    );
  }
  if (report.interfaceChanges.length) {
    parts.push(
      '<h2>Interface changes</h2>',
      `<ul>${report.interfaceChanges.map((change) => `<li><code>${escapeHtml(change.contract)}</code>${change.bumped ? ' (version bumped)' : ' — <strong>version not bumped</strong>'}: ${escapeHtml(change.reasons.join('; '))}</li>`).join('')}</ul>`,
    );
  }
  if (report.diagnostics.length) {
    parts.push(
      '<h2>Diagnostics</h2>',
      `<ul>${report.diagnostics.map((diagnostic) => `<li><strong>${diagnostic.severity}</strong> <code>${escapeHtml(diagnosticLocation(diagnostic))}</code> ${escapeHtml(diagnostic.message)} (${escapeHtml(diagnostic.code)})</li>`).join('')}</ul>`,
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
      return `<span class="${kind}">${escapeHtml(line) || ' '}</span>`;
    });
  return `<pre class="diff">${lines.join('')}</pre>`;
}
