import { describe, expect, it } from 'vitest';
import type { Include } from '../../../src/build/adapters/shared/include.js';
import { concat, included, visible, written } from '../../../src/build/adapters/text-value/text-value.js';
import { either } from '../../../src/build/adapters/text-value/either.js';
import { callWithArguments } from '../../../src/build/adapters/text-value/call-with-arguments.js';

const local = (symbol: string): Include & { placeholder: string } => ({
  placeholder: `{${symbol}}`,
  target: { type: 'local', symbol },
  line: 2,
  column: 5,
  label: symbol,
});

describe('branches and calls in the text-value model', () => {
  it('gives several branches as variants in source order, the longest as the text, every branch’s includes kept', () => {
    const short = concat<number>([written('Be brief. ', [], true), included(local('TONE'))]);
    const long = concat<number>([written('Answer in detail. ', [], true), included(local('RULES'))]);
    const value = either([short, long])!;
    expect(value.text).toBe('Answer in detail. {RULES}');
    expect(value.variants).toEqual(['Be brief. {TONE}', 'Answer in detail. {RULES}']);
    // `{TONE}` is written in a branch, so composing that branch fills it.
    expect(value.includes.map((include) => [include.label, include.placeholder])).toEqual([
      ['RULES', '{RULES}'],
      ['TONE', '{TONE}'],
    ]);
  });

  it('drops the placeholder of an include no branch writes, and has no variants for one text', () => {
    const withData = { ...included<number>(local('DATA')), text: 'Use the data.' };
    const value = either([written<number>('Use the data.', [], true), withData])!;
    expect(value.variants).toBeUndefined();
    expect(value.includes.map((include) => include.placeholder)).toEqual([undefined]);
    expect(either<number>([])).toBeUndefined();
    const alone = written<number>('Only one.', [], true);
    expect(either([alone])).toBe(alone);
  });

  it('flattens the variants of a branch that itself branches', () => {
    const inner = either([written<number>('A', [], true), written<number>('BB', [], true)])!;
    expect(either([inner, written<number>('CCC', [], true)])?.variants).toEqual(['A', 'BB', 'CCC']);
  });

  it('carries a call’s arguments as the caller’s text on the callee’s include', () => {
    const callee = included<number>(local("section('Task', TASK)"));
    const value = callWithArguments(callee, [
      { argument: { index: 0 }, value: written('Task', [], true) },
      { argument: { keyword: 'body' }, value: included(local('TASK')) },
      { argument: { index: 2 }, value: visible('{ticket}', ['ticket'], [1]) },
    ]);
    expect(value.text).toBe("{section('Task', TASK)}");
    expect(value.includes).toHaveLength(1);
    expect(value.includes[0]!.arguments).toEqual([
      { index: 0, text: 'Task', includes: [] },
      {
        keyword: 'body',
        text: '{TASK}',
        includes: [
          { target: { type: 'local', symbol: 'TASK' }, placeholder: '{TASK}', line: 2, column: 5, label: 'TASK' },
        ],
      },
      { index: 2, text: '{ticket}', includes: [] },
    ]);
    expect(value.variables).toEqual(['ticket']);
    expect(value.params).toEqual([1]);
  });
});
