import type { TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { calleeName, literalText, unwrap } from './syntax.js';
import { optionValues } from './options.js';
import { evaluatePath, underDirectories, type CodePath } from './paths.js';

/**
 * Where `ai.prompt('name', { variant })` finds its Dotprompt file: the `promptDir`
 * of `genkit({ promptDir })` in this file (relative to where the program runs),
 * then the configured `promptDirs`, then Genkit's default `prompts`. A variant is
 * `name.variant.prompt`; a name with a folder (`sub/name`) keeps it.
 */
export function genkitCandidates(file: TsFile, name: string, variant: string | undefined): string[] {
  const fileName = `${name}${variant ? `.${variant}` : ''}.prompt`;
  const configured: CodePath[] = file.config.promptDirs.map((directory) => ({ path: directory, anchored: true }));
  return underDirectories(
    file,
    [...promptDirectories(file), ...configured, { path: 'prompts', anchored: false }],
    fileName,
  );
}

function promptDirectories(file: TsFile): CodePath[] {
  const t = api();
  const directories: CodePath[] = [];
  for (const binding of file.module.values()) {
    if (binding.kind !== 'value') continue;
    const call = unwrap(binding.node);
    if (!t.isCallExpression(call) || !/(^|\.)genkit$|^Genkit$/.test(calleeName(call.expression))) continue;
    const directory = optionValues(file, undefined, call.arguments[0]).get('promptDir');
    const path =
      directory &&
      (literalText(directory) !== undefined
        ? { path: literalText(directory)!, anchored: false }
        : evaluatePath(file, undefined, directory));
    if (path) directories.push(path);
  }
  return directories;
}
