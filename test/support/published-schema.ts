import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { REPO_ROOT } from './scan-fixture.js';

const ajv = new Ajv2020.default({ allErrors: true, strict: false });

/** Parses JSON output and fails the test unless it matches the published schema `contracts/<file>`. */
export function publishedSchemaParser<T>(file: string): (text: string) => T {
  const validate = ajv.compile(JSON.parse(readFileSync(path.join(REPO_ROOT, 'contracts', file), 'utf8')));
  return (text) => {
    const parsed = JSON.parse(text) as unknown;
    const valid = validate(parsed);
    expect(validate.errors ?? [], `output must match contracts/${file}`).toEqual([]);
    expect(valid).toBe(true);
    return parsed as T;
  };
}
