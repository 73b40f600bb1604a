import { Command, CommanderError } from 'commander';
import { PromptgraphError } from '../model/promptgraph-error.js';
import { VERSION } from '../model/version.js';
import { COMMANDS } from './commands/index.js';
import { GLOBAL_OPTIONS } from './global-options.js';
import type { CliIo } from './io.js';
import { addOptions, registerCommand } from './register-command.js';
import { internalErrorLine } from './internal-error.js';

/**
 * The CLI entry: parses arguments, runs one command, maps errors to stderr and
 * exit codes (0 ok, 1 findings or gate failed, 2 usage, input or internal
 * error). Exit 1 is only ever a finding: CI reads it as "the change needs
 * something", so a crash must never look like one. An error the library did
 * not type is one line on stderr, its stack only under --verbose. Command
 * modules load their engines lazily so `--help` stays instant.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = addOptions(
    new Command('promptgraph')
      .description('Map how LLM prompts are built and used across a codebase, and the blast radius of every change.')
      .version(VERSION),
    GLOBAL_OPTIONS,
  )
    // Each command's --help lists the global options too: --format and --out are how a command is used.
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });

  for (const spec of COMMANDS)
    registerCommand(program, spec, io, async (run) => {
      exitCode = await run();
    });

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof PromptgraphError) {
      io.stderr.write(`promptgraph: ${error.format()}\n`);
      return error.details.exitCode ?? 2;
    }
    const verbose = Boolean(program.opts().verbose) || argv.includes('--verbose');
    io.stderr.write(`${internalErrorLine(error)}\n`);
    if (verbose && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
