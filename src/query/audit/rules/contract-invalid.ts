import type { AuditRule } from '../audit-rule.js';
import { findingsFromDiagnostics } from '../diagnostic-findings.js';

/**
 * A contract file that does not validate (scan diagnostic `contract-invalid`):
 * its owners, approvers and evals are not what its author meant, and `check`
 * fails every change until it is fixed. One finding per problem, at its line.
 */
export const contractInvalid: AuditRule = {
  id: 'contract-invalid',
  title: 'Malformed contract',
  description:
    'A contract file that is not valid YAML or does not match the contract schema (a string where a list is expected, an unknown `downstream_approval`…). Nothing it declares can be trusted, and `promptgraph check` fails until it is fixed. Fix the field at the line given; `contracts/contract.schema.json` lets an editor check it as you type.',
  defaultSeverity: 'error',
  check: ({ result }) =>
    findingsFromDiagnostics(result, ['contract-invalid'], () => 'fix the contract so it matches its schema'),
};
