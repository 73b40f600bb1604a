import type { Command } from 'commander';
import type { RegisterCommand } from '../register-command.js';

export const registerReport: RegisterCommand = (program, { io, run }) => {
  program
    .command('report')
    .description(
      'the release report: every prompt whose composed text changed between two revisions, with the commits, approvers, invariants and evals',
    )
    .argument('[dir]', 'repository folder', '.')
    .option('--base <rev-or-tag>', 'the older release (compared from git merge-base <base> <head>)')
    .option('--head <rev-or-tag>', 'the newer release (default: HEAD)')
    .addHelpText(
      'after',
      '\nFormats: md (default; a release PR or wiki page), html (self-contained and printable), json (contracts/release-report.schema.json).\nExample: promptgraph report --base v1.2.0 --head v1.3.0 --format html --out prompts-v1.3.0.html',
    )
    .action((dir: string, _options: unknown, command: Command) =>
      run(command, async (options) => {
        const { runReport } = await import('./report-action.js');
        return runReport(io, dir, options);
      }),
    );
};
