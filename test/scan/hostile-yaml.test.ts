import { describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { PromptgraphError } from '../../src/model/promptgraph-error.js';
import { savedFinding } from '../support/saved-finding.js';

/** Scans the head of a saved fuzz finding; `started` lets a test bound the time it took. */
async function scanFinding(name: string) {
  const started = performance.now();
  const result = await scan(memoryFileSource('repo', savedFinding(name)));
  return { result, seconds: (performance.now() - started) / 1000 };
}

async function configError(name: string): Promise<PromptgraphError> {
  const error = await scan(memoryFileSource('repo', savedFinding(name))).catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(PromptgraphError);
  return error as PromptgraphError;
}

describe('hostile YAML in the config: an input error at file:line:column, never a crash', () => {
  it('refuses an alias bomb (fuzz finding crash-b2659a41f3)', async () => {
    const error = await configError('crash-b2659a41f3');
    expect(error.message).toBe('invalid YAML: aliases expand more than 100 times (an alias bomb): refused');
    expect(error.details).toMatchObject({ code: 'config-invalid', file: 'promptgraph.config.yaml', exitCode: 2 });
  });

  it('refuses an alias naming no anchor (crash-daad1ab4fa)', async () => {
    const error = await configError('crash-daad1ab4fa');
    expect(error.message).toMatch(/^invalid YAML: .*alias/i);
    expect(error.details).toMatchObject({ code: 'config-invalid', line: 1 });
  });

  it('reports one 400 KB invalid line in seconds, not minutes (hang-cb061ee339)', async () => {
    const started = performance.now();
    const error = await configError('hang-cb061ee339');
    expect(error.details).toMatchObject({ code: 'config-invalid', line: 1 });
    expect((performance.now() - started) / 1000).toBeLessThan(8);
  });
});

describe('hostile YAML in a contract or front matter: a diagnostic, the rest of the scan kept', () => {
  it('reports a contract nested 8,504 levels deep, where the parser overflowed the stack (adapter-failed-c24e66b610)', async () => {
    const { result } = await scanFinding('adapter-failed-c24e66b610');
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('adapter-failed');
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'contract-invalid',
        file: 'contracts/kb-article-verifier.yaml',
        line: 1,
        column: 1,
        message: 'contract is not valid YAML: nested more than 64 levels deep: refused',
      }),
    );
    expect(result.nodes.map((node) => node.id)).toContain('contract:contracts/kb-article-verifier.yaml');
  });

  it('reports a contract alias bomb (adapter-failed-f0998b1d17)', async () => {
    const { result } = await scanFinding('adapter-failed-f0998b1d17');
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'contract-invalid',
        file: 'contracts/c0.yaml',
        message: 'contract is not valid YAML: aliases expand more than 100 times (an alias bomb): refused',
      }),
    );
  });

  it('reads a Prompty file whose 280 KB front matter is invalid in seconds (hang-760bac4e8b)', async () => {
    const { result, seconds } = await scanFinding('hang-760bac4e8b');
    expect(seconds).toBeLessThan(10);
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toContain('malformed-front-matter');
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('adapter-failed');
  });
});
