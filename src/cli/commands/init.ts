import { defineCommand } from '../command-spec.js';
import type { InitCommandOptions } from './command-options.js';
import { DIR_ARGUMENT } from './shared-options.js';

export const initCommand = defineCommand<InitCommandOptions>({
  name: 'init',
  description: 'write a commented promptgraph.config.yaml and a starter contract for the most shared fragment',
  arguments: [DIR_ARGUMENT],
  options: { force: { description: 'overwrite files that already exist' } },
  formats: ['text'],
  formatHelp: 'text (default): the files written and the next steps.',
  help: ['Example: promptgraph init && promptgraph scan'],
  action: async () => (await import('./init-action.js')).runInit,
});
