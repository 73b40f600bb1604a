import { describe, expect, it } from 'vitest';
import type { ImpactResult } from '../../src/model/schema/impact-result.js';
import type { ReachesResult, WhyResult } from '../../src/model/schema/graph-query.js';
import { publishedSchemaParser } from '../support/published-schema.js';
import { runCli } from '../support/run-cli.js';
import { fixturePath } from '../support/scan-fixture.js';

const demo = fixturePath('demo-monorepo');
const validReaches = publishedSchemaParser<ReachesResult>('reaches-result.schema.json');
const validWhy = publishedSchemaParser<WhyResult>('why-result.schema.json');
const validImpact = publishedSchemaParser<ImpactResult>('impact-result.schema.json');

describe('reaches, why and impact --files path#symbol on the demo monorepo', () => {
  it('reaches: everything downstream of one symbol of a file, not of its neighbours', async () => {
    const run = await runCli(demo, 'reaches', 'packages/prompt-kit/src/output-format.ts#JSON_ONLY', '--format', 'json');
    expect(run.code).toBe(0);
    const result = validReaches(run.stdout);
    expect(result.selected.map((node) => node.id)).toEqual(['packages/prompt-kit/src/output-format.ts#JSON_ONLY']);
    expect(result.reached.map((node) => node.id)).toEqual([
      'services/ticket-triage/src/prompts/classifier.ts#CLASSIFIER_SYSTEM',
      'consumer:services/ticket-triage/src/classify-ticket.ts#classifyTicket',
    ]);
    expect(result.teams.map((team) => team.team)).toEqual(['@acme/ticket-intelligence']);
  });

  it('why: the path from a chosen fragment to a consumer, with the line of each step', async () => {
    const run = await runCli(
      demo,
      'why',
      'consumer:apps/help-center/app/api/answer/route.ts#POST',
      '--from',
      'packages/prompt-kit/src/persona.ts#PERSONA',
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    const result = validWhy(run.stdout);
    expect(result.paths).toEqual([
      {
        nodes: [
          'packages/prompt-kit/src/persona.ts#PERSONA',
          'apps/help-center/lib/prompts.ts#ANSWER_BOX_SYSTEM',
          'consumer:apps/help-center/app/api/answer/route.ts#POST',
        ],
        hops: [
          {
            from: 'packages/prompt-kit/src/persona.ts#PERSONA',
            to: 'apps/help-center/lib/prompts.ts#ANSWER_BOX_SYSTEM',
            kind: 'includes',
            file: 'apps/help-center/lib/prompts.ts',
            line: 7,
          },
          {
            from: 'apps/help-center/lib/prompts.ts#ANSWER_BOX_SYSTEM',
            to: 'consumer:apps/help-center/app/api/answer/route.ts#POST',
            kind: 'consumes',
            file: 'apps/help-center/app/api/answer/route.ts',
            line: 16,
          },
        ],
      },
    ]);
  });

  it('why --files path#symbol starts from the changed symbol only', async () => {
    const run = await runCli(
      demo,
      'why',
      'consumer:services/ticket-triage/src/classify-ticket.ts#classifyTicket',
      '--files',
      'packages/prompt-kit/src/output-format.ts#CITE_SOURCES',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No path from the changed nodes reaches it.');
  });

  it('impact --files path#symbol changes that symbol, not the rest of its file', async () => {
    const run = await runCli(
      demo,
      'impact',
      '--files',
      'packages/prompt-kit/src/output-format.ts#JSON_ONLY',
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    const result = validImpact(run.stdout);
    expect(result.changed.map((node) => node.id)).toEqual(['packages/prompt-kit/src/output-format.ts#JSON_ONLY']);
    expect(result.teams.map((team) => team.team)).toEqual(['@acme/platform-ai', '@acme/ticket-intelligence']);
  });

  it('a selector or symbol naming no node is a usage error saying what to write', async () => {
    const reaches = await runCli(demo, 'reaches', 'packages/prompt-kit/src/persona.ts#PERSONNA');
    expect(reaches.code).toBe(2);
    expect(reaches.stderr).toBe(
      'promptgraph: reaches: no node of symbol PERSONNA in packages/prompt-kit/src/persona.ts\n',
    );
    const impact = await runCli(demo, 'impact', '--files', 'packages/prompt-kit/src/persona.ts#PERSONNA');
    expect(impact.code).toBe(2);
    expect(impact.stderr).toContain(
      'no prompt, fragment or consumer of that symbol in packages/prompt-kit/src/persona.ts',
    );
  });

  it('--help of both commands gives examples', async () => {
    for (const command of ['why', 'reaches']) {
      const run = await runCli(demo, command, '--help');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`Examples:\\n  promptgraph ${command} `));
    }
  });
});
