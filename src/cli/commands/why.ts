import { defineCommand } from '../command-spec.js';
import type { WhyCommandOptions } from './command-options.js';
import { CHANGE_OPTIONS, DIR_ARGUMENT, GRAPH_OPTION } from './shared-options.js';

export const whyCommand = defineCommand<WhyCommandOptions>({
  name: 'why',
  description:
    'why a node is affected: every path to it from the changed nodes, from --from, or from every node nothing feeds, with the line of each step',
  arguments: [
    {
      name: '<node>',
      description: 'the node asked about: a node id or path#symbol (e.g. consumer:apps/chat/reply.ts#reply)',
    },
    DIR_ARGUMENT,
  ],
  options: {
    from: {
      description: 'start from the nodes this selector names (node id, path#symbol, path, glob, name)',
      argument: '<selector>',
    },
    ...CHANGE_OPTIONS,
    ...GRAPH_OPTION,
  },
  formats: ['text', 'json'],
  formatHelp: 'text (default), json (contracts/why-result.schema.json).',
  help: [
    'Start from --from, or from a change (--base/--head, or --files path#symbol), or, with neither, from every node nothing feeds.',
    'Paths are listed shortest first, at most 200 (the JSON says when more exist).',
    'Examples:',
    '  promptgraph why consumer:services/chat/src/reply.ts#reply --base origin/main',
    '  promptgraph why apps/help/lib/prompts.ts#ANSWER_SYSTEM --from packages/prompt-kit/src/persona.ts#PERSONA',
    '  promptgraph why services/billing/AGENTS.md --files AGENTS.md --format json',
  ],
  action: async () => (await import('./why-action.js')).runWhy,
});
