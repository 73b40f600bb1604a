import { defineCommand } from '../command-spec.js';
import type { HistoryCommandOptions } from './command-options.js';
import { DIR_ARGUMENT } from './shared-options.js';

export const historyCommand = defineCommand<HistoryCommandOptions>({
  name: 'history',
  description:
    "every commit that changed a prompt's composed text, including changes in fragments it includes: who, when, why",
  arguments: [
    { name: '<prompt>', description: 'a path, path#symbol, prompt name or symbol name (e.g. CHAT_SYSTEM)' },
    DIR_ARGUMENT,
  ],
  options: {
    since: { description: "only commits newer than this: 2024-05-01, or '2 weeks ago'", argument: '<date>' },
    maxCount: { description: 'at most this many commits', argument: '<n>' },
  },
  formats: ['text', 'json'],
  formatHelp: 'text (default), json (contracts/prompt-history.schema.json).',
  help: [
    'Follows first parents from HEAD (a merge counts as one commit) and renames.',
    'Example: promptgraph history packages/support/prompts/reply.prompt --since 2024-01-01',
  ],
  action: async () => (await import('./history-action.js')).runHistory,
});
