import { lstatSync } from 'node:fs';
import path from 'node:path';
import { init } from '../../api/init.js';
import { plural } from '../../output/report/impact-labels.js';
import type { CommandAction } from '../command-spec.js';
import { resolveDir } from '../io.js';
import { loadConfigOption } from '../load-config-option.js';
import { usageError } from '../usage-error.js';
import { progressDisplay } from '../progress-display.js';
import { cacheOption, testsOption } from '../global-options.js';
import { writeInsideRoot } from '../write-inside-root.js';
import type { InitCommandOptions } from './command-options.js';

/**
 * Plans the files (the library), refuses before writing anything when one
 * exists (a dangling symlink counts) and --force is not given, then writes them
 * without following any symlink (`write-inside-root.ts` over `write-without-links.ts`, which every output file inside the working directory or the scanned folder also goes through, `write-output-file.ts`) and prints the next steps.
 */
export const runInit: CommandAction<InitCommandOptions> = async (io, [dir], options) => {
  if (options.out)
    throw usageError(
      'init writes its files into the repository folder; --out does not apply',
      'e.g. promptgraph init path/to/repo',
    );
  const root = resolveDir(io, dir);
  const config = await loadConfigOption(io, options);
  const progress = progressDisplay(io, options);
  const plan = await init(root, {
    ...(config ? { config } : {}),
    ...testsOption(options),
    ...cacheOption(io, options),
    ...progress.options,
  }).finally(progress.stop);
  const existing = plan.files.filter((file) => exists(path.join(root, file.path))).map((file) => file.path);
  if (existing.length && !options.force) {
    throw usageError(
      `init would overwrite ${existing.join(', ')}; nothing was written`,
      `run promptgraph init --force to replace ${existing.length === 1 ? 'it' : 'them'}`,
    );
  }
  for (const file of plan.files) await writeInsideRoot(root, file.path, file.content, Boolean(options.force));
  const fragment = plan.fragment;
  const lines = [
    ...plan.files.flatMap((file) => [
      `${existing.includes(file.path) ? 'replaced' : 'wrote'} ${file.path}: ${file.what}`,
      ...(file.role === 'contract' && fragment
        ? [
            `  ${fragment.id}: ${plural(fragment.dependents, 'dependent')}, ${plural(fragment.consumers, 'consumer')}${fragment.teams.length ? `, owners ${fragment.teams.join(' ')}` : ''}`,
          ]
        : []),
    ]),
    '',
    'Next steps:',
    ...plan.nextSteps.map((step, index) => `  ${index + 1}. ${step}`),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
};

/** A path exists when anything is there, a dangling symlink included (existsSync follows links). */
function exists(target: string): boolean {
  try {
    lstatSync(target);
    return true;
  } catch {
    return false;
  }
}
