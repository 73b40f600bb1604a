import { describe, expect, it } from 'vitest';
import { prepareMapData } from '../../src/query/map/prepare-map-data.js';
import { initialState } from '../../viz/src/state.js';
import { readHash, writeHash } from '../../viz/src/url-hash.js';
import { scanFixture } from '../support/scan-fixture.js';

describe('the URL hash', () => {
  it('names the selection and filters by id and handle, and reads back the same state', async () => {
    const data = prepareMapData(await scanFixture('render-map'), {
      overlay: { changed: ['shared/prompts/_persona.prompt'], affected: [] },
    });
    const persona = data.nodes.findIndex((node) => node.id === 'shared/prompts/_persona.prompt');
    const state = {
      ...initialState(true, false),
      selected: persona,
      view: 'force' as const,
      direction: 'down' as const,
      hiddenKinds: new Set(['eval' as const]),
      hiddenTeams: new Set([data.teams.indexOf('@acme/sales'), -1]),
      onlyImpacted: true,
    };
    const hash = writeHash(state, data);
    expect(hash).toBe(
      'node=shared%2Fprompts%2F_persona.prompt&view=force&dir=down&hideKinds=eval&hideTeams=-%2C%40acme%2Fsales&only=1',
    );
    expect(readHash(`#${hash}`, data, initialState(true, false))).toEqual(state);
  });

  it('is empty for the opening view, and ignores names the map does not have', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    expect(writeHash(initialState(false, false), data)).toBe('');
    const state = readHash(
      '#node=gone.prompt&view=sideways&hideKinds=team,eval&hideTeams=@nobody',
      data,
      initialState(false, false),
    );
    expect(state.selected).toBe(-1);
    expect(state.view).toBe('layered');
    expect([...state.hiddenKinds]).toEqual(['eval']);
    expect([...state.hiddenTeams]).toEqual([]);
  });
});
