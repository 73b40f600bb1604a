/** Where the package's JSON Schemas are published: the `contracts/` folder of the npm package, as contracts/README.md documents. */
const PUBLISHED = 'https://unpkg.com/promptgraph/contracts/';

/** The published URL of one of the files in `contracts/` (a test checks each name is a generated schema). */
export const schemaUrl = (file: 'promptgraph.config.schema.json' | 'contract.schema.json'): string => `${PUBLISHED}${file}`;
