import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import type { ImpactResult } from '../../src/schema/impact-result.js';
import { REPO_ROOT } from '../support/scan-fixture.js';

import { runCli } from '../support/run-cli.js';

export { runCli, type CliRun } from '../support/run-cli.js';

const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(path.join(REPO_ROOT, 'contracts/impact-result.schema.json'), 'utf8')));

/** Parses `impact --format json` output and fails the test unless it matches the published JSON Schema. */
export function validImpactJson(text: string): ImpactResult {
  const parsed = JSON.parse(text) as unknown;
  const valid = validate(parsed);
  expect(validate.errors ?? [], 'impact JSON must match contracts/impact-result.schema.json').toEqual([]);
  expect(valid).toBe(true);
  return parsed as ImpactResult;
}

/** `impact --format json` in-process, validated. */
export async function impactJson(cwd: string, ...args: string[]): Promise<ImpactResult> {
  const run = await runCli(cwd, 'impact', '--format', 'json', ...args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return validImpactJson(run.stdout);
}
