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
  },
  formats: ['text', 'json', 'md', 'sarif', 'github'],
  formatHelp:
    'text (default), json (contracts/audit-result.schema.json), md, sarif (SARIF 2.1.0 for GitHub code scanning), github (workflow-command annotations).',
  help: [
    'Rules and their severities: promptgraph.config.yaml `audit: { rules: { orphan-prompt: off } }`.',
    'Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or input error.',
    'Example: promptgraph audit --format sarif --out promptgraph.sarif',
  ],
  action: async () => (await import('./audit-action.js')).runAudit,
});
