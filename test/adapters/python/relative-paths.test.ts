import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, scanFixture } from '../../support/scan-fixture.js';

const FILE = 'services/app/main.py';

describe('python prompt paths relative to a folder', () => {
  it('finds a working-directory-relative ../ path from the folders that keep it inside the repository, without an outside-root finding', async () => {
    const result = await scanFixture('adapters/python/relative-paths');
    expect(edgeStrings(result, ['consumes'])).toEqual([
      `consumer:${FILE}#from_this_file -consumes-> services/prompts/review.md`,
      `consumer:${FILE}#from_working_directory -consumes-> services/prompts/system.txt`,
    ]);
  });

  it('reports a path outside the root only when every folder it may be read from leaves the repository', async () => {
    const result = await scanFixture('adapters/python/relative-paths');
    expect(diagnosticCodes(result)).toEqual([`include-outside-root ${FILE}:15`]);
  });
});
