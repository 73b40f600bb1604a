import type { ImpactResult } from '../../model/schema/impact-result.js';

/**
 * One entry per malformed contract in an impact result: where its first problem
 * is (file:line:column), what it is, how many more there are, and whether its
 * base version still stands in for it. A malformed contract can hide a required
 * approval or eval, so the gate never passes over one.
 */
export function malformedContracts(result: Pick<ImpactResult, 'diagnostics'>): MalformedContract[] {
  const restored = new Set(
    result.diagnostics
      .filter((diagnostic) => diagnostic.code === 'contract-invalid-at-head')
      .map((diagnostic) => diagnostic.file),
  );
  const byFile = new Map<string, ImpactResult['diagnostics']>();
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.code !== 'contract-invalid' || diagnostic.severity !== 'error') continue;
    byFile.set(diagnostic.file, [...(byFile.get(diagnostic.file) ?? []), diagnostic]);
  }
  return [...byFile.keys()].sort().map((file) => {
    const [first, ...rest] = byFile.get(file)!;
    const where = `${file}:${first!.line}${first!.column ? `:${first!.column}` : ''}`;
    const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
    const fallback = restored.has(file) ? "; until it is fixed, its base version's approvals and evals apply" : '';
    return {
      message: `malformed contract: ${where}: ${first!.message}${more}${fallback}`,
      file,
      line: Math.max(first!.line, 1),
      ...(first!.column ? { column: first!.column } : {}),
    };
  });
}

/** A malformed contract's line for the gate, and where its first problem is. */
export interface MalformedContract {
  message: string;
  file: string;
  line: number;
  column?: number;
}
