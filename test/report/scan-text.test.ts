import { describe, expect, it } from 'vitest';
import { formatScanText } from '../../src/output/report/scan-text.js';
import { summarizeScan } from '../../src/query/graph/summarize-scan.js';
import { scanOf, textNode } from '../impact/hand-built.js';

describe('formatScanText', () => {
  it('prints each diagnostic at file:line:column when its column is known, as impact does', () => {
    const scan = {
      ...scanOf([textNode('reply.prompt', 'Hi')]),
      diagnostics: [
        {
          severity: 'error' as const,
          code: 'contract-invalid',
          file: 'contracts/reply.yaml',
          line: 2,
          column: 22,
          message: 'downstream_approval: Invalid option',
        },
        {
          severity: 'warning' as const,
          code: 'dangling-reference',
          file: 'reply.prompt',
          line: 3,
          message: 'no partial',
        },
      ],
    };
    const lines = formatScanText(summarizeScan(scan), { color: false, verbose: false }).split('\n');
    expect(lines).toContain(
      '  contracts/reply.yaml:2:22  error downstream_approval: Invalid option [contract-invalid]',
    );
    expect(lines).toContain('  reply.prompt:3  warning no partial [dangling-reference]');
  });
});
