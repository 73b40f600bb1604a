import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { progressDisplay } from '../../src/cli/progress-display.js';
import { elapsedText, progressText } from '../../src/cli/progress-text.js';
import { withoutProgressLines } from '../support/progress-lines.js';

/** Fake streams: stderr a terminal or a log, written text kept; a clock the test moves. */
function fakeIo(isTTY: boolean) {
  const clock = { at: 0 };
  const written = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: { write: (chunk: string) => (written.stdout += chunk) },
    stderr: { write: (chunk: string) => (written.stderr += chunk), isTTY },
    env: {},
    now: () => clock.at,
  };
  return { io, clock, written };
}

const reading = (done: number) => ({
  task: 'scanning head 4f1c2a9',
  phase: 'reading files',
  done,
  total: 5000,
  unit: 'files',
});

afterEach(() => vi.useRealTimers());

describe('progress on a terminal', () => {
  it('draws a cli-progress bar with the step, the count and the total, and clears it when done', () => {
    const { io, written } = fakeIo(true);
    const display = progressDisplay(io, {});
    display.options.onProgress!(reading(1200));
    display.stop();
    expect(written.stderr).toContain('scanning head 4f1c2a9 (reading files) [');
    expect(written.stderr).toContain('] 1200/5000 files');
    expect(written.stderr.endsWith('\u001b[2K')).toBe(true);
    expect(written.stdout).toBe('');
  });

  it('starts a new bar for a step with no count, saying what it does', () => {
    const { io, written } = fakeIo(true);
    const display = progressDisplay(io, {});
    display.options.onProgress!(reading(5000));
    display.options.onProgress!({ task: 'walking history', done: 12, unit: 'commits', detail: '3 scanned' });
    display.stop();
    expect(written.stderr).toContain('walking history: 12 commits, 3 scanned');
  });
});

describe('progress in a log (stderr not a terminal)', () => {
  it('prints nothing for work quicker than the interval', () => {
    const { io, clock, written } = fakeIo(false);
    const display = progressDisplay(io, {}, 5000);
    display.options.onProgress!(reading(10));
    clock.at = 4999;
    display.options.onProgress!(reading(4000));
    display.stop();
    expect(written.stderr).toBe('');
  });

  it('prints a plain line with files done and the time elapsed, at most one per interval, and a closing line', () => {
    const { io, clock, written } = fakeIo(false);
    const display = progressDisplay(io, {}, 5000);
    display.options.onProgress!(reading(10));
    clock.at = 6000;
    display.options.onProgress!(reading(1200));
    clock.at = 8000;
    display.options.onProgress!(reading(2000));
    clock.at = 11_500;
    display.options.onProgress!({ task: 'scanning head 4f1c2a9', phase: 'resolving references' });
    clock.at = 63_000;
    display.stop();
    expect(written.stderr.split('\n')).toEqual([
      'promptgraph: scanning head 4f1c2a9 (reading files): 1200/5000 files, 6s elapsed',
      'promptgraph: scanning head 4f1c2a9 (resolving references), 11s elapsed',
      'promptgraph: done, 1m03s elapsed',
      '',
    ]);
    expect(written.stderr).not.toContain('\u001b');
  });

  it('keeps printing while a long step reports nothing, from a timer', () => {
    vi.useFakeTimers();
    const { io, written } = fakeIo(false);
    io.now = () => Date.now();
    const display = progressDisplay(io, {}, 5000);
    display.options.onProgress!({ task: 'scanning', phase: 'resolving references' });
    vi.advanceTimersByTime(10_000);
    display.stop();
    expect(written.stderr.split('\n').slice(0, 2)).toEqual([
      'promptgraph: scanning (resolving references), 5s elapsed',
      'promptgraph: scanning (resolving references), 10s elapsed',
    ]);
  });
});

describe('--quiet', () => {
  it('silences the bar and the lines: the library gets no callback', () => {
    for (const isTTY of [true, false]) {
      const { io, written } = fakeIo(isTTY);
      const display = progressDisplay(io, { quiet: true }, 5000);
      expect(display.options).toEqual({});
      display.stop();
      expect(written.stderr).toBe('');
    }
  });
});

describe('progress text', () => {
  it('says counts with their unit, one of them in the singular', () => {
    expect(progressText({ task: 'walking history', done: 1, unit: 'commits', detail: '1 scanned' })).toBe(
      'walking history: 1 commit, 1 scanned',
    );
    expect(progressText(reading(3))).toBe('scanning head 4f1c2a9 (reading files): 3/5000 files');
  });

  it('reads elapsed time in whole seconds, minutes and hours', () => {
    expect([elapsedText(999), elapsedText(42_000), elapsedText(185_000), elapsedText(3_725_000)]).toEqual([
      '0s',
      '42s',
      '3m05s',
      '1h02m',
    ]);
  });
});

describe('withoutProgressLines (for tests that spawn the CLI)', () => {
  it('drops exactly the periodic lines and the closing one', () => {
    const stderr = [
      'promptgraph: scanning head 4f1c2a9 (reading files): 1200/5000 files, 6s elapsed',
      'promptgraph: done, 1m03s elapsed',
      'promptgraph scan: 1 error-severity diagnostic (exit 1)',
      'wrote out/impact.json',
      '',
    ].join('\n');
    expect(withoutProgressLines(stderr)).toBe(
      'promptgraph scan: 1 error-severity diagnostic (exit 1)\nwrote out/impact.json\n',
    );
  });
});
