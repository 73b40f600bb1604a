import { describe, expect, it } from 'vitest';
import { useColor, type CliIo } from '../../src/cli/io.js';

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

  it('does not colour with a non-empty NO_COLOR, --no-color, or a stdout that is not a TTY', () => {
    expect(useColor(io({ NO_COLOR: '1' }), { color: true })).toBe(false);
    expect(useColor(io({}), { color: false })).toBe(false);
    expect(useColor(io({}, false), { color: true })).toBe(false);
  });
});
