import type { Command } from 'commander';
import type { RegisterCommand } from '../register-command.js';

export const registerInit: RegisterCommand = (program, { io, run }) => {
  program
    .command('init')
    .description('write a commented promptgraph.config.yaml and a starter contract for the most shared fragment')
    .argument('[dir]', 'repository folder', '.')
    .option('--force', 'overwrite files that already exist')
    .addHelpText('after', '\nExample: promptgraph init && promptgraph scan')
    .action((dir: string, _options: unknown, command: Command) =>
      run(command, async (options) => {
        const { runInit } = await import('./init-action.js');
        return runInit(io, dir, options);
      }),
    );
};
