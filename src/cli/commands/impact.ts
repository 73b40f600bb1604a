import type { Command } from 'commander';
import type { RegisterCommand } from '../main.js';
import { addImpactOptions } from './impact-options.js';

export const registerImpact: RegisterCommand = (program, { io, run }) => {
  addImpactOptions(
    program
      .command('impact')
      .description('the blast radius of a change: changed and affected prompts, teams, approvals, evals, risk'),
  )
    .addHelpText('after', '\nFormats: text (default), md (a PR comment), json (contracts/impact-result.schema.json), html (the map, focused on the change).\nExample: promptgraph impact --base origin/main --format md --out impact.md')
    .action((dir: string, _options: unknown, command: Command) =>
      run(command, async (options) => {
        const { runImpact } = await import('./impact-action.js');
        return runImpact(io, dir, options);
      }),
    );
};
