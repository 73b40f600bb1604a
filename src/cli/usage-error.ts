import { PromptgraphError } from '../model/promptgraph-error.js';

/** A mistake in how the command was called: exit code 2. */
export const usageError = (message: string, hint?: string): PromptgraphError =>
  new PromptgraphError(message, { code: 'usage', exitCode: 2, ...(hint ? { hint } : {}) });
