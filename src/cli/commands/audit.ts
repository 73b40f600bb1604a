import type { Command } from 'commander';
import type { RegisterCommand } from '../register-command.js';
import { addGithubOption } from '../github/github-options.js';

export const registerAudit: RegisterCommand = (program, { io, run }) => {
  addGithubOption(
    program
      .command('audit')
      .description(
        'find unowned prompts, undeclared shared fragments, prompts in env files, moving registry pointers, cycles, dangling references and more',
      )
      .argument('[dir]', 'repository root', '.')
      .option(
        '--fail-on <severity>',
        'exit 1 when a finding is at or above this severity: error, warning, info, or none',
        'error',
      ),
  )
    .addHelpText(
      'after',
      [
        '',
        'Formats: text (default), json (contracts/audit-result.schema.json), md, sarif (SARIF 2.1.0 for GitHub code scanning), github (workflow-command annotations).',
        'Rules and their severities: promptgraph.config.yaml `audit: { rules: { orphan-prompt: off } }`.',
        'Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or input error.',
        'Example: promptgraph audit --format sarif --out promptgraph.sarif',
      ].join('\n'),
    )
    .action((dir: string, _options: unknown, command: Command) =>
      run(command, async (options) => {
        const { runAudit } = await import('./audit-action.js');
        return runAudit(io, dir, options);
      }),
    );
};
