import picomatch from 'picomatch';
import type { RuleScope } from '../../model/schema/scan-result.js';

/**
 * A rule's scope with how many scanned files its globs match, so a reader sees
 * at once whether `src/api/**` still names anything. Globs are matched from the
 * repository root, as Copilot, Cursor, Windsurf and Claude Code match them.
 */
export function scopeWithFiles(scope: Omit<RuleScope, 'files'>, files: readonly string[]): RuleScope {
  if (!scope.globs.length) return scope;
  const matches = picomatch([...scope.globs], { dot: true });
  return { ...scope, files: files.filter((file) => matches(file)).length };
}
