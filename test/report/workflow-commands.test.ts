import { describe, expect, it } from 'vitest';
import { annotation, escapeData, escapeProperty } from '../../src/output/report/workflow-commands.js';

describe('GitHub workflow commands', () => {
  it('escapes a message as the toolkit does: %, CR and LF', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
  });

  it('escapes a property value further: colons and commas would end it', () => {
    expect(escapeProperty('prompts/refund, policy: v2.md')).toBe('prompts/refund%2C policy%3A v2.md');
  });

  it('writes properties in a fixed order and leaves out the ones not given', () => {
    expect(annotation('warning', 'two\nlines', { title: 'T: 1', endLine: 4, line: 2, file: 'a,b.md' })).toBe(
      '::warning file=a%2Cb.md,line=2,endLine=4,title=T%3A 1::two%0Alines',
    );
    expect(annotation('error', 'no place')).toBe('::error::no place');
    expect(annotation('notice', 'file only', { file: 'x.md', line: 0 })).toBe('::notice file=x.md::file only');
  });
});
