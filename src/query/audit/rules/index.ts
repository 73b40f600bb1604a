import type { AuditRule } from '../audit-rule.js';
import { unownedPrompt } from './unowned-prompt.js';
import { unownedInstructions } from './unowned-instructions.js';
import { instructionsContradictContract } from './instructions-contradict-contract.js';
import { sharedWithoutContract } from './shared-without-contract.js';
import { promptInEnv } from './prompt-in-env.js';
import { unpinnedRemoteReference } from './unpinned-remote-reference.js';
import { includeCycle } from './include-cycle.js';
import { danglingReference } from './dangling-reference.js';
import { contractTargetMissing } from './contract-target-missing.js';
import { contractInvalid } from './contract-invalid.js';
import { contractWithoutEvals } from './contract-without-evals.js';
import { orphanPrompt } from './orphan-prompt.js';
import { duplicatePromptText } from './duplicate-prompt-text.js';
import { unusedSuppression } from './unused-suppression.js';

/** Every audit rule, in the order reports list them: what is broken first, then risky habits, then housekeeping. */
export const AUDIT_RULES: readonly AuditRule[] = [
  includeCycle,
  danglingReference,
  contractInvalid,
  contractTargetMissing,
  sharedWithoutContract,
  unownedPrompt,
  unownedInstructions,
  instructionsContradictContract,
  promptInEnv,
  unpinnedRemoteReference,
  contractWithoutEvals,
  duplicatePromptText,
  orphanPrompt,
  unusedSuppression,
];
