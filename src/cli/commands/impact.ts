import type { Command } from 'commander';
import type { RegisterCommand } from '../register-command.js';
import { addImpactOptions } from './impact-options.js';

export const registerImpact: RegisterCommand = (program, { io, run }) => {
  addImpactOptions(
    program
      .command('impact')
      .description('the blast radius of a change: changed and affected prompts, teams, approvals, evals, risk'),
  )
    .option(
      '--comment-file <path>',
      'write the PR comment (Markdown with a <!-- promptgraph:impact --> marker) here; without it, GitHub mode writes it to $RUNNER_TEMP/promptgraph-comment.md under Actions, else beside --out, else nowhere',
    )
    .addHelpText(
      'after',
      '\nFormats: text (default), md (a PR comment), json (contracts/impact-result.schema.json), html (the map, focused on the change), github (annotations on changed prompts).\nUnder GitHub Actions: the Markdown report is appended to $GITHUB_STEP_SUMMARY, annotations go to stderr and the PR comment file is written (see docs/github-actions.md).\nExample: promptgraph impact --base origin/main --format md --out impact.md',
    )
    .action((dir: string, _options: unknown, command: Command) =>
      run(command, async (options) => {
        const { runImpact } = await import('./impact-action.js');
        return runImpact(io, dir, options);
      }),
    );
};
