import type { Command } from 'commander';
import type { RegisterCommand } from '../main.js';

export const registerScan: RegisterCommand = (program, { io, run }) => {
  program
    .command('scan')
    .description('find prompts, fragments and consumers and print the dependency graph')
    .argument('[dir]', 'repository root', '.')
    .addHelpText('after', '\nFormats: text (default), json.')
    .action((dir: string, _options: unknown, command: Command) =>
      run(command, async (options) => {
        const { runScan } = await import('./scan-action.js');
        return runScan(io, dir, options);
      }),
    );
};
