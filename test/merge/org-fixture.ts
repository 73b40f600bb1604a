import { mergeScans } from '../../src/build/merge/merge-scans.js';
import type { ScanResult } from '../../src/model/schema/scan-result.js';
import { scanFixture } from '../support/scan-fixture.js';

/**
 * fixtures/org: prompt-kit publishes @acme/prompt-kit 2.1.0 (npm) and acme-prompts
 * 1.4.0 (PyPI); support-bot imports PERSONA and SAFETY from the first (^2.0.0);
 * triage imports PERSONA from the second but pins >=1.0,<1.4.
 */
export const ORG_REPOSITORIES = ['prompt-kit', 'support-bot', 'triage'] as const;

export const scanOrg = (): Promise<ScanResult[]> =>
  Promise.all(ORG_REPOSITORIES.map((repository) => scanFixture('org', repository)));

export async function mergedOrg(): Promise<ScanResult> {
  return mergeScans(
    (await scanOrg()).map((scan) => ({ scan })),
    { name: 'acme' },
  );
}
