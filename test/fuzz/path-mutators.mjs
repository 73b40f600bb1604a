/**
 * Changes to a revision's file list rather than a file's bytes: renames (to
 * hostile names or to another format's extension), deletions, and files copied
 * in from elsewhere in the corpus. Each takes `(random, files, corpus)`, edits
 * `files` (path → bytes) in place and returns a rename `{ from, to }` when it made one.
 */

const HOSTILE_NAMES = [
  'a b',
  "it's",
  'new\nline',
  'tab\tname',
  '\u202eexe.txt',
  'ünï',
  '"quoted"',
  '-dash',
  '#hash',
  '$(x)',
  ';',
  '*',
  '?',
  '[x]',
  '{a,b}',
  '.hidden',
  'CON',
  'x'.repeat(200),
];
const EXTENSIONS = [
  '.py',
  '.ts',
  '.js',
  '.prompt',
  '.j2',
  '.jinja',
  '.hbs',
  '.mustache',
  '.prompty',
  '.poml',
  '.promptl',
  '.md',
  '.txt',
  '.yaml',
  '.json',
  '.env',
  '.prompt.md',
];

export const PATH_MUTATORS = {
  renameHostile(random, files) {
    const from = random.pick(Object.keys(files));
    const parts = from.split('/');
    const stem = random.pick(HOSTILE_NAMES);
    parts[parts.length - 1] = random.chance(0.5) ? `${stem}${extensionOf(from)}` : `${stem}`;
    return move(files, from, parts.join('/'));
  },
  changeExtension(random, files) {
    const from = random.pick(Object.keys(files));
    return move(files, from, from.slice(0, from.length - extensionOf(from).length) + random.pick(EXTENSIONS));
  },
  moveFolder(random, files) {
    const from = random.pick(Object.keys(files));
    const base = from.split('/').pop();
    return move(
      files,
      from,
      `${random.pick(['prompts', 'contracts', 'templates', 'partials', 'a/b/c/d/e/f/g', 'node_modules', '.git', 'prompts/prompts'])}/${base}`,
    );
  },
  deleteFile(random, files) {
    const paths = Object.keys(files);
    if (paths.length > 1) delete files[random.pick(paths)];
  },
  addCorpusFile(random, files, corpus) {
    const donor = random.pick(corpus.allFiles);
    files[donor.file] = donor.bytes;
  },
};

function move(files, from, to) {
  if (from === to || to in files) return undefined;
  files[to] = files[from];
  delete files[from];
  return { from, to };
}

const extensionOf = (file) => /(\.prompt\.md|\.[^./]+)$/.exec(file)?.[0] ?? '';
