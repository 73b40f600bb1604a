// `npm run schemas`: regenerates contracts/*.schema.json from the zod schemas
// (the single source of truth) in the built library.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSON_SCHEMAS, jsonSchemaText } from '../dist/model/schema/json-schemas.js';

for (const [file, schema] of Object.entries(JSON_SCHEMAS)) {
  writeFileSync(path.join('contracts', file), jsonSchemaText(schema));
  process.stdout.write(`wrote contracts/${file}\n`);
}
