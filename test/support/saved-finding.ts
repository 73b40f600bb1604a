import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FOUND = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fuzz/found');

interface SavedFile {
  path: string;
  both?: string;
  base?: string;
  head?: string;
}

/**
 * The head revision of a fuzz finding saved under test/fuzz/found (see
 * test/fuzz/README.md), as `{ repository path: bytes }`: the regression tests
 * of each root cause run the very input the fuzzer minimised.
 */
export function savedFinding(name: string): Record<string, Buffer> {
  const directory = path.join(FOUND, name);
  const meta = JSON.parse(readFileSync(path.join(directory, 'meta.json'), 'utf8')) as { files: SavedFile[] };
  const files: Record<string, Buffer> = {};
  for (const file of meta.files) {
    const stored = file.both ?? file.head;
    if (stored) files[file.path] = readFileSync(path.join(directory, stored));
  }
  return files;
}

/** The one file of a finding, as text. */
export function savedFindingText(name: string, file: string): string {
  const bytes = savedFinding(name)[file];
  if (!bytes) throw new Error(`${name} holds no ${file}`);
  return bytes.toString('utf8');
}
