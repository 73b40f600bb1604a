import { defineCommand } from '../command-spec.js';
import type { ImpactCommandOptions } from './command-options.js';
import { CHANGE_OPTIONS, DIR_ARGUMENT, GITHUB_OPTIONS, REVIEW_OPTIONS } from './shared-options.js';

export const impactCommand = defineCommand<ImpactCommandOptions>({
  name: 'impact',
  description: 'the blast radius of a change: changed and affected prompts, teams, approvals, evals, risk',
  arguments: [DIR_ARGUMENT],
  options: {
    ...CHANGE_OPTIONS,
    ...REVIEW_OPTIONS,
    ...GITHUB_OPTIONS,
    commentFile: {
      description:
        'write the PR comment (Markdown with a <!-- promptgraph:impact --> marker) here; without it, GitHub mode writes it to $RUNNER_TEMP/promptgraph-comment.md under Actions, else beside --out, else nowhere',
      argument: '<path>',
    },
    against: {
      description:
        'a merged organisation graph (promptgraph merge): also report the consumers and teams of other repositories the change reaches',
      argument: '<org.json>',
    },
    repository: {
      description:
        'this repository as the organisation graph names it (default: the one scanned from a folder of this name)',
      argument: '<name>',
    },
    noteFile: {
      description:
        "write the GitLab merge-request note (Markdown with the same marker, under GitLab's note limit) here, for a job step to post (docs/gitlab-ci.md)",
      argument: '<path>',
    },
  },
  formats: ['text', 'md', 'json', 'html', 'github'],
  formatHelp:
    'text (default), md (a PR comment), json (contracts/impact-result.schema.json), html (the map, focused on the change), github (annotations on changed prompts).',
  help: [
    'Under GitHub Actions: the Markdown report is appended to $GITHUB_STEP_SUMMARY, annotations go to stderr and the PR comment file is written (see docs/github-actions.md).',
    'Under GitLab CI: with no --base, --head or --files, the base is $CI_MERGE_REQUEST_DIFF_BASE_SHA (see docs/gitlab-ci.md).',
    'Examples:',
    '  promptgraph impact --base origin/main --format md --out impact.md',
    '  promptgraph impact --note-file promptgraph-note.md   # in a GitLab merge-request pipeline',
    '  promptgraph impact --base origin/main --against org.json   # and what it reaches in other repositories (docs/organisation.md)',
  ],
  action: async () => (await import('./impact-action.js')).runImpact,
});
