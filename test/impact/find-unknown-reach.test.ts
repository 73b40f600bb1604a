import { describe, expect, it } from 'vitest';
import { findUnknownReach, type ReachGapFinder } from '../../src/query/impact/find-unknown-reach.js';
import { impactGraphs } from '../../src/query/impact/impact-graphs.js';
import { consumerNode, edges, scanOf, textNode } from './hand-built.js';

/** A persona fragment two prompts include: `reply` reaches a consumer, `digest` (a YAML-configured job) does not. */
const graphs = impactGraphs({
  head: scanOf(
    [
      textNode('_persona.prompt', 'Ada', { kind: 'fragment' }),
      textNode('reply.prompt', '[[_persona.prompt]]'),
      textNode('digest.prompt', 'Summarise the week.'),
      consumerNode('consumer:app.ts#reply'),
    ],
    edges('reply.prompt -includes-> _persona.prompt', 'consumer:app.ts#reply -consumes-> reply.prompt'),
  ),
});
const changed = (...ids: string[]) => ids.map((id) => ({ id, kind: id.startsWith('_') ? 'fragment' : 'prompt' }));

describe('findUnknownReach', () => {
  it('finds no gap for a prompt a consumer sends, nor for a fragment that reaches one through what includes it', () => {
    expect(findUnknownReach(graphs, changed('reply.prompt', '_persona.prompt'))).toEqual([]);
  });

  it('says a changed prompt no code sends to a model has unknown consumers, and why', () => {
    expect(findUnknownReach(graphs, changed('digest.prompt'))).toEqual([
      {
        id: 'digest.prompt',
        reason: 'no-consumer',
        message:
          'no consumer found for prompt digest.prompt: nothing traced sends it to a model, so who it reaches is unknown',
      },
    ]);
  });

  it('leaves consumers and contracts alone: only prompt text has consumers to miss', () => {
    expect(findUnknownReach(graphs, [{ id: 'consumer:app.ts#reply', kind: 'consumer' }])).toEqual([]);
  });

  it('takes further finders, the first one with a reason deciding', () => {
    const lostFlow: ReachGapFinder = (_graphs, node) =>
      node.id === 'reply.prompt'
        ? { id: node.id, reason: 'no-consumer', message: 'a later finder can name a lost flow here' }
        : undefined;
    expect(findUnknownReach(graphs, changed('reply.prompt'), [lostFlow]).map((gap) => gap.message)).toEqual([
      'a later finder can name a lost flow here',
    ]);
  });
});
