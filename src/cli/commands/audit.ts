import { defineCommand } from '../command-spec.js';
import type { AuditCommandOptions } from './command-options.js';
import { DIR_ARGUMENT, GITHUB_OPTIONS } from './shared-options.js';

export const auditCommand = defineCommand<AuditCommandOptions>({
  name: 'audit',
  description:
    'find unowned prompts, undeclared shared fragments, prompts in env files, moving registry pointers, cycles, dangling references and more',
  arguments: [{ ...DIR_ARGUMENT, description: 'repository root' }],
  options: {
    ...GITHUB_OPTIONS,
    failOn: {
      description: 'exit 1 when a finding is at or above this severity: error, warning, info, or none',
      argument: '<severity>',
      default: 'error',
    },
    baseline: {
      description:
        'findings accepted earlier (a file --write-baseline wrote): only new findings fail; fixed ones are listed so the baseline shrinks',
      argument: '<file>',
    },
    writeBaseline: {
      description:
        "write today's findings to this file as the baseline to accept (exit 0), e.g. promptgraph-baseline.json",
      argument: '<file>',
    },
  },
  formats: ['text', 'json', 'md', 'sarif', 'codequality', 'github'],
  formatHelp:
    'text (default), json (contracts/audit-result.schema.json), md, sarif (SARIF 2.1.0 for GitHub code scanning), codequality (a GitLab Code Quality report), github (workflow-command annotations).',
  help: [
    'Rules and their severities: promptgraph.config.yaml `audit: { rules: { orphan-prompt: off } }`; a rule on part of the repository: `unowned-prompt: { level: error, paths: [...], ignore: [...] }`.',
    "Accept one finding in code: `promptgraph-ignore-next-line <rule>` on the line before it, or `promptgraph-ignore: [<rule>]` in a prompt file's front matter.",
    'Adopt on an existing codebase: promptgraph audit --write-baseline promptgraph-baseline.json, then promptgraph audit --baseline promptgraph-baseline.json in CI.',
    'Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or input error.',
    'Examples:',
    '  promptgraph audit --format sarif --out promptgraph.sarif',
    '  promptgraph audit --format codequality --out gl-code-quality-report.json   # GitLab (docs/gitlab-ci.md)',
  ],
  action: async () => (await import('./audit-action.js')).runAudit,
});
