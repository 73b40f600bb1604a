import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, jsonSchemaText } from '../../src/model/schema/json-schemas.js';
import { REPO_ROOT } from '../support/scan-fixture.js';

describe('published JSON Schemas', () => {
  for (const [file, schema] of Object.entries(JSON_SCHEMAS)) {
    it(`contracts/${file} matches its zod schema (run \`npm run schemas\` after changing it)`, () => {
      const committed = readFileSync(path.join(REPO_ROOT, 'contracts', file), 'utf8');
      expect(committed).toBe(jsonSchemaText(schema));
    });
  }
});
