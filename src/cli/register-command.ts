import { Option, type Command } from 'commander';
import type { CommandSpec } from './command-spec.js';
import { kebabCase, type OptionSpec, type OptionTable } from './option-table.js';
import type { GlobalOptions } from './global-options.js';
import type { CliIo } from './io.js';
import { usageError } from './usage-error.js';

/** Runs a command's action with its parsed options; records the exit code. */
export type RunCommand = (run: () => Promise<number>) => Promise<void>;

/** Adds every option of a table to a commander command (or to the program, for the global ones). */
export function addOptions<Options>(command: Command, table: OptionTable<Options>): Command {
  for (const [name, spec] of Object.entries(table) as [string, OptionSpec<unknown>][]) {
    const flag = `--${'negatable' in spec && spec.negatable ? 'no-' : ''}${kebabCase(name)}`;
    const option = new Option('argument' in spec ? `${flag} ${spec.argument}` : flag, spec.description);
    if ('default' in spec && spec.default !== undefined) option.default(spec.default);
    if ('repeatable' in spec) option.argParser((value: string, previous: string[] = []) => [...previous, value]);
    command.addOption(option);
  }
  return command;
}

/**
 * Declares one command from its spec: arguments, options, help (formats,
 * exit codes, examples), and an action that checks `--format` before loading
 * the command's engine.
 */
export function registerCommand<Options>(program: Command, spec: CommandSpec<Options>, io: CliIo, run: RunCommand) {
  const command = program.command(spec.name).description(spec.description);
  for (const argument of spec.arguments) command.argument(argument.name, argument.description, argument.default);
  addOptions(command, spec.options);
  command.addHelpText('after', ['', `Formats: ${spec.formatHelp}`, ...spec.help].join('\n'));
  command.action((...parsed: unknown[]) =>
    run(async () => {
      const self = parsed.at(-1) as Command;
      const options = self.optsWithGlobals() as GlobalOptions & Options;
      const format = options.format ?? spec.formats[0]!;
      if (!spec.formats.includes(format))
        throw usageError(`${spec.name}: unknown --format '${format}' (use ${orList(spec.formats)})`);
      const args = parsed.slice(0, spec.arguments.length) as string[];
      const action = await spec.action();
      // Folder arguments are repositories the command reads: output is never written through a link inside them.
      const repositories = parsed
        .slice(0, spec.arguments.length)
        .flat()
        .filter((value): value is string => typeof value === 'string');
      return action({ ...io, repositories }, args, { ...options, format });
    }),
  );
  return command;
}

/** `a, b or c`. */
const orList = (items: readonly string[]): string =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? '');
