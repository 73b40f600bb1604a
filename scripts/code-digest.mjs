// The digest src/build/cache/code-fingerprint.ts computes when it runs from the sources, computed here at build time
// so the built CLI does not read its own code on every run. Kept in step with sourceDigest there (a unit test compares them).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function sourceDigest(codeRoot) {
  const hash = createHash('sha256');
  for (const folder of ['build', 'model']) {
    const root = path.join(codeRoot, folder);
    if (!existsSync(root)) continue;
    const names = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.[cm]?[jt]s$/.test(name) && !name.endsWith('.d.ts'))
      .map((name) => name.split(path.sep).join('/'))
      .sort();
    for (const name of names)
      hash
        .update(`${folder}/${name}\0`)
        .update(readFileSync(path.join(root, name)))
        .update('\0');
  }
  return hash.digest('hex');
}
