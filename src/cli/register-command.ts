import type { Command } from 'commander';
import type { CliIo, GlobalOptions } from './io.js';

/** A command's action, given its options merged with the global ones; returns the exit code. */
export type CommandRunner = (options: GlobalOptions & Record<string, unknown>) => Promise<number>;
export type RunCommand = (command: Command, run: CommandRunner) => Promise<void>;
export type RegisterCommand = (program: Command, context: { io: CliIo; run: RunCommand }) => void;
