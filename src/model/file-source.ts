import type { Diagnostic } from './schema/common.js';

/**
 * Where the scanner reads files from. The working tree is one source; a git
 * revision (built in the CLI layer) is another, so the scan itself never shells out.
 */
export interface FileSource {
  /** A display name for the repository (its folder name): never an absolute path. */
  readonly name: string;
  /** Every file, repository-relative and `/`-separated, before any filtering. */
  listFiles(): Promise<string[]>;
  /** `listFiles`, with a diagnostic for each entry left out on purpose (a symlinked directory). Sources that leave nothing out omit it. */
  listFilesWithDiagnostics?(): Promise<FileListing>;
  /**
   * The file's bytes; throws a Node error (ENOENT, ELOOP, …) when it cannot be
   * read, or one with code `symlink-outside-root` when it resolves outside the root.
   */
  readFile(relativePath: string): Promise<Buffer>;
  /**
   * A digest of everything the source lists and reads (each path and its bytes, or what decides
   * them: a git object id), computed without reading every file; undefined when the source cannot
   * tell. Equal fingerprints promise equal listings and equal reads, so a whole scan's result may
   * be reused (src/build/cache/cached-scan.ts); a source without one is always scanned.
   */
  fingerprint?(): Promise<string | undefined>;
}

/** The code of the info diagnostic a scan gives when it left tests and fixtures out (the default). */
export const TESTS_LEFT_OUT = 'tests-left-out';

export interface FileListing {
  files: string[];
  diagnostics: Diagnostic[];
  /**
   * True when `files` is git's own file set (a work tree's `ls-files`, a
   * revision's tree): git has already decided what `.gitignore` leaves out, so
   * discovery applies only the config's `include`/`exclude`.
   */
  gitFileSet?: boolean;
}
