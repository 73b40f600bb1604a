import type { OptionTable } from './option-table.js';

/** Options every command accepts (declared once on the program). */
export interface GlobalOptions {
  config?: string;
  format?: string;
  out?: string;
  quiet?: boolean;
  verbose?: boolean;
  color: boolean;
}

export const GLOBAL_OPTIONS: OptionTable<GlobalOptions> = {
  config: { description: 'path to promptgraph.config.yaml', argument: '<file>' },
  format: { description: "output format (each command's --help lists its own)", argument: '<format>' },
  out: { description: 'write the output to this file instead of stdout', argument: '<file>' },
  quiet: { description: 'print nothing but the output' },
  verbose: { description: 'print details such as info diagnostics' },
  color: { description: 'no colours (NO_COLOR is honoured too)', negatable: true },
};
