import { describe, expect, it } from 'vitest';
import { audit } from '../../../src/api/audit.js';
import { formatAuditSarif } from '../../../src/output/report/audit-sarif.js';
import { fixturePath } from '../../support/scan-fixture.js';
import { places } from '../audit-fixture.js';

describe('audit rule contract-invalid', () => {
  it('reports each problem of a malformed contract at its line, as an error (fixtures/audit-real/malformed-contract)', async () => {
    const result = await audit(fixturePath('audit-real', 'malformed-contract'));
    const findings = result.findings.filter((finding) => finding.rule === 'contract-invalid');
    expect(places(findings)).toEqual(['contracts/persona.yaml:2-2 error', 'contracts/persona.yaml:3-3 error']);
    expect(findings.map((finding) => finding.message)).toEqual([
      'owners: Invalid input: expected array, received string; fix the contract so it matches its schema',
      'downstream_approval: Invalid option: expected one of "none"|"notify"|"required"; fix the contract so it matches its schema',
    ]);
    expect(findings[0]?.nodes).toEqual(['contract:contracts/persona.yaml']);
  });

  it('puts them in the SARIF log with their rule and location', async () => {
    const result = await audit(fixturePath('audit-real', 'malformed-contract'));
    const sarif = JSON.parse(formatAuditSarif(result));
    const invalid = sarif.runs[0].results.filter((entry: { ruleId: string }) => entry.ruleId === 'contract-invalid');
    expect(
      invalid.map(
        (entry: {
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
        }) =>
          `${entry.level} ${entry.locations[0]!.physicalLocation.artifactLocation.uri}:${entry.locations[0]!.physicalLocation.region.startLine}`,
      ),
    ).toEqual(['error contracts/persona.yaml:2', 'error contracts/persona.yaml:3']);
  });

  it('stays silent on a valid contract', async () => {
    const result = await audit(fixturePath('audit', 'clean'));
    expect(result.findings.filter((finding) => finding.rule === 'contract-invalid')).toEqual([]);
  });
});
