import { dirname } from '../../model/repo-path.js';

export type SchemaFile = 'promptgraph.config.schema.json' | 'contract.schema.json';

/** The installed package's schemas, relative to the folder `init` runs in (hoisted node_modules may sit above it). */
export const INSTALLED_SCHEMAS = 'node_modules/promptgraph/contracts/';

/** Where `init` writes its own copies of the schemas when promptgraph is not installed: next to the config. */
export const COPIED_SCHEMAS = '.promptgraph/';

/**
 * Where the `$schema` lines `init` writes point: the installed package's
 * `contracts/` folder (an editor reads it offline, and it describes the version
 * the repository runs), or a copy `init` writes next to the config. Either way
 * a path relative to the file, so it resolves in every checkout; no URL, as the
 * package is not published to a registry.
 */
export type SchemaSource =
  /** `folder` is relative to the init folder and ends with `/`; it may climb (`../node_modules/promptgraph/contracts/`). */
  { kind: 'installed'; folder: string } | { kind: 'copied' };

export const schemaFolder = (source: SchemaSource): string =>
  source.kind === 'installed' ? source.folder : COPIED_SCHEMAS;

/**
 * The `$schema` of one of the files in `contracts/`, for a file written at
 * `from` (relative to the init folder; a test checks each name is a generated
 * schema): a relative path from that file's folder.
 */
export function schemaUrl(
  file: SchemaFile,
  source: SchemaSource = { kind: 'copied' },
  from = 'promptgraph.config.yaml',
): string {
  const folder = dirname(from);
  const depth = folder ? folder.split('/').length : 0;
  const target = `${schemaFolder(source)}${file}`;
  return `${'../'.repeat(depth)}${target}`;
}

/** Whether a package.json text lists promptgraph among its dependencies of any kind. */
export function dependsOnPromptgraph(manifest: string | undefined): boolean {
  if (!manifest) return false;
  try {
    const parsed = JSON.parse(manifest) as Record<string, unknown>;
    return ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].some((field) => {
      const entries = parsed[field];
      return typeof entries === 'object' && entries !== null && 'promptgraph' in entries;
    });
  } catch {
    return false;
  }
}
