import { describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import type { FileSource } from '../../src/model/file-source.js';
import { formatScanJson } from '../../src/output/report/scan-json.js';
import { clearExtractionCache } from '../../src/build/extract/extract-file.js';

const FILES: Record<string, string> = {
  '.github/CODEOWNERS': 'prompts/ @acme/platform\nprompts/sales/ @acme/sales\n',
  'prompts/_persona.prompt': 'You are Aria, the assistant of Acme.\n',
  'prompts/_tone.prompt': 'Be brief.\n',
  'prompts/sales/pitch.prompt': '{{> persona}}\n{{> tone}}\nPitch {{product}}.\n',
  'prompts/support/reply.prompt': '{{> persona}}\nAnswer {{question}}.\n',
  'prompts/support/loop_a.prompt': '{{> loop_b}}\n',
  'prompts/support/_loop_b.prompt': '{{> missing}}\n',
  'contracts/persona.yaml': 'prompt: prompts/_persona.prompt\nowners: ["@acme/platform"]\n',
};

/** The same files, listed in the given order and read back with staggered delays, so completion order differs too. */
function shuffledSource(order: string[], delays: number[]): FileSource {
  const inner = memoryFileSource('repo', FILES);
  return {
    name: 'repo',
    listFiles: async () => order,
    readFile: async (file) => {
      await new Promise((resolve) => setTimeout(resolve, delays[order.indexOf(file)] ?? 0));
      return inner.readFile(file);
    },
  };
}

describe('scan output is deterministic', () => {
  it('is byte-identical whatever order the file system lists and returns files in', async () => {
    const forward = Object.keys(FILES).sort();
    const backward = [...forward].reverse();
    const first = formatScanJson(
      await scan(
        shuffledSource(
          forward,
          forward.map((_, index) => index),
        ),
      ),
    );
    clearExtractionCache();
    const second = formatScanJson(
      await scan(
        shuffledSource(
          backward,
          backward.map((_, index) => (index * 7) % 5),
        ),
      ),
    );
    expect(second).toBe(first);
    expect(JSON.parse(first).nodes.length).toBeGreaterThan(5);
  });

  it('is byte-identical on a second run served from the extraction cache', async () => {
    const order = Object.keys(FILES).sort();
    const cold = formatScanJson(await scan(shuffledSource(order, [])));
    const warm = formatScanJson(await scan(shuffledSource(order, [])));
    expect(warm).toBe(cold);
  });

  it('sorts nodes by id, edges by from/to/kind and diagnostics by file/line/code', async () => {
    const result = await scan(shuffledSource(Object.keys(FILES).reverse(), []));
    const ids = result.nodes.map((node) => node.id);
    expect(ids).toEqual([...ids].sort());
    const edgeKeys = result.edges.map((edge) => `${edge.from}\u0000${edge.to}\u0000${edge.kind}`);
    expect(edgeKeys).toEqual([...edgeKeys].sort());
    const diagnosticFiles = result.diagnostics.map((diagnostic) => diagnostic.file);
    expect(diagnosticFiles).toEqual([...diagnosticFiles].sort());
  });
});
