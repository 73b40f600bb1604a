// The fuzzer's own parts, which must be right for its findings to mean anything:
// the minimiser keeps exactly what makes an input fail, the oracle's checks flag
// what they claim to, and an input is a pure function of the seed and its index.
import { describe, expect, it } from 'vitest';
import { minimiseInput } from './minimise-input.mjs';
import { determinismFailures, lineCount, rangeFailures } from './oracle-checks.mjs';
import { makeInput } from './make-input.mjs';
import { inputRandom } from './random.mjs';
import { loadSeedCorpus } from './seed-corpus.mjs';
import { encodeInput } from './wire-format.mjs';
import { budgetMs, hardLimitMs } from './classify-outcome.mjs';
import { processCpuMs } from './cpu-clock.mjs';
import { REPO_ROOT } from '../support/scan-fixture.js';

type Files = Record<string, Buffer>;
const files = (entries: Record<string, string>): Files =>
  Object.fromEntries(Object.entries(entries).map(([file, text]) => [file, Buffer.from(text)]));

describe('minimiseInput', () => {
  it('drops the files and lines that do not matter, keeping the line that fails', async () => {
    const head = files({ 'a.py': 'one\ntwo\nBAD\nthree\n', 'b.ts': 'unrelated\n', 'c.md': 'more\n' });
    const reproduces = async (candidate: { head: Files }) =>
      Object.values(candidate.head).some((bytes) => bytes.toString().includes('BAD'));
    const { input } = await minimiseInput(
      { base: files({ 'a.py': 'old\n' }), head, renames: [] },
      reproduces,
      Number.POSITIVE_INFINITY,
    );
    expect(Object.keys(input.head)).toEqual(['a.py']);
    expect(input.head['a.py'].toString()).toBe('BAD\n');
  });

  it('keeps both revisions when the failure needs the difference between them', async () => {
    const reproduces = async (candidate: { base: Files; head: Files }) =>
      candidate.base['p.txt']?.toString().includes('old') === true &&
      candidate.head['p.txt']?.toString().includes('new') === true;
    const { input } = await minimiseInput(
      { base: files({ 'p.txt': 'x\nold\ny\n' }), head: files({ 'p.txt': 'x\nnew\ny\n' }), renames: [] },
      reproduces,
      Number.POSITIVE_INFINITY,
    );
    expect(input.base['p.txt'].toString()).toBe('old\n');
    expect(input.head['p.txt'].toString()).toBe('new\n');
  });
});

describe('the oracle checks', () => {
  it('counts lines as the loosest reader does (CR, CRLF, LF)', () => {
    expect(lineCount(Buffer.from('a\rb\r\nc\nd'))).toBe(4);
  });

  it('flags a node whose range ends past its file and one in a file that is not there', () => {
    const node = (file: string, end: number) => ({
      id: `${file}#X`,
      kind: 'prompt',
      file,
      format: 'python',
      range: { start: 1, end },
    });
    const scan = { nodes: [node('a.py', 2), node('a.py', 3), node('gone.py', 1)], edges: [], diagnostics: [] };
    const failures = rangeFailures('head', scan, files({ 'a.py': 'x\ny' }));
    expect(failures.map((failure) => failure.summary)).toEqual([
      'head: node a.py#X at a.py:1-3 is outside its file (2 lines)',
      'head: node gone.py#X at gone.py is outside its file (no such file)',
    ]);
  });

  it('names where two renderings first differ', () => {
    const [failure] = determinismFailures(
      'scan-result',
      JSON.stringify({ nodes: [{ id: 'a' }, { id: 'b' }] }),
      JSON.stringify({ nodes: [{ id: 'a' }, { id: 'c' }] }),
    );
    expect(failure).toMatchObject({
      category: 'nondeterminism',
      signature: 'nondeterminism|scan-result|/nodes/N/id',
      summary: 'scan-result differs at /nodes/1/id',
    });
  });
});

describe('makeInput', () => {
  it('makes the same input from the same seed and index, and another from the next index', () => {
    const corpus = loadSeedCorpus(REPO_ROOT);
    const encoded = (index: number) => JSON.stringify(encodeInput(makeInput(inputRandom(42, index), corpus)));
    expect(encoded(7)).toBe(encoded(7));
    expect(encoded(7)).not.toBe(encoded(8));
  });
});

describe('the time limits', () => {
  it('measures a process by its CPU time, which a busy loop raises by what it used', () => {
    const before = processCpuMs(process.pid);
    if (before === undefined) return expect(process.platform).not.toBe('linux');
    const started = process.cpuUsage();
    let spins = 0;
    // Busy until this process has used 300 ms of CPU, however long the machine makes that take.
    while (process.cpuUsage(started).user < 300_000) spins++;
    const used = processCpuMs(process.pid)! - before;
    expect(spins).toBeGreaterThan(0);
    expect(used).toBeGreaterThanOrEqual(250);
    expect(used).toBeLessThan(5_000);
  });

  it('gives a large input its whole budget before calling it a hang', () => {
    expect(hardLimitMs(1_000, 10_000)).toBe(10_000);
    expect(budgetMs(400 * 1024)).toBe(12_000);
    expect(hardLimitMs(400 * 1024, 10_000)).toBe(12_000);
  });
});
