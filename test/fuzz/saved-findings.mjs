import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A finding on disk: `<out>/<category>-<hash of its signature>/` holding
 * `meta.json` (what broke, the seed and input index that found it, every file's
 * repository path) and the files' bytes under `base/`, `head/`, or `files/` when
 * both revisions are the same. Stored names are numbered and end in `.input`, as
 * repository paths may hold newlines or right-to-left characters that no checkout
 * should carry, and as no tool should take a saved input for source.
 */
export function findingDirectory(out, failure) {
  return path.join(
    out,
    `${failure.category}-${createHash('sha1').update(failure.signature).digest('hex').slice(0, 10)}`,
  );
}

export function saveFinding(directory, input, meta) {
  mkdirSync(directory, { recursive: true });
  const same = input.base === input.head;
  const paths = [...new Set([...Object.keys(input.base), ...Object.keys(input.head)])].sort();
  const files = paths.map((file, index) => {
    const entry = { path: file };
    for (const revision of same ? ['head'] : ['base', 'head']) {
      const bytes = input[revision][file];
      if (bytes === undefined) continue;
      const folder = same ? 'files' : revision;
      const stored = `${folder}/${index}-${safeName(file)}`;
      mkdirSync(path.join(directory, folder), { recursive: true });
      writeFileSync(path.join(directory, stored), bytes);
      entry[same ? 'both' : revision] = stored;
    }
    return entry;
  });
  writeFileSync(
    path.join(directory, 'meta.json'),
    `${JSON.stringify({ ...meta, revisions: same ? 'same' : 'base-and-head', renames: input.renames, files }, null, 2)}\n`,
  );
}

/** Every saved finding under `out`, read back as inputs. */
export function loadFindings(out) {
  if (!existsSync(out)) return [];
  return readdirSync(out, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(out, entry.name, 'meta.json')))
    .map((entry) => {
      const directory = path.join(out, entry.name);
      const meta = JSON.parse(readFileSync(path.join(directory, 'meta.json'), 'utf8'));
      const base = {};
      const head = {};
      for (const file of meta.files) {
        if (file.both) base[file.path] = head[file.path] = readFileSync(path.join(directory, file.both));
        if (file.base) base[file.path] = readFileSync(path.join(directory, file.base));
        if (file.head) head[file.path] = readFileSync(path.join(directory, file.head));
      }
      return {
        directory,
        meta,
        input: { base: meta.revisions === 'same' ? head : base, head, renames: meta.renames ?? [] },
      };
    })
    .sort((left, right) => left.directory.localeCompare(right.directory));
}

// `.input` keeps saved bytes away from every tool that reads sources by extension (tsc's test project, linters):
// they are broken on purpose.
const safeName = (file) => `${(file.split('/').pop() || 'file').replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60)}.input`;
