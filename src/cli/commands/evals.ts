import { defineCommand } from '../command-spec.js';
import type { EvalsCommandOptions } from './command-options.js';
import { CHANGE_OPTIONS, DIR_ARGUMENT } from './shared-options.js';

export const evalsCommand = defineCommand<EvalsCommandOptions>({
  name: 'evals',
  description:
    'write a promptfoo config per eval the change needs: the base and head composed prompts it reaches, with the eval’s tests and asserts',
  arguments: [DIR_ARGUMENT],
  options: { ...CHANGE_OPTIONS },
  formats: ['yaml'],
  formatHelp:
    'yaml (default): with --out <dir>, one <eval>.promptfooconfig.yaml per eval in that folder; without it, the configs on stdout as YAML documents.',
  help: [
    'Then: npx promptfoo eval -c <dir>/<eval>.promptfooconfig.yaml --output <dir>/<eval>.results.json,',
    '  and promptgraph check --base <rev> --eval-results <dir>/<eval>.results.json marks the eval passed or failed.',
    'Exit codes: 0 ok (also when no eval is needed), 2 usage or input error.',
    'Example: promptgraph evals --base origin/main --out .promptgraph/evals',
  ],
  action: async () => (await import('./evals-action.js')).runEvals,
});
