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
  it('gives one branch’s text for several, keeping the other branches’ includes as dependencies', () => {
    const long = concat<number>([written('Answer in detail. ', [], true), included(local('RULES'))]);
    const short = concat<number>([written('Be brief. ', [], true), included(local('TONE'))]);
    const value = either([short, long])!;
    expect(value.text).toBe('Answer in detail. {RULES}');
    expect(value.includes.map((include) => [include.label, include.placeholder])).toEqual([
      ['RULES', '{RULES}'],
      ['TONE', undefined],
    ]);
    expect(either<number>([])).toBeUndefined();
    expect(either([short])).toBe(short);
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
