import { describe, expect, it } from 'vitest';
import { auditScan } from '../../src/query/audit/run-audit.js';
import { parseConfig } from '../../src/build/config/load-config.js';
import { PromptgraphError } from '../../src/model/promptgraph-error.js';
import { AuditResultSchema } from '../../src/model/schema/audit-result.js';
import { scanOf, textNode } from '../impact/hand-built.js';

/** Two unowned prompts with the same text: unowned-prompt, duplicate-prompt-text and orphan-prompt fire on each. */
const TEXT = 'Answer the customer politely and cite the refund policy in full.';
const twoCopies = (firstStart = 1) =>
  scanOf([
    textNode('prompts/b.md', TEXT, { format: 'markdown' }),
    textNode('prompts/a.md', TEXT, { format: 'markdown', range: { start: firstStart, end: firstStart + 1 } }),
  ]);

describe('auditScan', () => {
  it("gives findings their rule's default severity and sorts them by file, line and rule", () => {
    const result = auditScan(twoCopies());
    expect(result.findings.map((finding) => `${finding.file} ${finding.rule} ${finding.severity}`)).toEqual([
      'prompts/a.md duplicate-prompt-text warning',
      'prompts/a.md orphan-prompt info',
      'prompts/a.md unowned-prompt warning',
      'prompts/b.md duplicate-prompt-text warning',
      'prompts/b.md orphan-prompt info',
      'prompts/b.md unowned-prompt warning',
    ]);
    expect(AuditResultSchema.parse(result)).toEqual(result);
  });

  it('applies the config: a rule set to off does not run, another gets the configured severity', () => {
    const { audit } = parseConfig('audit:\n  rules:\n    orphan-prompt: off\n    unowned-prompt: error\n');
    const result = auditScan(twoCopies(), audit);
    expect(result.findings.map((finding) => `${finding.rule} ${finding.severity}`)).toEqual([
      'duplicate-prompt-text warning',
      'unowned-prompt error',
      'duplicate-prompt-text warning',
      'unowned-prompt error',
    ]);
    expect(result.rules.find((rule) => rule.id === 'orphan-prompt')).toMatchObject({
      level: 'off',
      defaultSeverity: 'info',
    });
  });

  it('rejects an unknown rule id in the config, pointing at its line and column', () => {
    const thrown = (() => {
      try {
        parseConfig('audit:\n  rules:\n    orphan-prompts: off\n');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(PromptgraphError);
    expect((thrown as PromptgraphError).message).toBe('audit.rules.orphan-prompts: unknown key');
    expect((thrown as PromptgraphError).details).toMatchObject({ code: 'config-invalid', line: 3, column: 5 });
  });

  it("keeps a finding's fingerprint when its prompt moves down the file, and gives each finding its own", () => {
    const before = auditScan(twoCopies(1)).findings;
    const after = auditScan(twoCopies(40)).findings;
    expect(after.map((finding) => finding.line)).toContain(40);
    expect(after.map((finding) => finding.fingerprint)).toEqual(before.map((finding) => finding.fingerprint));
    expect(new Set(before.map((finding) => finding.fingerprint)).size).toBe(before.length);
  });

  it("gives byte-identical output whatever the order of the scan's nodes", () => {
    const scan = twoCopies();
    const reversed = { ...scan, nodes: [...scan.nodes].reverse() };
    expect(JSON.stringify(auditScan(reversed))).toBe(JSON.stringify(auditScan(scan)));
  });
});
