import { RISK_LEVELS } from '../../model/risk-levels.js';
import { defineCommand } from '../command-spec.js';
import type { CheckCommandOptions } from './command-options.js';
import { CHANGE_OPTIONS, DIR_ARGUMENT, GITHUB_OPTIONS, REVIEW_OPTIONS } from './shared-options.js';

export const checkCommand = defineCommand<CheckCommandOptions>({
  name: 'check',
  description:
    'the CI gate: exit 1 when a contract is malformed, a required approval or eval is missing, or a contract interface broke without a version bump',
  arguments: [DIR_ARGUMENT],
  options: {
    ...CHANGE_OPTIONS,
    ...REVIEW_OPTIONS,
    ...GITHUB_OPTIONS,
    failOnRisk: {
      description: `also fail when the risk is at this level or above: ${RISK_LEVELS.join(' < ')} (without it, the risk alone never fails the gate; an unknown risk already requires the prompt's own owners)`,
      argument: '<level>',
    },
  },
  formats: ['text', 'md', 'json', 'github', 'sarif', 'codequality'],
  formatHelp:
    'text (default), md (the verdict with the impact report, files linked to the web view when the origin remote is on GitHub or GitLab), json (contracts/check-result.schema.json), github (one error annotation per failure, contract violations on their prompt line), sarif (contract violations for code scanning), codequality (a GitLab Code Quality report: one critical issue per failure).',
  help: [
    'Under GitHub Actions: the verdict is appended to $GITHUB_STEP_SUMMARY and each failure is an error annotation on stderr (see docs/github-actions.md).',
    'Under GitLab CI: with no --base, --head or --files, the base is $CI_MERGE_REQUEST_DIFF_BASE_SHA (see docs/gitlab-ci.md).',
    'Exit codes: 0 passed, 1 the gate failed, 2 usage or input error.',
    'Example: promptgraph check --base origin/main --approved-by @ada,@bo --evals-passed persona-tone --fail-on-risk high',
  ],
  action: async () => (await import('./check-action.js')).runCheck,
});
