import type { Command } from 'commander';
import type { RegisterCommand } from '../register-command.js';

export const registerHistory: RegisterCommand = (program, { io, run }) => {
  program
    .command('history')
    .description(
      "every commit that changed a prompt's composed text, including changes in fragments it includes: who, when, why",
    )
    .argument('<prompt>', 'a path, path#symbol, prompt name or symbol name (e.g. CHAT_SYSTEM)')
    .argument('[dir]', 'repository folder', '.')
    .option('--since <date>', "only commits newer than this: 2024-05-01, or '2 weeks ago'")
    .option('--max-count <n>', 'at most this many commits')
    .addHelpText(
      'after',
      '\nFormats: text (default), json (contracts/prompt-history.schema.json).\nFollows first parents from HEAD (a merge counts as one commit) and renames.\nExample: promptgraph history packages/support/prompts/reply.prompt --since 2024-01-01',
    )
    .action((prompt: string, dir: string, _options: unknown, command: Command) =>
      run(command, async (options) => {
        const { runHistory } = await import('./history-action.js');
        return runHistory(io, prompt, dir, options);
      }),
    );
};
