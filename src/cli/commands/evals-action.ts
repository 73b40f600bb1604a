import path from 'node:path';
import { evals } from '../../api/evals.js';
import type { CommandAction } from '../command-spec.js';
import { resolveDir } from '../io.js';
import { writeOutputFile } from '../write-output-file.js';
import { loadConfigOption } from '../load-config-option.js';
import type { EvalsCommandOptions } from './command-options.js';
import { changeOf } from './shared-options.js';

/** `evals`: the promptfoo configs of the change, written into `--out <dir>` or printed as YAML documents. */
export const runEvals: CommandAction<EvalsCommandOptions> = async (io, [dir], options) => {
  const root = resolveDir(io, dir);
  const config = await loadConfigOption(io, options);
  const outDir = options.out ? path.resolve(io.cwd ?? process.cwd(), options.out) : undefined;
  const run = await evals(root, {
    ...changeOf(options),
    ...(config ? { config } : {}),
    ...(outDir ? { outDir: path.relative(root, outDir).split(path.sep).join('/') || '.' } : {}),
  });
  if (outDir) {
    for (const file of run.files) await writeOutputFile(io, path.join(outDir, file.path), file.content);
    if (!options.quiet) for (const file of run.files) io.stderr.write(`wrote ${path.join(options.out!, file.path)}\n`);
  } else io.stdout.write(run.files.map((file) => file.content).join('---\n'));
  if (!options.quiet) {
    for (const skipped of run.skipped) io.stderr.write(`no config for ${skipped.eval}: ${skipped.reason}\n`);
    if (!run.result.evals.length) io.stderr.write('promptgraph evals: the change needs no eval\n');
  }
  return 0;
};
