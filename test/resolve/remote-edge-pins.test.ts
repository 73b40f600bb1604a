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

describe("edges to remote prompts carry their own reference's label and version", () => {
  it('keeps staging, production and no label on three edges to one Langfuse prompt', async () => {
    const edges = (await scanFixture('audit-real', 'registry-label-merge')).edges
      .filter((edge) => edge.to === 'remote:langfuse/persona')
      .map((edge) => `${edge.from} ${edge.label ?? '-'} ${edge.version ?? '-'}`);
    expect(edges).toEqual(['prompts/draft.md staging -', 'prompts/support.md production -', 'prompts/triage.md - -']);
  });

  it('keeps the pinned version on the edge of a reference that pins one', async () => {
    const pinned = (await scanFixture('adapters/python/consumers')).edges.find(
      (edge) => edge.from === 'consumer:consumers.py#langfuse_pinned' && edge.to === 'remote:langfuse/support-reply',
    );
    expect([pinned?.moving, pinned?.version, pinned?.label]).toEqual([false, '3', undefined]);
  });
});
