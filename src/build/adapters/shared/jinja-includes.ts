import type { Diagnostic } from '../../../model/schema/common.js';
import type { Reference } from '../../../model/extraction.js';
import { dirname } from '../../../model/repo-path.js';
import type { JinjaTemplateUse } from './jinja-template.js';
import { isAbsolutePath, nearestFirst, relativeTo } from './template-candidates.js';
import { dynamicIncludeDiagnostic } from './dynamic-include.js';

/**
 * Jinja `include`, `extends`, `import` and `from … import` as `includes`
 * references of the file's whole-file unit, each with its tag as placeholder.
 *
 * Jinja names a template relative to its loader root, which only the Python
 * code knows; so a name is tried in the including template's own folder, then
 * each parent up to the repository root (and a `templates/` or `prompts/`
 * folder at each level), nearest first. `../x` is relative to the including
 * file (as nunjucks reads it; Jinja itself refuses it) and an absolute path is
 * passed on as written: both are reported by the resolver when they leave the
 * repository. A list is tried name by name, as Jinja does.
 */
export function jinjaIncludeReferences(
  path: string,
  uses: readonly JinjaTemplateUse[],
): { references: Reference[]; diagnostics: Diagnostic[] } {
  const references: Reference[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const use of uses) {
    if (!use.names.length) {
      diagnostics.push(dynamicIncludeDiagnostic(path, use.line, use.column, use.placeholder));
      continue;
    }
    references.push({
      kind: 'includes',
      target: { type: 'file', candidates: [...new Set(use.names.flatMap((name) => templateCandidates(path, name)))] },
      line: use.line,
      column: use.column,
      placeholder: use.placeholder,
      label: use.placeholder,
      ...(use.optional ? { optional: true } : {}),
    });
  }
  return { references, diagnostics };
}

function templateCandidates(path: string, name: string): string[] {
  if (isAbsolutePath(name)) return [name];
  if (name.startsWith('../')) return [relativeTo(path, name)];
  return nearestFirst(dirname(path), [name.replace(/^(\.\/)+/, '')]);
}
