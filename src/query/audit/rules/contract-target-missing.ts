import type { AuditRule } from '../audit-rule.js';
import { findingsFromDiagnostics } from '../diagnostic-findings.js';

/** A contract whose `prompt:` selects nothing (scan diagnostic `contract-target-missing`): it governs nothing, so it protects nothing. */
export const contractTargetMissing: AuditRule = {
  id: 'contract-target-missing',
  title: 'Contract that governs no prompt',
  description:
    'A contract whose `prompt:` (a path, `path#symbol`, glob or prompt name) matches no prompt in the repository, usually after a rename. Its approvers, invariants and evals apply to nothing. Point `prompt:` at the prompt it was written for.',
  defaultSeverity: 'error',
  check: ({ result }) =>
    findingsFromDiagnostics(
      result,
      ['contract-target-missing'],
      () => 'point its prompt: at an existing prompt (was it renamed?)',
    ),
};
