import path from 'node:path';
import { check } from '../../impact/impact.js';
import { paint } from '../../report/ansi.js';
import { emit, useColor, type CliIo, type GlobalOptions } from '../io.js';
import { usageError } from '../usage-error.js';
import { impactInputs } from './impact-inputs.js';
import type { ImpactCliOptions } from './impact-options.js';

/** Prints one line per missing approval, missing eval or unversioned interface break; exit 1 when there is any. */
export async function runCheck(io: CliIo, dir: string, options: GlobalOptions & ImpactCliOptions): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text') throw usageError(`check: unknown --format '${format}' (check prints text; use impact --format json for the data)`);
  const root = path.resolve(io.cwd ?? process.cwd(), dir);
  const { result, outcome } = await check(root, await impactInputs(io, options));
  const style = paint(useColor(io, options));
  const summary = `${result.changed.length} changed, ${result.affected.length} affected, risk ${result.risk.level}`;
  const text = outcome.ok
    ? `${style.green('✓')} promptgraph check passed (${summary})`
    : [`${style.red('✗')} promptgraph check failed (${summary}):`, ...outcome.failures].join('\n');
  await emit(io, options, text);
  return outcome.ok ? 0 : 1;
}
