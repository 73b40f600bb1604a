import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';

/**
 * The SARIF 2.1.0 JSON Schema as Microsoft's SARIF SDK publishes it on npm
 * (@microsoft/jest-sarif ships sarif-2.1.0-rtm.5.json, a draft-04 schema). Its
 * language-tag pattern is not valid as a unicode regex, hence `unicodeRegExp: false`;
 * formats are checked, so a location's `uri` must be a real URI reference.
 */
const schemaFile = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// A CommonJS module: under NodeNext its class is the `default` of the default import (as for ajv-formats below).
const ajv = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

/** Parses SARIF text and fails the test unless it is valid SARIF 2.1.0. */
export function validSarif(text: string): SarifLog {
  const parsed = JSON.parse(text) as unknown;
  const valid = validate(parsed);
  expect(validate.errors ?? [], 'output must be valid SARIF 2.1.0').toEqual([]);
  expect(valid).toBe(true);
  return parsed as SarifLog;
}

/** The parts of a SARIF log the tests read. */
export interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        rules: {
          id: string;
          shortDescription: { text: string };
          fullDescription: { text: string };
          defaultConfiguration: { level: string };
        }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; endLine: number } };
      }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}
