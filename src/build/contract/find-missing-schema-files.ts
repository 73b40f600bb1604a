import type { Diagnostic } from '../../model/schema/common.js';
import type { GraphNode } from '../../model/schema/scan-result.js';
import { outputSchemaPath } from './contract-meta.js';

/**
 * Contracts whose `output.schema` names a file that is not in the repository: the
 * output interface cannot be checked, and a later change to it would go unseen.
 * Reported at the contract's `schema:` line (contract texts are at hand from the scan).
 */
export function findMissingSchemaFiles(
  nodes: readonly GraphNode[],
  files: ReadonlySet<string>,
  texts: ReadonlyMap<string, string>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const node of nodes) {
    if (node.kind !== 'contract') continue;
    const schemaPath = outputSchemaPath(node);
    if (!schemaPath || files.has(schemaPath)) continue;
    const lines = texts.get(node.file)?.split('\n') ?? [];
    const index = lines.findIndex((line) => /^\s*schema\s*:/.test(line));
    diagnostics.push({
      severity: 'warning',
      code: 'contract-schema-missing',
      file: node.file,
      line: index === -1 ? node.range.start : index + 1,
      message: `output.schema: ${schemaPath} does not exist; the output interface of this contract cannot be checked`,
    });
  }
  return diagnostics;
}
