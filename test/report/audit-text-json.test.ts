import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatAuditJson } from '../../src/output/report/audit-json.js';
import { formatAuditText } from '../../src/output/report/audit-text.js';
import { REPO_ROOT, fixturePath } from '../support/scan-fixture.js';
import { cleanAudit, savedAudit } from './audit-document.js';

describe('audit text and JSON reporters', () => {
  it('json re-renders a saved document byte for byte, and it matches the published JSON Schema', () => {
    const text = formatAuditJson(savedAudit());
    expect(text).toBe(readFileSync(fixturePath('report/audit-result.json'), 'utf8'));
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(
      JSON.parse(readFileSync(path.join(REPO_ROOT, 'contracts/audit-result.schema.json'), 'utf8')),
    );
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('text groups findings by rule, errors first, each as file:line and message, with a total', () => {
    const text = formatAuditText(savedAudit(), { color: false });
    expect(text.split('\n')).toEqual([
      'promptgraph audit  support-bot: 1 error, 1 warning, 1 info',
      '',
      'error   include-cycle  Include cycle (1)',
      '  prompts/_closing.prompt:1  include cycle prompts/_closing.prompt → prompts/_greeting.prompt → prompts/_closing.prompt: composition cannot finish; move the shared part into a fragment both include',
      '',
      'warning unowned-prompt  Prompt without an owner (1)',
      '  prompts/refund, policy: v2.md:3  prompt prompts/refund, policy: v2.md has no owner: no CODEOWNERS line or contract owns it; add a CODEOWNERS line for prompts/refund, policy: v2.md or a contract with owners',
      '',
      'info    orphan-prompt  Prompt no code uses (1)',
      '  prompts/refund, policy: v2.md:3  prompt prompts/refund, policy: v2.md is used by no consumer; delete it, or add a loaders entry if code loads it by a name promptgraph cannot see',
      '',
      'Turned off in the config: contract-without-evals',
      '',
    ]);
  });

  it('text colours severities only when asked', () => {
    expect(formatAuditText(savedAudit(), { color: false })).not.toContain('\u001b[');
    expect(formatAuditText(savedAudit(), { color: true })).toContain('\u001b[31merror  \u001b[39m');
  });

  it('text says so when every rule stayed quiet', () => {
    expect(formatAuditText(cleanAudit(), { color: false })).toContain(
      'promptgraph audit  support-bot: no findings\n\n✓ 9 rules ran; none found anything.',
    );
  });
});
