import { describe, expect, it } from 'vitest';
import { scanFixture } from '../../support/scan-fixture.js';

const FIXTURE = 'adapters/python/model-layer';

describe("python: a repository's own model layer, reached through **kwargs and receivers of unknown class", () => {
  it('makes methods passing their parameter through **kwargs (a dict literal, dict() completed by kwargs["k"] = v) wrappers', async () => {
    const result = await scanFixture(FIXTURE);
    const consumers = result.nodes.filter((node) => node.kind === 'consumer').map((node) => node.id);
    expect(consumers).toContain('consumer:app/models.py#Model.send_completion');
    expect(consumers).toContain('consumer:app/models.py#Model.simple_send');
  });

  it('makes a caller passing a message list built of dict(role=…, content=…) to a method of an unknown receiver a possible consumer, with the reason', async () => {
    const result = await scanFixture(FIXTURE);
    const consumes = result.edges
      .filter((edge) => edge.kind === 'consumes')
      .map((edge) => `${edge.from} -> ${edge.to} ${edge.certainty ?? 'certain'} ${edge.via ?? ''}`.trim());
    expect(consumes).toEqual([
      'consumer:app/history.py#summarize_all -> app/prompts.py#summarize possible unknown receiver model.simple_send',
      'consumer:app/repo.py#Repo.commit_message -> app/prompts.py#commit_system possible unknown receiver model.simple_send',
    ]);
  });

  it('binds nothing when no method of that name sends text: a log call stays out', async () => {
    const result = await scanFixture(FIXTURE);
    expect(result.nodes.map((node) => node.id)).not.toContain('app/prompts.py#log_note');
    expect(result.nodes.map((node) => node.id)).not.toContain('consumer:app/history.py#log');
  });
});
