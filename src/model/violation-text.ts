import type { ContractViolation } from './schema/impact-result.js';

/** A contract violation as one line of `check`'s failures: the rule, the prompt, why, and both locations. */
export const violationText = (violation: ContractViolation): string =>
  `contract violation (${violation.kind}): ${violation.prompt} — ${violation.message} [contract ${violation.contractLocation.file}:${violation.contractLocation.line}, prompt ${violation.promptLocation.file}:${violation.promptLocation.line}]`;
