import { describe, expect, it } from 'vitest';
import { mergeScans } from '../../src/build/merge/merge-scans.js';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { composeText } from '../../src/query/compose/compose-text.js';
import { ScanResultSchema } from '../../src/model/schema/scan-result.js';
import { scanOf, textNode } from '../impact/hand-built.js';
import { mergedOrg, scanOrg } from './org-fixture.js';

describe('mergeScans', () => {
  it('namespaces node ids by repository, keeps files repository-relative and shares team nodes', async () => {
    const org = await mergedOrg();
    expect(ScanResultSchema.parse(org)).toEqual(org);
    expect(org.root).toBe('acme');
    expect(org.repositories?.map((repository) => repository.name)).toEqual(['prompt-kit', 'support-bot', 'triage']);
    const reply = org.nodes.find((node) => node.id === 'support-bot::consumer:src/reply.ts#reply');
    expect(reply).toMatchObject({ repository: 'support-bot', file: 'src/reply.ts', kind: 'consumer' });
    expect(org.nodes.filter((node) => node.kind === 'team').map((node) => node.id)).toEqual([
      'team:@acme/platform',
      'team:@acme/support',
      'team:@acme/triage',
    ]);
  });

  it('links imports to the repository publishing the package, npm by name and PyPI by module', async () => {
    const org = await mergedOrg();
    expect(
      org.edges
        .filter((edge) => edge.package)
        .map((edge) => `${edge.from} -${edge.kind}-> ${edge.to} via ${edge.package}`),
    ).toEqual([
      'support-bot::src/reply.ts#SUPPORT_SYSTEM -includes-> prompt-kit::src/persona.ts#PERSONA via @acme/prompt-kit@2.1.0',
      'support-bot::src/reply.ts#SUPPORT_SYSTEM -includes-> prompt-kit::src/safety.ts#SAFETY via @acme/prompt-kit@2.1.0',
      'triage::triage/classify.py#CLASSIFIER -includes-> prompt-kit::python/src/acme_prompts/persona.py#PERSONA via acme-prompts@1.4.0',
    ]);
  });

  it('settles kinds again: text nothing included at home is a fragment another repository includes', async () => {
    const org = await mergedOrg();
    expect(org.nodes.find((node) => node.id === 'prompt-kit::src/safety.ts#SAFETY')).toMatchObject({
      kind: 'fragment',
      roles: ['fragment'],
    });
  });

  it('composes across repositories: the importer’s text holds the publisher’s fragment', async () => {
    const graph = new PromptGraph(await mergedOrg());
    expect(composeText(graph, 'support-bot::src/reply.ts#SUPPORT_SYSTEM')).toContain(
      'You are Ada, the assistant of Acme.\nBe warm, precise and brief.',
    );
    expect([...graph.downstream(['prompt-kit::src/persona.ts#PERSONA']).keys()]).toEqual([
      'support-bot::src/reply.ts#SUPPORT_SYSTEM',
      'support-bot::consumer:src/reply.ts#reply',
    ]);
  });

  it('warns where a declared range excludes the publisher’s version, in the importing repository', async () => {
    const org = await mergedOrg();
    expect(org.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'version-outside-range',
        file: 'triage/classify.py',
        line: 6,
        repository: 'triage',
        message:
          "triage/classify.py#CLASSIFIER (triage) declares acme-prompts >=1.0,<1.4, which excludes prompt-kit's current 1.4.0: the graph links the current PERSONA, but triage runs an older one until it upgrades",
      },
    ]);
  });

  it('reports an import of a name the package does not export as prompt text', async () => {
    const [kit, bot] = await scanOrg();
    const renamed = { ...bot!, imports: bot!.imports!.map((imported) => ({ ...imported, name: 'PERSONNA' })) };
    const org = mergeScans([{ scan: kit! }, { scan: renamed }]);
    expect(
      org.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.repository}:${diagnostic.line}`),
    ).toEqual(['dangling-reference support-bot:4', 'dangling-reference support-bot:6']);
    expect(org.edges.some((edge) => edge.package)).toBe(false);
  });

  it('refuses two repositories of one name, and names them by their scan root otherwise', () => {
    const one = scanOf([textNode('a.md', 'A')]);
    expect(() => mergeScans([{ scan: one }, { scan: one }])).toThrow("two repositories are named 'repo'");
    expect(mergeScans([{ scan: one }, { name: 'other', scan: one }]).nodes.map((node) => node.id)).toEqual([
      'other::a.md',
      'repo::a.md',
    ]);
  });
});
