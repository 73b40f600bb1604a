import { stat } from 'node:fs/promises';
import path from 'node:path';
import { merge, type MergeInput } from '../../api/merge.js';
import { SCAN_REPORTERS } from '../../output/reporters.js';
import { summarizeScan } from '../../query/graph/summarize-scan.js';
import type { CommandAction } from '../command-spec.js';
import { emit, reportContext } from '../io.js';
import { readScanFile } from '../read-scan-file.js';
import { readWorkspaceFile } from '../read-workspace-file.js';
import { usageError } from '../usage-error.js';
import type { MergeCommandOptions } from './command-options.js';

/** A command-line input: a folder is scanned, a file is a saved scan result. */
async function inputOf(cwd: string, io: Parameters<typeof readScanFile>[0], input: string): Promise<MergeInput> {
  const absolute = path.resolve(cwd, input);
  const found = await stat(absolute).catch(() => {
    throw usageError(`merge: ${input} does not exist`);
  });
  return found.isDirectory() ? { path: absolute } : { scan: await readScanFile(io, input) };
}

export const runMerge: CommandAction<MergeCommandOptions> = async (io, args, options) => {
  const cwd = io.cwd ?? process.cwd();
  // A variadic argument arrives as one array.
  const given = (args[0] as unknown as string[] | undefined) ?? [];
  const inputs: MergeInput[] = [];
  for (const input of given) inputs.push(await inputOf(cwd, io, input));
  const workspace = options.workspace ? await readWorkspaceFile(io, options.workspace) : undefined;
  if (workspace) inputs.push(...workspace.inputs);
  if (!inputs.length)
    throw usageError(
      'merge: give scan results or repository folders, or --workspace <file>',
      'e.g. promptgraph merge a.json b.json --out org.json',
    );
  const name = options.name ?? workspace?.name;
  const result = await merge(inputs, {
    ...(name ? { name } : {}),
    onScan: (folder) => {
      if (!options.quiet && io.stderr.isTTY) io.stderr.write(`scanning ${path.relative(cwd, folder) || '.'}\n`);
    },
  });
  await emit(io, options, SCAN_REPORTERS.get(options.format)!(summarizeScan(result), reportContext(io, options)));
  return 0;
};
