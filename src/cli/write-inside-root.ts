import { PromptgraphError } from '../model/promptgraph-error.js';
import { writeWithoutLinks } from './write-without-links.js';

/**
 * Writes one of `init`'s files, `relative` below `root`, without ever following
 * a symlink (`write-without-links.ts`): a dangling symlinked config or a
 * symlinked `contracts/` folder cannot make `init` write outside the
 * repository, and a name climbing out with `..` is refused. Refusals are input
 * errors naming the link.
 */
export async function writeInsideRoot(root: string, relative: string, content: string, overwrite: boolean) {
  const refuse = (where: string, why: string) =>
    new PromptgraphError(`refusing to write ${relative}: ${where} ${why}`, {
      code: 'write-refused',
      exitCode: 2,
      hint: 'replace the link by a real folder or file inside the repository, then run init again',
    });
  if (relative.split('/').some((part) => part === '..' || part === '.' || part === ''))
    throw refuse(relative, 'is not a plain path inside the repository');
  await writeWithoutLinks(root, relative, content, { overwrite, refuse });
}
