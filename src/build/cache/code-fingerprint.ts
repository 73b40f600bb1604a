import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../../model/version.js';

/** The packages whose parsers decide what an adapter extracts: upgrading one must not serve old extractions. */
const PARSERS = [
  'ts-morph',
  'web-tree-sitter',
  'tree-sitter-python',
  'acorn',
  'handlebars',
  'htmlparser2',
  'nunjucks',
  'yaml',
  'dotenv',
  'picomatch',
];

/** Set by scripts/build.mjs (esbuild `define`): the digest of src/build and src/model as they were built. */
declare const __PROMPTGRAPH_CODE_DIGEST__: string | undefined;

let fingerprint: string | undefined;

/**
 * What the code that extracts is, for cache keys: the package version, the
 * content of src/build and src/model (digested when dist/ is built; read from
 * the sources when they run directly, as under the tests) and the versions of
 * the parser packages installed beside it. The version alone would let a
 * checkout that changed an adapter without bumping it read what the old adapter
 * extracted; content, not mtimes, keeps the key stable across a CI job's reinstalls.
 */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const codeRoot = fileURLToPath(new URL('../../', import.meta.url));
  // Code built without the digest and not run from its sources (a bundle whose build forgot the define) cannot
  // say what it is: a key of this process alone then makes every entry a miss, never a stale hit.
  const digest =
    typeof __PROMPTGRAPH_CODE_DIGEST__ === 'string'
      ? __PROMPTGRAPH_CODE_DIGEST__
      : existsSync(path.join(codeRoot, 'build', 'cache'))
        ? sourceDigest(codeRoot)
        : `unknown code ${process.pid} ${randomUUID()}`;
  fingerprint = fingerprintOf({
    version: VERSION,
    digest,
    parsers: PARSERS.map((name) => `${name}@${installedVersion(codeRoot, name)}`),
  });
  return fingerprint;
}

/** The fingerprint of a version, a code digest and the parsers' `name@version`s. */
export function fingerprintOf(code: { version: string; digest: string; parsers: readonly string[] }): string {
  return createHash('sha256')
    .update(`promptgraph ${code.version}\0${code.digest}\0${code.parsers.join('\0')}`)
    .digest('hex');
}

/** The digest scripts/build.mjs defines, computed the same way: every file under build/ and model/ by path, in path order. */
export function sourceDigest(codeRoot: string): string {
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

/** The version of `name` Node would load from here: the nearest node_modules/<name>/package.json up the folders. */
function installedVersion(from: string, name: string): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    const manifest = path.join(folder, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) {
      try {
        return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? 'unversioned';
      } catch {
        return 'unreadable';
      }
    }
    if (folder === path.dirname(folder)) return 'absent';
  }
}
