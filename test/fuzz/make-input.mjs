import { BYTE_MUTATORS } from './byte-mutators.mjs';
import { PATH_MUTATORS } from './path-mutators.mjs';
import { pickNeighbourhood } from './seed-corpus.mjs';
import { generateFiles, pickGrammars } from './generators/index.mjs';

const MAX_INPUT_BYTES = 1_500_000;
const BYTE_MUTATOR_NAMES = Object.keys(BYTE_MUTATORS);
const PATH_MUTATOR_NAMES = Object.keys(PATH_MUTATORS);

/**
 * One fuzz input: a small repository at a base revision and a head revision made
 * from it by a few mutations, and `origin`, what made them (for meta.json).
 * Fixture neighbourhoods and grammar-generated files are the two sources, mixed now and then.
 */
export function makeInput(random, corpus) {
  const strategy = random.weighted([
    [5, 'fixtures'],
    [4, 'grammar'],
    [1, 'mixed'],
  ]);
  const origin = { strategy, mutations: [] };
  let base = {};
  if (strategy !== 'grammar') {
    const group = random.pick(corpus.groups);
    origin.group = group.name;
    base = pickNeighbourhood(random, group, random.between(1, 6));
  }
  if (strategy !== 'fixtures') {
    origin.grammars = pickGrammars(random);
    Object.assign(base, generateFiles(random, origin.grammars));
  }
  if (random.chance(0.2)) base = mutate(random, base, corpus, origin, 'base');
  let head = { ...base };
  const renames = [];
  if (origin.grammars && random.chance(0.3)) {
    const grammar = random.pick(origin.grammars);
    origin.mutations.push(`head: regenerated ${grammar}`);
    Object.assign(head, generateFiles(random, [grammar]));
  } else {
    head = mutate(random, head, corpus, origin, 'head', renames);
  }
  return {
    base: capSize(base),
    head: capSize(head),
    renames: renames.filter((rename) => rename.to in head && !(rename.to in base)),
    origin,
  };
}

/** One to three mutations: mostly of bytes, sometimes of the file list. */
function mutate(random, files, corpus, origin, revision, renames = []) {
  const result = { ...files };
  for (let count = random.skewed(4); count > 0; count--) {
    const paths = Object.keys(result);
    if (!paths.length || random.chance(0.15)) {
      const name = random.pick(PATH_MUTATOR_NAMES);
      const rename = PATH_MUTATORS[name](random, result, corpus);
      if (rename) renames.push(rename);
      origin.mutations.push(`${revision}: ${name}`);
      continue;
    }
    const file = random.pick(paths);
    const name = random.pick(BYTE_MUTATOR_NAMES);
    const donors = paths.filter((other) => other !== file).map((other) => result[other]);
    if (random.chance(0.5)) donors.push(random.pick(corpus.allFiles).bytes);
    result[file] = BYTE_MUTATORS[name](random, result[file], donors, file);
    origin.mutations.push(`${revision}: ${name} ${JSON.stringify(file)}`);
  }
  return result;
}

/** Keeps inputs "small": the biggest files are cut until the repository fits. */
function capSize(files) {
  let total = Object.values(files).reduce((sum, bytes) => sum + bytes.length, 0);
  for (const [file, bytes] of Object.entries(files).sort((left, right) => right[1].length - left[1].length)) {
    if (total <= MAX_INPUT_BYTES) break;
    const keep = Math.max(0, bytes.length - (total - MAX_INPUT_BYTES));
    files[file] = bytes.subarray(0, keep);
    total -= bytes.length - keep;
  }
  return files;
}
