/** Where the package's JSON Schemas are published: the `contracts/` folder of the npm package, as contracts/README.md documents. */
const PUBLISHED = 'https://unpkg.com/promptgraph/contracts/';

/** The same folder once `npm install` has put promptgraph in the repository's node_modules. */
const INSTALLED = 'node_modules/promptgraph/contracts/';

export type SchemaFile = 'promptgraph.config.schema.json' | 'contract.schema.json';

/** Where the `$schema` lines `init` writes point: the published URL, or the installed package's copy. */
export type SchemaSource = 'published' | 'installed';

/**
 * The `$schema` of one of the files in `contracts/`, for a file written at
 * `from` (repository-relative; a test checks each name is a generated schema).
 * When the repository depends on promptgraph, the installed copy is chosen: an
 * editor reads it offline, and it describes the version the repository runs,
 * not the latest published one. Otherwise the unpkg URL, which needs no install.
 */
export function schemaUrl(
  file: SchemaFile,
  source: SchemaSource = 'published',
  from = 'promptgraph.config.yaml',
): string {
  if (source === 'published') return `${PUBLISHED}${file}`;
  const depth = from.split('/').length - 1;
  return `${'../'.repeat(depth)}${INSTALLED}${file}`;
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
