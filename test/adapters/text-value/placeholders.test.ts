import { describe, expect, it } from 'vitest';
import type { Include } from '../../../src/build/adapters/shared/include.js';
import { concat, included, visible, written } from '../../../src/build/adapters/text-value/text-value.js';
import {
  onePlaceholderPerTarget,
  onlyCallResult,
  onlyInclude,
  writtenAs,
} from '../../../src/build/adapters/text-value/placeholders.js';

const include = (placeholder: string, target: Include['target']): Include & { placeholder: string } => ({
  placeholder,
  target,
  line: 1,
  column: 1,
  label: placeholder,
});
const tone = {
  type: 'export',
  language: 'typescript',
  fromFile: 'src/agent.ts',
  specifier: './tone',
  name: 'TONE',
} as const;
const isParameter = (value: { includes: unknown[]; literal: boolean }) => !value.includes.length && !value.literal;

describe('placeholders of the text-value model', () => {
  it('tells a value that is one include from one that writes text around it', () => {
    const alone = included<number>(include('${TONE}', tone));
    expect(onlyInclude(alone)).toEqual(alone.includes[0]);
    expect(onlyInclude(concat([written<number>('Be brief. ', [], true), alone]))).toBeUndefined();
  });

  it('calls the bare result of a call no text, but a file read is the file’s text', () => {
    expect(onlyCallResult(included<number>(include('${client.fetch()}', tone)))).toBe(true);
    const file = included<number>(include("${readFileSync('rules.md')}", { type: 'file', path: 'rules.md' } as never));
    expect(onlyCallResult(file)).toBe(false);
    expect(onlyCallResult(concat([written<number>('x', [], true), included(include('${A}', tone))]))).toBe(false);
  });

  it('keeps an interpolation as written: an include under the source’s spelling, a parameter with its slot', () => {
    const named = writtenAs(included<number>(include('${TONE}', tone)), '${ TONE }', isParameter);
    expect(named?.text).toBe('${ TONE }');
    expect(named?.includes.map((entry) => entry.placeholder)).toEqual(['${ TONE }']);

    const slot = { name: 'title', index: 0, placeholder: '${title}', apply: [] };
    const parameter = writtenAs(visible<number>('${title}', ['title'], [0], [slot]), '${ title }', isParameter);
    expect(parameter).toEqual({
      text: '${ title }',
      includes: [],
      variables: ['title'],
      params: [0],
      slots: [{ ...slot, placeholder: '${ title }' }],
      literal: false,
    });
    expect(writtenAs(written<number>('plain text', [], true), '${x}', isParameter)).toBeUndefined();
  });

  it('writes one placeholder per target, keeping each call’s own', () => {
    const call = { ...include("${section('Task', A)}", tone), arguments: [] };
    const value = concat<number>([
      included(include('${TONE}', tone)),
      written(' and ', [], true),
      included(include('${tone.TONE}', tone)),
      included(call),
    ]);
    const one = onePlaceholderPerTarget(value);
    expect(one.text).toBe("${TONE} and ${TONE}${section('Task', A)}");
    expect(one.includes.map((entry) => entry.placeholder)).toEqual(['${TONE}', '${TONE}', "${section('Task', A)}"]);
  });

  it('rewrites a placeholder in every branch of a text with several', () => {
    const value = {
      ...included<number>(include('${tone.TONE}', tone)),
      includes: [include('${TONE}', tone), include('${tone.TONE}', tone)],
      text: 'Long: ${TONE} ${tone.TONE}',
      variants: ['Short: ${tone.TONE}', 'Long: ${TONE} ${tone.TONE}'],
    };
    expect(onePlaceholderPerTarget(value).variants).toEqual(['Short: ${TONE}', 'Long: ${TONE} ${TONE}']);
  });
});
