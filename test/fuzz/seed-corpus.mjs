import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';

const FIXTURE_ROOTS = ['fixtures/adapters', 'fixtures/demo-monorepo'];
// Never seed with files that do not fit in a "small repository".
const MAX_SEED_BYTES = 64 * 1024;

/**
 * The fixture files, grouped as the tests scan them: one group per format folder
 * (`fixtures/adapters/python`) and the demo monorepo, paths relative to the group
 * so references between its files still resolve. An input takes a few
 * neighbouring files of one group (see `pickNeighbourhood`).
 */
export function loadSeedCorpus(repoRoot) {
  const groups = new Map();
  for (const root of FIXTURE_ROOTS) {
    const files = fg.sync('**/*', { cwd: path.join(repoRoot, root), dot: true }).sort();
    for (const file of files) {
      const bytes = readFileSync(path.join(repoRoot, root, file));
      if (bytes.length > MAX_SEED_BYTES) continue;
      const top = file.split('/')[0];
      const groupName = root.endsWith('demo-monorepo') || !file.includes('/') ? root : `${root}/${top}`;
      const relative = groupName === root ? file : file.slice(top.length + 1);
      if (!groups.has(groupName)) groups.set(groupName, {});
      groups.get(groupName)[relative] = bytes;
    }
  }
  const list = [...groups.entries()].map(([name, files]) => ({ name, files }));
  const allFiles = list.flatMap((group) =>
    Object.entries(group.files).map(([file, bytes]) => ({ group: group.name, file, bytes })),
  );
  return { groups: list, allFiles };
}

/**
 * Up to `count` files of `group` near a random one: those sharing its folder
 * first, then its parents' (a Python package, a prompts folder and its partials),
 * then anywhere in the group. Ownership and config files come along now and then.
 */
export function pickNeighbourhood(random, group, count) {
  const paths = Object.keys(group.files);
  const anchor = random.pick(paths);
  const distance = (file) => {
    const a = anchor.split('/');
    const b = file.split('/');
    let shared = 0;
    while (shared < a.length - 1 && shared < b.length - 1 && a[shared] === b[shared]) shared++;
    return a.length - shared + (b.length - shared);
  };
  const ranked = paths
    .filter((file) => file !== anchor)
    .sort((left, right) => distance(left) - distance(right) || (random.chance(0.5) ? -1 : 1));
  const chosen = [anchor, ...ranked.slice(0, count - 1)];
  for (const special of paths.filter((file) =>
    /(^|\/)(CODEOWNERS|promptgraph\.config\.yaml|package\.json|tsconfig\.json)$|^contracts\//.test(file),
  )) {
    if (!chosen.includes(special) && random.chance(0.3)) chosen.push(special);
  }
  return Object.fromEntries(chosen.map((file) => [file, group.files[file]]));
}
