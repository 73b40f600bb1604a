import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSON_SCHEMAS, jsonSchemaText } from './json-schemas.js';

/** `npm run schemas`: regenerates contracts/*.schema.json from the zod schemas. */
for (const [file, schema] of Object.entries(JSON_SCHEMAS)) {
  writeFileSync(path.join('contracts', file), jsonSchemaText(schema));
  process.stdout.write(`wrote contracts/${file}\n`);
}
