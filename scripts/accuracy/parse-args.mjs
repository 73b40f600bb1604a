import { parseArgs } from 'node:util';

export const USAGE = `usage: npm run accuracy -- --mirrors <dir> [--repo <slug|owner/name>]... [--scenario <name>]...
                             [--json] [--timeout <seconds>] [--check] [--no-timing] [--keep]
                             [--save-results <dir>]

  --mirrors <dir>   folder of git mirrors laid out as <owner>+<name>/… (the fetch tool's /work/.mirror)
  --repo            only these repositories (slug as in test/accuracy/<slug>.yaml, or owner/name)
  --scenario        only these scenarios
  --json            print the JSON report instead of the tables
  --timeout         seconds one impact run may take (default 300); a timeout scores zero recall
  --check           clone and check every edit's find text, run nothing
  --no-timing       leave run times out, so two reports can be compared byte for byte
  --keep            keep the temporary clones and print where they are
  --save-results    write each scenario's impact JSON to <dir>/<slug>/<scenario>.json, to see what was reported`;

/** A command line that cannot be run: printed with the usage, exit 2. */
export class UsageError extends Error {}

export function parseAccuracyArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        mirrors: { type: 'string' },
        repo: { type: 'string', multiple: true, default: [] },
        scenario: { type: 'string', multiple: true, default: [] },
        json: { type: 'boolean', default: false },
        timeout: { type: 'string', default: '300' },
        check: { type: 'boolean', default: false },
        'no-timing': { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        'save-results': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
  if (!values.mirrors) throw new UsageError('--mirrors <dir> is required');
  const timeoutSeconds = Number(values.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0)
    throw new UsageError(`--timeout must be a positive number of seconds, not ${values.timeout}`);
  return {
    mirrors: values.mirrors,
    repos: values.repo,
    scenarios: values.scenario,
    json: values.json,
    timeoutMs: timeoutSeconds * 1000,
    check: values.check,
    timing: !values['no-timing'],
    keep: values.keep,
    saveResults: values['save-results'],
  };
}
