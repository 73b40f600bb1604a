import { Command, CommanderError } from 'commander';
import type { CliIo, GlobalOptions } from './io.js';
import type { RunCommand } from './register-command.js';
import { COMMANDS } from './commands/index.js';
import { PromptgraphError } from '../model/promptgraph-error.js';
import { VERSION } from '../model/version.js';

/**
 * The CLI entry: parses arguments, runs one command, maps errors to stderr and
 * exit codes (0 ok, 1 findings or gate failed, 2 usage or input error). Command
 * modules load their engines lazily so `--help` stays instant.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('promptgraph')
    .description('Map how LLM prompts are built and used across a codebase, and the blast radius of every change.')
    .version(VERSION)
    .option('--config <file>', 'path to promptgraph.config.yaml')
    .option('--format <format>', 'output format (per command: text, json, md, html, sarif, github)')
    .option('--out <file>', 'write the output to this file instead of stdout')
    .option('--quiet', 'print nothing but the output')
    .option('--verbose', 'print details such as info diagnostics')
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    // Each command's --help lists the global options too: --format and --out are how a command is used.
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });

  const run: RunCommand = async (command, runner) => {
    exitCode = await runner(command.optsWithGlobals() as GlobalOptions & Record<string, unknown>);
  };
  for (const register of COMMANDS) register(program, { io, run });

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof PromptgraphError) {
      io.stderr.write(`promptgraph: ${error.format()}\n`);
      return error.details.exitCode ?? 2;
    }
    throw error;
  }
}
