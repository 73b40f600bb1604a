import { createRequire } from 'node:module';
import type { ParseError } from 'jsonc-parser';
import type { Diagnostic } from '../../model/schema/common.js';

/** What module resolution reads of a tsconfig.json or jsconfig.json. */
export interface RawTsconfig {
  extends?: string | string[];
  references?: { path?: string }[];
  compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> };
}

const TSCONFIG = /(^|\/)(tsconfig[^/]*|jsconfig)\.json$/;

/** True for tsconfig*.json and jsconfig.json, the configs whose `paths` and `baseUrl` resolution reads. */
export const isTsconfig = (path: string): boolean => TSCONFIG.test(path);

let jsonc: typeof import('jsonc-parser') | undefined;

/**
 * Reads a config as TypeScript does (comments and trailing commas allowed), with
 * jsonc-parser: the parser VS Code reads tsconfig with, a few kilobytes against the
 * compiler's megabytes. A config with a syntax error is not used at all (its partial
 * value could map imports wrongly); `error` says where it went wrong. The parser is
 * required on the first config, so a scan without one never loads it.
 */
export function readTsconfig(text: string): { config?: RawTsconfig; error?: { offset: number; reason: string } } {
  jsonc ??= createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');
  const { parse, printParseErrorCode } = jsonc;
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) return { error: { offset: first.offset, reason: describe(printParseErrorCode(first.error)) } };
  return value && typeof value === 'object' && !Array.isArray(value) ? { config: value as RawTsconfig } : {};
}

/** A warning for each config module resolution cannot read, at the line and column of its first error. */
export function tsconfigDiagnostics(manifests: ReadonlyMap<string, string>): Diagnostic[] {
  return [...manifests]
    .filter(([path]) => isTsconfig(path))
    .flatMap(([file, text]) => {
      const { error } = readTsconfig(text);
      if (!error) return [];
      const before = text.slice(0, error.offset).split('\n');
      return [
        {
          severity: 'warning' as const,
          code: 'tsconfig-unreadable',
          file,
          line: before.length,
          column: before.at(-1)!.length + 1,
          message: `cannot read this config (${error.reason}): promptgraph ignores its paths and baseUrl, so imports through them stay unresolved`,
        },
      ];
    });
}

/** `CommaExpected` → `comma expected`. */
const describe = (code: string): string => code.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
