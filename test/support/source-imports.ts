import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface SourceImport {
  /** What the import statement names: a relative path resolved to a repository path (`src/…ts`) or a package / `node:` builtin. */
  target: string;
  /** `import type` / `export type`: erased at build time, so free at start-up. */
  typeOnly: boolean;
  /** `await import(…)`: loaded when the code runs, not when the module loads. */
  dynamic: boolean;
}

/** The imports of one TypeScript source file (repository-relative path), read from its text. */
export function sourceImports(repoRoot: string, file: string): SourceImport[] {
  const source = readFileSync(path.join(repoRoot, file), 'utf8');
  const imports: SourceImport[] = [];
  const add = (specifier: string, typeOnly: boolean, dynamic: boolean) => {
    const target = specifier.startsWith('.')
      ? path.posix.join(path.posix.dirname(file), specifier).replace(/\.js$/, '.ts')
      : specifier;
    imports.push({ target, typeOnly, dynamic });
  };
  for (const match of source.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm))
    add(match[3]!, Boolean(match[2]), false);
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) add(match[1]!, false, true);
  return imports;
}

/** The package an import names (`@scope/name`, `name`), or undefined for a repository file or a builtin. */
export function packageName(target: string): string | undefined {
  if (target.startsWith('src/') || target.startsWith('node:')) return undefined;
  const segments = target.split('/');
  return target.startsWith('@') ? segments.slice(0, 2).join('/') : segments[0];
}
