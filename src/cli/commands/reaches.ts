import { defineCommand } from '../command-spec.js';
import type { ReachesCommandOptions } from './command-options.js';
import { DIR_ARGUMENT, GRAPH_OPTION } from './shared-options.js';

export const reachesCommand = defineCommand<ReachesCommandOptions>({
  name: 'reaches',
  description:
    'everything downstream of one symbol (not its whole file): the prompts that include it, the consumers that send it, the teams that own them',
  arguments: [
    {
      name: '<selector>',
      description:
        'a node id, path#symbol, a path, a glob, or a prompt or symbol name (e.g. packages/kit/src/persona.ts#PERSONA)',
    },
    DIR_ARGUMENT,
  ],
  options: { ...GRAPH_OPTION },
  formats: ['text', 'json'],
  formatHelp: 'text (default), json (contracts/reaches-result.schema.json).',
  help: [
    'Like dependency-cruiser --reaches or Bazel rdeps; each reached node shows the reference that reaches it (file:line).',
    'Exit codes: 0 (also when nothing depends on it), 2 when the selector names no node.',
    'Examples:',
    '  promptgraph reaches packages/prompt-kit/src/persona.ts#PERSONA',
    '  promptgraph reaches AGENTS.md --format json',
    '  promptgraph reaches acme-kit::packages/kit/src/persona.ts#PERSONA --graph org.json',
  ],
  action: async () => (await import('./reaches-action.js')).runReaches,
});
