import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { expect } from 'vitest';
import { fixturePath } from './scan-fixture.js';

/**
 * GitLab's Code Quality report as a JSON Schema (fixtures/report/gitlab-code-quality.schema.json):
 * what GitLab's own parser validates each issue with (codeclimate.json in gitlab-org/gitlab)
 * and what its documentation requires besides (check_name, the severities, a relative path).
 * Its `$comment` names both sources.
 */
const schema = JSON.parse(readFileSync(fixturePath('report/gitlab-code-quality.schema.json'), 'utf8'));
// A CommonJS module: under NodeNext its class is the `default` of the default import.
const validate = new Ajv.default({ allErrors: true }).compile(schema);

export interface GitlabCodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines?: { begin: number; end?: number }; positions?: { begin: { line: number } } };
}

/** Parses a report and fails the test, naming every problem, unless it is a valid GitLab Code Quality report. */
export function validCodeQuality(text: string): GitlabCodeQualityIssue[] {
  const parsed = JSON.parse(text) as unknown;
  const valid = validate(parsed);
  expect(validate.errors ?? [], 'output must be a valid GitLab Code Quality report').toEqual([]);
  expect(valid).toBe(true);
  return parsed as GitlabCodeQualityIssue[];
}
