import { describe, expect, it } from 'vitest';
import { useColor, type CliIo } from '../../src/cli/io.js';
import { paint } from '../../src/output/report/ansi.js';

const io = (env: Record<string, string | undefined>, isTTY = true): CliIo => ({
  stdout: { write: () => true, isTTY },
  stderr: { write: () => true },
  env,
});

describe('useColor', () => {
  it('colours a TTY when NO_COLOR is unset or set but empty (no-color.org counts only a non-empty value)', () => {
    expect(useColor(io({}), { color: true })).toBe(true);
    expect(useColor(io({ NO_COLOR: '' }), { color: true })).toBe(true);
  });

  it('does not colour with a non-empty NO_COLOR, --no-color, a stdout that is not a TTY, or TERM=dumb', () => {
    expect(useColor(io({ NO_COLOR: '1' }), { color: true })).toBe(false);
    expect(useColor(io({}), { color: false })).toBe(false);
    expect(useColor(io({}, false), { color: true })).toBe(false);
    expect(useColor(io({ TERM: 'dumb' }), { color: true })).toBe(false);
  });

  it('colours a pipe with FORCE_COLOR, unless it is 0 or false; NO_COLOR and --no-color still win', () => {
    expect(useColor(io({ FORCE_COLOR: '1' }, false), { color: true })).toBe(true);
    expect(useColor(io({ FORCE_COLOR: 'true' }, false), { color: true })).toBe(true);
    expect(useColor(io({ FORCE_COLOR: '0' }), { color: true })).toBe(false);
    expect(useColor(io({ FORCE_COLOR: 'false' }), { color: true })).toBe(false);
    expect(useColor(io({ FORCE_COLOR: '1', NO_COLOR: '1' }, false), { color: true })).toBe(false);
    expect(useColor(io({ FORCE_COLOR: '1' }, false), { color: false })).toBe(false);
  });

  it('asks about the stream it colours: stderr for progress, stdout for reports', () => {
    const split: CliIo = {
      stdout: { write: () => true, isTTY: false },
      stderr: { write: () => true, isTTY: true },
      env: {},
    };
    expect(useColor(split, { color: true })).toBe(false);
    expect(useColor(split, { color: true }, split.stderr)).toBe(true);
  });
});

describe('paint', () => {
  it('styles through ANSI escapes only when colour is on', () => {
    expect(paint(true).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(paint(false).red('x')).toBe('x');
  });
});
