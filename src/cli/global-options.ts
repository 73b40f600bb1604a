import type { OptionTable } from './option-table.js';

/** Options every command accepts (declared once on the program). */
export interface GlobalOptions {
  config?: string;
  format?: string;
  out?: string;
  quiet?: boolean;
  verbose?: boolean;
  color: boolean;
  includeTests?: boolean;
}

export const GLOBAL_OPTIONS: OptionTable<GlobalOptions> = {
  config: { description: 'path to promptgraph.config.yaml', argument: '<file>' },
  format: { description: "output format (each command's --help lists its own)", argument: '<format>' },
  out: { description: 'write the output to this file instead of stdout', argument: '<file>' },
  quiet: { description: 'print nothing but the output' },
  verbose: { description: 'print details such as info diagnostics' },
  color: { description: 'no colours (NO_COLOR is honoured too)', negatable: true },
  includeTests: {
    description:
      'scan tests and fixtures too (by default test/, tests/, __tests__/, spec/ and fixtures/ folders, *.test.*, *.spec.*, test_*.py, *_test.py and conftest.py are left out)',
  },
};

/** The library option `--include-tests` sets: tests and fixtures are left out of every scan unless it is given. */
export const testsOption = (options: Pick<GlobalOptions, 'includeTests'>): { includeTests?: true } =>
  options.includeTests ? { includeTests: true } : {};
