import type { Command } from 'commander';
import type { RegisterCommand } from '../register-command.js';

export const registerScan: RegisterCommand = (program, { io, run }) => {
  program
    .command('scan')
    .description('find prompts, fragments and consumers and print the dependency graph')
    .argument('[dir]', 'repository root', '.')
    .addHelpText(
      'after',
      [
        '',
        'Formats: text (default), json (contracts/scan-result.schema.json).',
        'Exit codes: 0 ok, warnings included; 1 when a diagnostic has severity error (front matter or a',
        '  template that does not parse, an invalid contract, an include cycle), the graph still printed',
        '  in full; 2 usage or input error. For rules and thresholds, use promptgraph audit --fail-on.',
      ].join('\n'),
    )
    .action((dir: string, _options: unknown, command: Command) =>
      run(command, async (options) => {
        const { runScan } = await import('./scan-action.js');
        return runScan(io, dir, options);
      }),
    );
};
