import type { ImpactResult } from '../../src/model/schema/impact-result.js';
import { expect } from 'vitest';
import { publishedSchemaParser } from '../support/published-schema.js';
import { runCli } from '../support/run-cli.js';

export { runCli, type CliRun } from '../support/run-cli.js';

/** Parses `impact --format json` output and fails the test unless it matches the published JSON Schema. */
export const validImpactJson = publishedSchemaParser<ImpactResult>('impact-result.schema.json');

/** `impact --format json` in-process, validated. */
export async function impactJson(cwd: string, ...args: string[]): Promise<ImpactResult> {
  const run = await runCli(cwd, 'impact', '--format', 'json', ...args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return validImpactJson(run.stdout);
}
