import { describe, expect, it } from 'vitest';
import { edgeStrings, scanFixture } from '../../support/scan-fixture.js';

describe('python Prompty loaders, by where the loader is imported from', () => {
  it('makes the loading function the consumer of the file next to it, whatever the library and however the path is built', async () => {
    const result = await scanFixture('adapters/python/prompty-loaders');
    expect(edgeStrings(result, ['consumes'])).toEqual([
      // promptflow's Prompty.load on a folder computed from __file__ (`.parent.absolute().as_posix() + "/…"`).
      'consumer:agents/editor/editor.py#review -consumes-> agents/editor/review.prompty',
      // azure-ai-inference PromptTemplate.from_prompty(file_path=…) with a bare name: the calling file's folder.
      'consumer:agents/researcher/researcher.py#plan_search -consumes-> agents/researcher/search.prompty',
      // `import prompty as runner`, a path joined onto os.path.dirname(__file__).
      'consumer:agents/writer/writer.py#write -consumes-> agents/writer/draft.prompty',
    ]);
  });

  it('leaves a same-named prompty in another folder unread', async () => {
    const result = await scanFixture('adapters/python/prompty-loaders');
    expect(result.edges.filter((edge) => edge.to === 'archive/search.prompty')).toEqual([]);
  });
});
