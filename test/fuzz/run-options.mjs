import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';

const USAGE = `npm run fuzz -- [--seconds N] [--seed S] [--out DIR] [--timeout MS] [--minimise-seconds N] [--no-minimise]
npm run fuzz -- --seed S --input I   run (and minimise) only input I of seed S, as a finding's meta.json names it
npm run fuzz -- --replay DIR      re-run every saved finding under DIR and say which still fail`;

/** The fuzzer's command line. Without --seed a random one is drawn and printed, so any run can be repeated. */
export function readRunOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      seconds: { type: 'string', default: '60' },
      seed: { type: 'string' },
      out: { type: 'string', default: 'test/fuzz/found' },
      timeout: { type: 'string', default: '10000' },
      'minimise-seconds': { type: 'string', default: '60' },
      'no-minimise': { type: 'boolean', default: false },
      replay: { type: 'string' },
      input: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return { help: USAGE };
  const number = (name, value) => {
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < 0)
      throw new Error(`--${name} must be a non-negative number, got ${value}\n${USAGE}`);
    return parsed;
  };
  return {
    seconds: number('seconds', values.seconds),
    seed: values.seed === undefined ? randomInt(2 ** 31) : number('seed', values.seed) >>> 0,
    out: values.out,
    timeoutMs: number('timeout', values.timeout),
    minimiseSeconds: values['no-minimise'] ? 0 : number('minimise-seconds', values['minimise-seconds']),
    replay: values.replay,
    input: values.input === undefined ? undefined : number('input', values.input),
  };
}
