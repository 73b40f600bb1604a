import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/scan-fixture.js';

/** Packages that cost tens to hundreds of milliseconds to load: only a command's action may import them. */
const HEAVY = ['ts-morph', 'typescript', 'web-tree-sitter', 'd3', 'nunjucks', 'handlebars', 'graphology', 'graphology-dag', 'yaml', 'zod', 'fast-glob', 'diff'];

/** Every module `entry` loads at start-up: static imports only (`import type` and `await import()` are free). */
function staticImportClosure(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      const specifier = match[1]!;
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (!specifier.startsWith('node:')) packages.set(specifier.split('/')[0]!.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!, path.relative(REPO_ROOT, file));
    }
  };
  visit(entry);
  return { files, packages };
}

describe('CLI start-up', () => {
  it('loads no heavy package before a command runs, so --help is instant', () => {
    const { files, packages } = staticImportClosure(path.join(REPO_ROOT, 'src/cli/main.ts'));
    expect(files.size).toBeGreaterThan(3);
    const heavy = [...packages].filter(([name]) => HEAVY.includes(name)).map(([name, importer]) => `${name} (imported by ${importer})`);
    expect(heavy).toEqual([]);
  });

  it('notices a heavy import when there is one (the check itself works)', () => {
    const { packages } = staticImportClosure(path.join(REPO_ROOT, 'src/scan/scan.ts'));
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['yaml', 'zod']));
  });
});
