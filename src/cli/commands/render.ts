import type { Command } from 'commander';
import type { RegisterCommand } from '../register-command.js';

export const registerRender: RegisterCommand = (program, { io, run }) => {
  program
    .command('render')
    .description('write the interactive map: one self-contained HTML file, optionally with a change overlaid')
    .argument('[dir]', 'repository root', '.')
    .option('--base <rev>', 'overlay the change from git merge-base <rev> HEAD (e.g. origin/main)')
    .option('--head <rev>', 'map this revision instead of the working tree')
    .option('--files <list>', 'overlay a change to these comma-separated files, without git')
    .option('--title <text>', 'title of the page')
    .addHelpText(
      'after',
      '\nExample: promptgraph render --out map.html && open map.html\n         promptgraph render --base origin/main --out map.html',
    )
    .action((dir: string, _options: unknown, command: Command) =>
      run(command, async (options) => {
        const { runRender } = await import('./render-action.js');
        return runRender(io, dir, options);
      }),
    );
};
