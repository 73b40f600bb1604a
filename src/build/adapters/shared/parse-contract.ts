import type { Document, LineCounter } from 'yaml';
import type { Diagnostic } from '../../../model/schema/common.js';
import { ContractFileSchema, type ContractFile } from '../../../model/schema/contract-file.js';
import { zodIssueLocation } from '../../../model/zod-issue-location.js';
import { locatedZodIssues } from '../../../model/located-zod-issues.js';
import { readYaml } from '../../../model/read-yaml.js';

export interface ParsedContract {
  /** Undefined when the file is malformed; the diagnostics then say where. */
  contract?: ContractFile;
  /** The line of each machine-checked rule (`must_include.0`, `max_tokens`, `output`…), so a violation names it. */
  lines?: Record<string, number>;
  diagnostics: Diagnostic[];
}

/**
 * Reads one contract file. YAML is parsed with positions so every problem names
 * file, line and column: a YAML syntax error, or each field zod rejects (reported
 * at the offending node, or at its parent map when the field is missing).
 * A malformed contract governs nothing, but it is never silently ignored.
 */
export function parseContract(file: string, text: string): ParsedContract {
  const { document, lineCounter, problems, value } = readYaml(text);
  if (problems.length) {
    return {
      diagnostics: problems.map(
        ({ line, column, message }): Diagnostic => ({
          severity: 'error',
          code: 'contract-invalid',
          file,
          line,
          column,
          message: `contract is not valid YAML: ${message}`,
        }),
      ),
    };
  }
  const parsed = ContractFileSchema.safeParse(value ?? {});
  if (parsed.success) {
    // `interface_version` is `version` by its other name: every reader asks `version`.
    const { interface_version: interfaceVersion, ...fields } = parsed.data;
    const contract = interfaceVersion === undefined ? fields : { ...fields, version: interfaceVersion };
    const lines = ruleLines(contract, (path) => zodIssueLocation(document, lineCounter, { path }).line);
    return { contract, lines, diagnostics: duplicateEvals(file, contract, document, lineCounter) };
  }
  return {
    diagnostics: locatedZodIssues(document, lineCounter, parsed.error.issues, 'contract').map(
      ({ line, column, message }): Diagnostic => ({
        severity: 'error',
        code: 'contract-invalid',
        file,
        line,
        column,
        message,
      }),
    ),
  };
}

/** Eval names identify evals on the command line (`--evals-passed`), so they must be unique. */
function duplicateEvals(
  file: string,
  contract: ContractFile,
  document: Document,
  lineCounter: LineCounter,
): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  contract.evals.forEach((entry, index) => {
    if (!seen.has(entry.name)) {
      seen.add(entry.name);
      return;
    }
    const { line, column } = zodIssueLocation(document, lineCounter, { path: ['evals', index, 'name'] });
    diagnostics.push({
      severity: 'error',
      code: 'contract-invalid',
      file,
      line,
      column,
      message: `evals.${index}.name: '${entry.name}' is used twice; the second is ignored`,
    });
  });
  return diagnostics;
}

/** The fields a contract's machine checks read, each at its own line. */
function ruleLines(contract: ContractFile, lineOf: (path: (string | number)[]) => number): Record<string, number> {
  const lines: Record<string, number> = {};
  for (const field of ['must_include', 'must_not_include'] as const)
    contract[field].forEach((_rule, index) => {
      lines[`${field}.${index}`] = lineOf([field, index]);
    });
  for (const field of ['max_tokens', 'variables', 'model', 'output', 'version', 'interface_version'] as const)
    if (field in contract || (field === 'interface_version' && contract.version !== undefined))
      lines[field] = lineOf([field]);
  return lines;
}
