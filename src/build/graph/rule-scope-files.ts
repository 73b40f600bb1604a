import { acceptedGlobsMatcher } from '../../model/glob/compile-glob.js';
import type { RuleScope } from '../../model/schema/scan-result.js';

/**
 * A rule's scope with how many scanned files its globs match, so a reader sees
 * at once whether `src/api/**` still names anything. Globs are matched from the
 * repository root, as Copilot, Cursor, Windsurf and Claude Code match them.
 */
export function scopeWithFiles(scope: Omit<RuleScope, 'files'>, files: readonly string[]): RuleScope {
  if (!scope.globs.length) return scope;
  // The globs come from the scanned files: matched in linear time, a refused one matching nothing.
  const matches = acceptedGlobsMatcher(scope.globs);
  return { ...scope, files: files.filter((file) => matches(file)).length };
}
