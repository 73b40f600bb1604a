import { describe, expect, it } from 'vitest';
import { consumerAlternatives, promptMatches, scoreScenario, sumScores } from '../../scripts/accuracy/score.mjs';

const node = (id: string, kind: string, file: string, symbol?: string) => ({ id, kind, file, symbol });

describe('promptMatches', () => {
  it('matches a file alone against any unit of that file', () => {
    expect(
      promptMatches('prompts/writer.prompty', node('prompts/writer.prompty', 'prompt', 'prompts/writer.prompty')),
    ).toBe(true);
    expect(promptMatches('lib/prompt.ts', node('lib/prompt.ts#toPrompt', 'prompt', 'lib/prompt.ts', 'toPrompt'))).toBe(
      true,
    );
    expect(promptMatches('lib/prompt.ts', node('lib/other.ts#toPrompt', 'prompt', 'lib/other.ts', 'toPrompt'))).toBe(
      false,
    );
  });

  it('matches a symbol exactly or as the scope of a dotted name, never as a bare prefix', () => {
    expect(promptMatches('route.ts#POST', node('route.ts#POST', 'prompt', 'route.ts', 'POST'))).toBe(true);
    expect(promptMatches('route.ts#POST', node('route.ts#POST.system', 'prompt', 'route.ts', 'POST.system'))).toBe(
      true,
    );
    expect(promptMatches('route.ts#POST', node('route.ts#POSTAL', 'prompt', 'route.ts', 'POSTAL'))).toBe(false);
    expect(promptMatches('route.ts#POST.system', node('route.ts#POST', 'prompt', 'route.ts', 'POST'))).toBe(false);
  });

  it('reads the symbol from the id when the node has none', () => {
    expect(promptMatches('a.py#SYSTEM', { id: 'a.py#SYSTEM', kind: 'prompt', file: 'a.py' })).toBe(true);
  });
});

describe('consumerAlternatives', () => {
  it('splits on | and trims', () => {
    expect(consumerAlternatives('a/base.py | a/sub.py')).toEqual(['a/base.py', 'a/sub.py']);
    expect(consumerAlternatives('a/base.py')).toEqual(['a/base.py']);
  });
});

describe('scoreScenario', () => {
  const expect_ = {
    changed: ['p.ts#SYSTEM'],
    affected: ['p.ts#FULL', 'q.ts'],
    consumers: ['chat.ts', 'base.py | sub.py'],
    mustNotReach: ['sibling.ts', 'legacy.py'],
  };
  const result = {
    changed: [node('p.ts#SYSTEM', 'fragment', 'p.ts', 'SYSTEM')],
    affected: [
      node('p.ts#FULL', 'prompt', 'p.ts', 'FULL'),
      node('consumer:sub.py#Coder.send', 'consumer', 'sub.py', 'Coder.send'),
      node('sibling.ts#OTHER', 'prompt', 'sibling.ts', 'OTHER'),
    ],
  };

  it('counts found prompts and consumers, names the misses and the must-not-reach files reached', () => {
    const score = scoreScenario(expect_, { status: 'ok', result, runtimeMs: 1200 });
    expect(score.prompts).toEqual({ expected: 3, found: 2, missed: ['q.ts'] });
    expect(score.consumers).toEqual({ expected: 2, found: 1, missed: ['chat.ts'] });
    expect(score.mustNotReach).toEqual({ checked: 2, reached: [{ file: 'sibling.ts', ids: ['sibling.ts#OTHER'] }] });
    expect(score.reportedConsumers).toEqual(['sub.py']);
    expect(score.reportedPrompts).toEqual(['p.ts#FULL', 'p.ts#SYSTEM', 'sibling.ts#OTHER']);
  });

  it('does not count a consumer node as a prompt, nor a prompt node as a consumer', () => {
    const score = scoreScenario(
      { changed: ['chat.ts'], affected: [], consumers: ['p.ts'], mustNotReach: [] },
      {
        status: 'ok',
        result: {
          changed: [node('consumer:chat.ts#POST', 'consumer', 'chat.ts', 'POST')],
          affected: [node('p.ts#X', 'prompt', 'p.ts', 'X')],
        },
        runtimeMs: 1,
      },
    );
    expect(score.prompts.found).toBe(0);
    expect(score.consumers.found).toBe(0);
  });

  it('scores a timeout as zero recall and no false positive', () => {
    const score = scoreScenario(expect_, { status: 'timeout', runtimeMs: 300_000 });
    expect(score.prompts).toEqual({ expected: 3, found: 0, missed: ['p.ts#SYSTEM', 'p.ts#FULL', 'q.ts'] });
    expect(score.consumers.found).toBe(0);
    expect(score.mustNotReach.reached).toEqual([]);
  });

  it('sums scenarios, counting timeouts and errors apart', () => {
    const ok = scoreScenario(expect_, { status: 'ok', result, runtimeMs: 1000 });
    const timeout = scoreScenario(expect_, { status: 'timeout', runtimeMs: 2000 });
    const error = scoreScenario(expect_, { status: 'error', message: 'exit 2', runtimeMs: 10 });
    expect(sumScores([ok, timeout, error])).toEqual({
      scenarios: 3,
      prompts: { expected: 9, found: 2 },
      consumers: { expected: 6, found: 1 },
      falsePositives: 1,
      timeouts: 1,
      errors: 1,
      runtimeMs: 3010,
    });
  });
});
