import type { OptionTable } from '../option-table.js';

/** What to compare: a git range, or changed files named without git. The library checks the combination (`impact()`), once. */
export interface ChangeOptions {
  base?: string;
  head?: string;
  files?: string;
}

export const CHANGE_OPTIONS: OptionTable<ChangeOptions> = {
  base: { description: 'compare from git merge-base <rev> HEAD (e.g. origin/main)', argument: '<rev>' },
  head: { description: 'compare to this revision instead of the working tree', argument: '<rev>' },
  files: { description: 'comma-separated changed files (path or path#symbol), without git', argument: '<list>' },
};

/** What review has happened: the gate's inputs. */
export interface ReviewOptions {
  approvedBy?: string;
  evalsPassed?: string;
  reviewData?: string;
  evalResults?: string[];
}

export const REVIEW_OPTIONS: OptionTable<ReviewOptions> = {
  approvedBy: { description: 'comma-separated handles that approved', argument: '<list>' },
  evalsPassed: {
    description: 'comma-separated evals that passed: unique names, paths (file#name for a contract eval) or ids',
    argument: '<list>',
  },
  evalResults: {
    description:
      'a promptfoo results file (promptfoo eval --output results.json); repeat it for several runs. Each marks the eval it ran passed or failed',
    argument: '<file>',
    repeatable: true,
  },
  reviewData: {
    description:
      'JSON file with { approvedBy, evalsPassed, teams } (contracts/review-data.schema.json); YAML when named .yaml or .yml',
    argument: '<file>',
  },
};

/** Commands that know GitHub Actions. */
export interface GithubOptions {
  /** False with `--no-github`: no auto-detection under GitHub Actions. */
  github?: boolean;
}

export const GITHUB_OPTIONS: OptionTable<GithubOptions> = {
  github: {
    description: 'under GitHub Actions, do not append the job summary, print annotations or write the PR comment',
    negatable: true,
  },
};

export const DIR_ARGUMENT = { name: '[dir]', description: 'repository folder', default: '.' } as const;

/** The change as the library takes it; whether the flags make sense together is the library's to say. */
export const changeOf = (options: ChangeOptions): { base?: string; head?: string; files?: string[] } => ({
  ...(options.base ? { base: options.base } : {}),
  ...(options.head ? { head: options.head } : {}),
  ...(options.files !== undefined ? { files: splitList(options.files) } : {}),
});

/** True when a flag names a change. */
export const namesChange = (options: ChangeOptions): boolean =>
  Boolean(options.base || options.head || options.files !== undefined);

export const splitList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

/** Commands that can query a saved graph instead of scanning. */
export interface GraphOptions {
  graph?: string;
}

export const GRAPH_OPTION: OptionTable<GraphOptions> = {
  graph: {
    description:
      'query this saved scan (scan --format json) or merged organisation graph (merge) instead of scanning [dir]',
    argument: '<file>',
  },
};
