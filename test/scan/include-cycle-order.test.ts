import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../src/model/schema/scan-result.js';
import { describeCycle, findIncludeCycles } from '../../src/build/graph/find-include-cycles.js';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';

const include = (from: string, to: string): GraphEdge => ({ from, to, kind: 'includes' }) as GraphEdge;

describe('include cycles are named in cycle order, not sorted', () => {
  it('a → c → b → a stays in that order; a member off the shortest cycle follows, said apart', () => {
    const [loop, ...rest] = findIncludeCycles([
      include('a', 'c'),
      include('c', 'b'),
      include('b', 'a'),
      include('b', 'd'),
      include('d', 'c'),
    ]);
    expect(rest).toEqual([]);
    expect(loop).toEqual({ cycle: ['a', 'c', 'b'], members: ['a', 'c', 'b', 'd'] });
    expect(describeCycle(loop!)).toBe('a → c → b → a (the same loop also holds d)');
  });

  it('a self-include is a cycle of one', () => {
    const loops = findIncludeCycles([include('x', 'x')]);
    expect(loops.map(describeCycle)).toEqual(['x → x']);
  });

  it('the scan diagnostic follows the includes from file to file', async () => {
    const result = await scan(
      memoryFileSource('cycle', {
        'prompts/_a.prompt': '{{> c}}\nA.\n',
        'prompts/_c.prompt': '{{> b}}\nC.\n',
        'prompts/_b.prompt': '{{> a}}\nB.\n',
      }),
    );
    const cycles = result.diagnostics.filter((diagnostic) => diagnostic.code === 'include-cycle');
    expect(cycles.map((diagnostic) => [diagnostic.file, diagnostic.message])).toEqual([
      [
        'prompts/_a.prompt',
        'include cycle: prompts/_a.prompt → prompts/_c.prompt → prompts/_b.prompt → prompts/_a.prompt; composition stops at the repeat',
      ],
    ]);
  });
});
