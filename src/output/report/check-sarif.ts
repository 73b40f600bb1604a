import type { ContractViolation, ImpactResult } from '../../model/schema/impact-result.js';
import { VERSION } from '../../model/version.js';

const KINDS: ContractViolation['kind'][] = [
  'must_include',
  'must_not_include',
  'max_tokens',
  'variables',
  'output_schema',
  'model',
];
const DESCRIPTIONS: Record<ContractViolation['kind'], string> = {
  must_include: 'The composed prompt lacks text its contract requires.',
  must_not_include: 'The composed prompt contains text its contract forbids.',
  max_tokens: "The composed prompt exceeds its contract's token budget.",
  variables: "The composed prompt's variables are not the contract's.",
  output_schema: 'The output schema changed without a bump of the interface version.',
  model: 'The prompt names a model other than the one its contract pins.',
};

/**
 * `check --format sarif`: one result per contract violation, located on the
 * prompt line that breaks it, the contract rule as a related location, so
 * code scanning shows each on the diff. Other failures (approvals, evals) are
 * not code findings and stay in the text, Markdown and annotations.
 */
export function formatCheckSarif(result: ImpactResult, options: { pathPrefix?: string } = {}): string {
  const prefix = options.pathPrefix ?? '';
  const uri = (file: string) => `${prefix}${file}`.split('/').map(encodeURIComponent).join('/');
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'promptgraph',
            semanticVersion: VERSION,
            rules: KINDS.map((kind) => ({
              id: `contract/${kind}`,
              shortDescription: { text: DESCRIPTIONS[kind] },
              defaultConfiguration: { level: 'error' },
              properties: { tags: ['promptgraph', 'prompts', 'contracts'] },
            })),
          },
        },
        results: (result.violations ?? []).map((violation) => ({
          ruleId: `contract/${violation.kind}`,
          ruleIndex: KINDS.indexOf(violation.kind),
          level: 'error',
          message: { text: `${violation.prompt}: ${violation.message} (contract ${violation.contract})` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(violation.promptLocation.file) },
                region: { startLine: Math.max(1, violation.promptLocation.line) },
              },
            },
          ],
          relatedLocations: [
            {
              id: 1,
              message: { text: 'the contract rule' },
              physicalLocation: {
                artifactLocation: { uri: uri(violation.contractLocation.file) },
                region: { startLine: Math.max(1, violation.contractLocation.line) },
              },
            },
          ],
          partialFingerprints: {
            'promptgraphViolation/v1': `${violation.contract}|${violation.prompt}|${violation.kind}|${violation.message}`,
          },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
