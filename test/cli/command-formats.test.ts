import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import {
  AUDIT_REPORTERS,
  CHECK_REPORTERS,
  HISTORY_REPORTERS,
  IMPACT_REPORTERS,
  REACHES_REPORTERS,
  RELEASE_REPORTERS,
  SCAN_REPORTERS,
  WHY_REPORTERS,
} from '../../src/output/reporters.js';

/** The formats each command writes without a reporter of the map: the map (html) and workflow annotations (github). */
const OWN_FORMATS: Record<string, string[]> = {
  impact: ['html', 'github'],
  check: ['github'],
  audit: ['github'],
  render: ['html'],
  init: ['text'],
  evals: ['yaml'],
};
const REPORTERS: Record<string, ReadonlyMap<string, unknown>> = {
  scan: SCAN_REPORTERS,
  impact: IMPACT_REPORTERS,
  check: CHECK_REPORTERS,
  audit: AUDIT_REPORTERS,
  report: RELEASE_REPORTERS,
  history: HISTORY_REPORTERS,
  why: WHY_REPORTERS,
  reaches: REACHES_REPORTERS,
  merge: SCAN_REPORTERS,
};

describe('command formats', () => {
  // --help lists a command's formats without loading its reporters; this keeps the two lists in step.
  it.each(COMMANDS.map((spec) => [spec.name, spec]))(
    '%s accepts exactly its reporters and its own formats',
    (name, spec) => {
      const expected = [...(REPORTERS[name]?.keys() ?? []), ...(OWN_FORMATS[name] ?? [])].sort();
      expect([...spec.formats].sort()).toEqual(expected);
    },
  );

  it.each(COMMANDS.map((spec) => [spec.name, spec]))('%s names every format in its --help', (_name, spec) => {
    for (const format of spec.formats) expect(spec.formatHelp).toMatch(new RegExp(`\\b${format}\\b`));
  });
});
