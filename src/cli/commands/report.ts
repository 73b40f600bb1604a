import { defineCommand } from '../command-spec.js';
import type { ReportCommandOptions } from './command-options.js';
import { DIR_ARGUMENT } from './shared-options.js';

export const reportCommand = defineCommand<ReportCommandOptions>({
  name: 'report',
  description:
    'the release report: every prompt whose composed text changed between two revisions, with the commits, approvers, invariants and evals',
  arguments: [DIR_ARGUMENT],
  options: {
    base: { description: 'the older release (compared from git merge-base <base> <head>)', argument: '<rev-or-tag>' },
    head: { description: 'the newer release (default: HEAD)', argument: '<rev-or-tag>' },
  },
  formats: ['md', 'html', 'json'],
  formatHelp:
    'md (default; a release PR or wiki page), html (self-contained and printable), json (contracts/release-report.schema.json).',
  help: ['Example: promptgraph report --base v1.2.0 --head v1.3.0 --format html --out prompts-v1.3.0.html'],
  action: async () => (await import('./report-action.js')).runReport,
});
