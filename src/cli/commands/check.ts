import type { Command } from 'commander';
import type { RegisterCommand } from '../register-command.js';
import { addImpactOptions } from './impact-options.js';

export const registerCheck: RegisterCommand = (program, { io, run }) => {
  addImpactOptions(
    program
      .command('check')
      .description(
        'the CI gate: exit 1 when a contract is malformed, a required approval or eval is missing, or a contract interface broke without a version bump',
      ),
  )
    .addHelpText(
      'after',
      '\nFormats: text (default), github (one error annotation per failure).\nUnder GitHub Actions: the verdict is appended to $GITHUB_STEP_SUMMARY and each failure is an error annotation on stderr (see docs/github-actions.md).\nExample: promptgraph check --base origin/main --approved-by @ada,@bo --evals-passed persona-tone',
    )
    .action((dir: string, _options: unknown, command: Command) =>
      run(command, async (options) => {
        const { runCheck } = await import('./check-action.js');
        return runCheck(io, dir, options);
      }),
    );
};
