import type { CommandSpec } from '../command-spec.js';
import { auditCommand } from './audit.js';
import { checkCommand } from './check.js';
import { evalsCommand } from './evals.js';
import { historyCommand } from './history.js';
import { impactCommand } from './impact.js';
import { initCommand } from './init.js';
import { renderCommand } from './render.js';
import { reportCommand } from './report.js';
import { scanCommand } from './scan.js';
import { reachesCommand } from './reaches.js';
import { whyCommand } from './why.js';
import { mergeCommand } from './merge.js';

/** Every CLI command, in the order `--help` lists them; each spec loads its engine lazily. */
// biome-ignore lint/suspicious/noExplicitAny: a list of specs of different option types; each was checked by defineCommand.
export const COMMANDS: CommandSpec<any>[] = [
  scanCommand,
  impactCommand,
  checkCommand,
  evalsCommand,
  auditCommand,
  renderCommand,
  reportCommand,
  historyCommand,
  mergeCommand,
  whyCommand,
  reachesCommand,
  initCommand,
];
