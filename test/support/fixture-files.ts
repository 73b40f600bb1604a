import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { fixturePath } from './scan-fixture.js';

/**
 * Every file of `fixtures/<segments>` (dot files included) as `{ path: text }`,
 * so a test can commit a copy of a fixture tree with createGitRepo and edit it
 * without touching the fixture itself.
 */
export function fixtureFiles(...segments: string[]): Record<string, string> {
  const root = fixturePath(...segments);
  const files: Record<string, string> = {};
  for (const file of fg.sync('**/*', { cwd: root, dot: true }).sort())
    files[file] = readFileSync(path.join(root, file), 'utf8');
  return files;
}
