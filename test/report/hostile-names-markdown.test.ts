import { describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { computeImpact } from '../../src/query/impact/compute-impact.js';
import { formatImpactMarkdown } from '../../src/output/report/impact-markdown.js';
import { impactMermaid } from '../../src/output/report/impact-mermaid.js';

const NEWLINE = 'prompts/two\nlines.md';
const RTL = 'prompts/\u202Etxt.md';
const files = (words: string) => ({
  'prompts/_persona.md': `You are Ada. ${words}\n`,
  [NEWLINE]: '{{> _persona}}\nHello.\n',
  [RTL]: '{{> _persona}}\nHi.\n',
});

async function impactOfRename() {
  const base = await scan(memoryFileSource('base', files('Be kind.')));
  const head = await scan(
    memoryFileSource('head', { ...files('Be kind.'), [NEWLINE]: 'Changed.\n', [RTL]: 'Changed.\n' }),
  );
  return computeImpact({ base, head, changedFiles: [NEWLINE, RTL], review: { approvedBy: [], evalsPassed: [] } });
}

describe('names with newlines and right-to-left overrides cannot break the reports', () => {
  it('the Markdown keeps every table row on one line and shows the override instead of applying it', async () => {
    const result = await impactOfRename();
    expect(result.changed.map((change) => change.id)).toEqual(expect.arrayContaining([NEWLINE, RTL]));
    const markdown = formatImpactMarkdown(result);
    expect(markdown).not.toContain('\u202E');
    expect(markdown).toContain('&lt;U+202E&gt;txt.md');
    // A table row is one line that starts and ends with a pipe; a raw newline in a name would split it.
    for (const line of markdown.split('\n').filter((line) => line.startsWith('|')))
      expect(line.trimEnd().endsWith('|'), line).toBe(true);
    expect(markdown).toContain('two⏎lines.md');
  });

  it('the Mermaid diagram keeps each node on its own line, names shown, not applied', async () => {
    const mermaid = impactMermaid(await impactOfRename());
    expect(mermaid).not.toContain('\u202E');
    for (const line of mermaid.split('\n').slice(1))
      expect(line, line).toMatch(
        /^ {2}(n\d+\["[^"\n]*"\]:::(changed|affected)|n\d+ -->\|\w+\| n\d+|more\[.*|classDef .*)$/,
      );
    expect(mermaid).toContain('prompts/two⏎lines.md');
    expect(mermaid).toContain('prompts/<U+202E>txt.md'.replace(/[<>]/g, (char) => `#${char.charCodeAt(0)};`));
  });
});
