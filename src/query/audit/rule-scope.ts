import { acceptedGlobsMatcher } from '../../model/glob/compile-glob.js';
import type { AuditRuleSettings } from '../../model/schema/audit-rules.js';

/**
 * Whether a rule reports on a file, by its `paths` and `ignore` globs: a team
 * adopts a rule where it is ready (`paths: ["services/**"]`) and leaves out what
 * it never applies to (`ignore: ["**\/tests/**"]`). A finding about no file
 * (the repository as a whole) is always kept.
 */
export function ruleScope(settings: AuditRuleSettings): (file: string) => boolean {
  const within = settings.paths?.length ? acceptedGlobsMatcher(settings.paths) : () => true;
  const ignored = settings.ignore?.length ? acceptedGlobsMatcher(settings.ignore) : () => false;
  return (file) => !file || (within(file) && !ignored(file));
}
