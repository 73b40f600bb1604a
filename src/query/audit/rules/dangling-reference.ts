import type { AuditRule } from '../audit-rule.js';
import { findingsFromDiagnostics } from '../diagnostic-findings.js';

/**
 * An include, loader or registry name that points at nothing in the repository
 * (scan diagnostics `dangling-reference`, and `include-outside-root` for a path
 * that leaves the repository): the composed prompt is missing a part.
 */
export const danglingReference: AuditRule = {
  id: 'dangling-reference',
  title: 'Reference to a prompt that does not exist',
  description:
    'A partial, include, file loader or prompt name that resolves to nothing in the repository (or to a path outside it). At run time the prompt fails to render or silently goes without that part. Fix the reference, add the missing prompt, or remove the include.',
  defaultSeverity: 'error',
  check: ({ result }) =>
    findingsFromDiagnostics(result, ['dangling-reference', 'include-outside-root'], (diagnostic) =>
      diagnostic.code === 'include-outside-root'
        ? 'keep included prompts inside the repository'
        : 'fix the reference or add what it names',
    ),
};
