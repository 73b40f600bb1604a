import type { Command } from 'commander';

/** `--no-github`, shared by the commands that know GitHub Actions. */
export const addGithubOption = (command: Command): Command =>
  command.option(
    '--no-github',
    'under GitHub Actions, do not append the job summary, print annotations or write the PR comment',
  );
