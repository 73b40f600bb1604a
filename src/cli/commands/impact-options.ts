import type { Command } from 'commander';
import { addGithubOption } from '../github/github-options.js';

/** The options `impact` and `check` share: what to compare, what review has happened, and `--no-github`. */
export function addImpactOptions(command: Command): Command {
  return addGithubOption(command)
    .argument('[dir]', 'repository folder', '.')
    .option('--base <rev>', 'compare from git merge-base <rev> HEAD (e.g. origin/main)')
    .option('--head <rev>', 'compare to this revision instead of the working tree')
    .option('--files <list>', 'comma-separated changed files, without git')
    .option('--approved-by <list>', 'comma-separated handles that approved')
    .option(
      '--evals-passed <list>',
      'comma-separated evals that passed: unique names, paths (file#name for a contract eval) or ids',
    )
    .option(
      '--review-data <file>',
      'JSON file with { approvedBy, evalsPassed, teams } (contracts/review-data.schema.json); YAML when named .yaml or .yml',
    );
}

export interface ImpactCliOptions {
  base?: string;
  head?: string;
  files?: string;
  approvedBy?: string;
  evalsPassed?: string;
  reviewData?: string;
}

export const splitList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
