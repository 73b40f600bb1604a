import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/scan-fixture.js';
import { packageName, sourceImports } from '../support/source-imports.js';

/** Packages that cost tens to hundreds of milliseconds to load: only a command's action may import them. */
const HEAVY = [
  'ts-morph',
  'typescript',
  'web-tree-sitter',
  'd3',
  'nunjucks',
  'handlebars',
  'graphology',
  'graphology-dag',
  'yaml',
  'zod',
  'fast-glob',
  'diff',
];

/** Every repository module and package `entry` loads at start-up: static value imports only. */
function startupClosure(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of sourceImports(REPO_ROOT, file)) {
      if (imported.typeOnly || imported.dynamic) continue;
      if (imported.target.startsWith('src/')) visit(imported.target);
      const name = packageName(imported.target);
      if (name) packages.set(name, file);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('CLI start-up', () => {
  it('loads no heavy package before a command runs, so --help is instant', () => {
    const { files, packages } = startupClosure('src/cli/main.ts');
    expect(files.size).toBeGreaterThan(3);
    const heavy = [...packages]
      .filter(([name]) => HEAVY.includes(name))
      .map(([name, importer]) => `${name} (imported by ${importer})`);
    expect(heavy).toEqual([]);
  });

  it('loads no parser or progress bar before a file needs it, so a scan pays only for the formats it meets', () => {
    const { packages } = startupClosure('src/cli/commands/scan-action.ts');
    const onDemand = ['ts-morph', 'web-tree-sitter', 'handlebars', 'nunjucks', 'htmlparser2', 'acorn', 'cli-progress'];
    expect(
      [...packages]
        .filter(([name]) => onDemand.includes(name))
        .map(([name, importer]) => `${name} (imported by ${importer})`),
    ).toEqual([]);
  });

  it('notices a heavy import when there is one (the check itself works)', () => {
    const { packages } = startupClosure('src/build/scan.ts');
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['yaml', 'zod']));
  });
});
