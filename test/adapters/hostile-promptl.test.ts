import { describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { savedFinding } from '../support/saved-finding.js';

const secondsToScan = async (files: Record<string, string | Buffer>) => {
  const started = performance.now();
  const result = await scan(memoryFileSource('repo', files));
  return { result, seconds: (performance.now() - started) / 1000 };
};

describe('PromptL under hostile input', () => {
  it('reads the saved 219 KB of nested {{ if }} in seconds (hang-ac80eb248a)', async () => {
    const { result, seconds } = await secondsToScan(savedFinding('hang-ac80eb248a'));
    expect(seconds).toBeLessThan(5);
    expect(result.nodes.map((node) => node.id)).toContain('shared/reply.promptl');
  });

  it('keeps loop locals scoped to their loops however deep they nest', async () => {
    const depth = 2_000;
    const text = `${'{{ for item in items }}'.repeat(depth)}{{ item }} {{ outer }}${'{{ endfor }}'.repeat(depth)}\n{{ item }}\n`;
    const { result, seconds } = await secondsToScan({ 'p.promptl': text });
    expect(result.nodes[0]?.variables).toEqual(['item', 'items', 'outer']);
    expect(seconds).toBeLessThan(10);
  });
});
