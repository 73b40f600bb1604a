import { describe, expect, it } from 'vitest';
import { scanFixture } from '../support/scan-fixture.js';

const remoteEdges = async (fixture: string, remote: string) =>
  (await scanFixture(fixture)).edges
    .filter((edge) => edge.to === remote)
    .map((edge) => `${edge.from} moving=${edge.moving}`);

describe("edges to remote prompts carry their own reference's pin", () => {
  it('marks a Langfuse get_prompt by label moving and one by version pinned, though both reach the same remote node', async () => {
    expect(await remoteEdges('adapters/python/consumers', 'remote:langfuse/support-reply')).toEqual([
      'consumer:consumers.py#langfuse_pinned moving=false',
      'consumer:consumers.py#langfuse_prompt moving=true',
    ]);
  });

  it('marks registry includes in prompt text: a PromptLayer version_number pins, a label moves', async () => {
    expect(await remoteEdges('adapters/registry-references', 'remote:promptlayer/legal-footer')).toEqual([
      'prompts/support.md moving=false',
    ]);
    expect(await remoteEdges('adapters/registry-references', 'remote:promptlayer/brand-voice')).toEqual([
      'prompts/support.md moving=true',
    ]);
  });

  it('leaves edges to local prompts unmarked', async () => {
    expect(await remoteEdges('adapters/registry-references', 'prompts/tone.md')).toEqual([
      'prompts/support.md moving=undefined',
    ]);
  });
});
