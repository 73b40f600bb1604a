import { z } from 'zod';
import { compileGlob } from '../glob/compile-glob.js';

/**
 * A glob promptgraph can match in linear time (`src/model/glob/`); an empty one,
 * or one it refuses (a pattern it cannot match without backtracking), is a
 * config error at its file:line, not a glob that silently matches nothing.
 * Every glob of the config uses it: `include`, `exclude`, the prompt and
 * contract globs, and the audit rules' `paths` and `ignore`.
 */
export const GlobSchema = z
  .string()
  .min(1, 'an empty glob matches nothing')
  .superRefine((glob, context) => {
    const compiled = compileGlob(glob);
    if (!compiled.ok && glob !== '') context.addIssue({ code: 'custom', message: compiled.reason });
  });
