import { describe, expect, it } from 'vitest';
import { formatScanText } from '../../src/output/report/scan-text.js';
import { summarizeScan } from '../../src/query/graph/summarize-scan.js';
import { edges, scanOf, textNode } from '../impact/hand-built.js';

const fragment = (id: string) => textNode(id, 'Be kind.', { kind: 'fragment' });

describe('scan text: most shared fragments', () => {
  it('lists a fragment with two dependents and leaves out one with a single dependent', () => {
    const result = scanOf(
      [
        fragment('prompts/_tone.prompt'),
        fragment('prompts/_persona.prompt'),
        textNode('prompts/reply.prompt', 'Reply.'),
        textNode('prompts/triage.prompt', 'Triage.'),
      ],
      edges(
        'prompts/reply.prompt -includes-> prompts/_persona.prompt',
        'prompts/triage.prompt -includes-> prompts/_persona.prompt',
        'prompts/reply.prompt -includes-> prompts/_tone.prompt',
      ),
    );
    const text = formatScanText(summarizeScan(result), { color: false, verbose: false });
    // Only the section's content is asserted: its columns are free to change.
    expect(text).toContain('Most shared fragments');
    expect(text).toContain('prompts/_persona.prompt');
    expect(text).not.toContain('_tone');
  });
});
