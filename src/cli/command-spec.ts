import type { GlobalOptions } from './global-options.js';
import type { CliIo } from './io.js';
import type { OptionTable } from './option-table.js';

export interface ArgumentSpec {
  /** `<name>` (required) or `[name]` (optional). */
  name: `<${string}>` | `[${string}]`;
  description: string;
  default?: string;
}

/** The action of a command, loaded on first use so `--help` never imports an engine. */
export type CommandAction<Options> = (
  io: CliIo,
  args: string[],
  options: GlobalOptions & Options & { format: string },
) => Promise<number>;

export interface CommandSpec<Options> {
  name: string;
  description: string;
  arguments: ArgumentSpec[];
  options: OptionTable<Options>;
  /** The `--format` values, the default first. */
  formats: readonly string[];
  /** What each format is, for `--help`. */
  formatHelp: string;
  /** Further lines for `--help`: exit codes, environment, examples. */
  help: string[];
  action(): Promise<CommandAction<Options>>;
}

/** Identity with the type argument spelled once, so a spec is checked against its options type. */
export const defineCommand = <Options>(spec: CommandSpec<Options>): CommandSpec<Options> => spec;
