import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import type { ScanResult } from '../../src/model/schema/scan-result.js';
import { REPO_ROOT, diagnosticCodes, edgeStrings, fixturePath, nodeById } from '../support/scan-fixture.js';
import { withoutProgressLines } from '../support/progress-lines.js';

// The demo monorepo (fixtures/demo-monorepo) scanned by the built CLI, as `npm run demo` and CI see it.
const PERSONA = 'packages/prompt-kit/src/persona.ts#PERSONA';
const SUPPORT_SYSTEM = 'services/support-chat/src/prompts/system-prompt.ts#SUPPORT_SYSTEM_PROMPT';
const CLASSIFIER_SYSTEM = 'services/ticket-triage/src/prompts/classifier.ts#CLASSIFIER_SYSTEM';
const ANSWER_BOX_SYSTEM = 'apps/help-center/lib/prompts.ts#ANSWER_BOX_SYSTEM';
const TICKET_CONTEXT = 'prompts/tickets/ticket_context.j2';
const ENV_PROMPT = 'services/ticket-triage/.env.example#ESCALATION_SYSTEM_PROMPT';

interface DemoScan {
  result: ScanResult;
  graph: PromptGraph;
}

// One scan, read by every test (none writes). Each test awaits it in its own body, not in a hook:
// the first one pays for the run and the others share its promise.
let scanning: Promise<DemoScan> | undefined;
const demoScan = (): Promise<DemoScan> =>
  (scanning ??= (async () => {
    const run = spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, 'bin/promptgraph.js'), 'scan', fixturePath('demo-monorepo'), '--format', 'json'],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    // The demo keeps a malformed prompt on purpose: an error-severity diagnostic, so scan exits 1 with the whole graph.
    expect(withoutProgressLines(run.stderr)).toBe(
      "promptgraph scan: 1 error-severity diagnostic (exit 1); see the result's diagnostics\n",
    );
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as ScanResult;
    return { result, graph: new PromptGraph(result) };
  })());

const consumesEdge = (consumer: string, prompt: string) => `consumer:${consumer} -consumes-> ${prompt}`;

describe('scan of the demo monorepo (built CLI)', () => {
  it('prints JSON that matches contracts/scan-result.schema.json', async () => {
    const { result } = await demoScan();
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(
      JSON.parse(readFileSync(path.join(REPO_ROOT, 'contracts/scan-result.schema.json'), 'utf8')),
    );
    validate(result);
    expect(validate.errors ?? []).toEqual([]);
    expect(result.root).toBe('demo-monorepo');
  });

  it("reads the platform team's persona as a TypeScript fragment owned by @acme/platform-ai through CODEOWNERS and its contract", async () => {
    const { result } = await demoScan();
    expect(nodeById(result, PERSONA)).toMatchObject({
      kind: 'fragment',
      file: 'packages/prompt-kit/src/persona.ts',
      symbol: 'PERSONA',
      format: 'typescript',
      range: { start: 6, end: 9 },
      owners: ['@acme/platform-ai'],
    });
    expect(nodeById(result, PERSONA).ownership?.map((source) => `${source.via} ${source.file}:${source.line}`)).toEqual(
      ['codeowners .github/CODEOWNERS:5', 'contract contracts/persona.yaml:1'],
    );
  });

  it('follows the persona through the @acme/prompt-kit workspace package and its barrel into three packages', async () => {
    const { result } = await demoScan();
    expect(edgeStrings(result, ['includes']).filter((edge) => edge.endsWith(`-> ${PERSONA}`))).toEqual([
      `${ANSWER_BOX_SYSTEM} -includes-> ${PERSONA}`,
      `${SUPPORT_SYSTEM} -includes-> ${PERSONA}`,
      `${CLASSIFIER_SYSTEM} -includes-> ${PERSONA}`,
    ]);
  });

  it('reaches consumers of three product teams from the persona', async () => {
    const { result, graph } = await demoScan();
    const downstream = [...graph.downstream([PERSONA]).keys()];
    expect(downstream.filter((id) => nodeById(result, id).kind === 'consumer').sort()).toEqual([
      'consumer:apps/help-center/app/api/answer/route.ts#POST',
      'consumer:services/support-chat/src/chat/generate-reply.ts#generateReply',
      'consumer:services/ticket-triage/src/classify-ticket.ts#classifyTicket',
    ]);
    expect([...new Set(downstream.flatMap((id) => nodeById(result, id).owners))].sort()).toEqual([
      '@acme/help-center',
      '@acme/support-experience',
      '@acme/ticket-intelligence',
    ]);
  });

  it('composes the shared prompt kit by join, template interpolation, + and section()', async () => {
    const { result } = await demoScan();
    const includes = edgeStrings(result, ['includes']);
    expect(includes).toEqual(
      expect.arrayContaining([
        `${SUPPORT_SYSTEM} -includes-> packages/prompt-kit/src/safety.ts#SAFETY_PREAMBLE`,
        `${SUPPORT_SYSTEM} -includes-> packages/prompt-kit/src/output-format.ts#CITE_SOURCES`,
        `${CLASSIFIER_SYSTEM} -includes-> packages/prompt-kit/src/output-format.ts#JSON_ONLY`,
        `${ANSWER_BOX_SYSTEM} -includes-> packages/prompt-kit/src/output-format.ts#CITE_SOURCES`,
      ]),
    );
    expect(
      includes
        .filter((edge) => edge.endsWith('-> packages/prompt-kit/src/section.ts#section'))
        .map((edge) => edge.split(' ')[0]),
    ).toEqual([
      ANSWER_BOX_SYSTEM,
      'services/support-chat/src/prompts/handoff-summary.ts#HANDOFF_SUMMARY_PROMPT',
      SUPPORT_SYSTEM,
      CLASSIFIER_SYSTEM,
    ]);
  });

  it("includes the constants a prompt passes to section(), so editing a team's own rules reaches its consumer", async () => {
    const { result } = await demoScan();
    expect(edgeStrings(result, ['includes'])).toEqual(
      expect.arrayContaining([
        `${ANSWER_BOX_SYSTEM} -includes-> apps/help-center/lib/prompts.ts#PUBLIC_PAGE_RULES`,
        `${SUPPORT_SYSTEM} -includes-> services/support-chat/src/prompts/system-prompt.ts#ANSWER_RULES`,
        `${CLASSIFIER_SYSTEM} -includes-> services/ticket-triage/src/prompts/classifier.ts#CLASSIFY_TASK`,
      ]),
    );
  });

  it('finds the OpenAI chat.completions.create consumer of the chatbot system prompt', async () => {
    const { result } = await demoScan();
    expect(edgeStrings(result, ['consumes'])).toContain(
      consumesEdge('services/support-chat/src/chat/generate-reply.ts#generateReply', SUPPORT_SYSTEM),
    );
  });

  it('finds the Anthropic messages.create({ system }) consumer of the classifier prompt', async () => {
    const { result } = await demoScan();
    expect(edgeStrings(result, ['consumes'])).toContain(
      consumesEdge('services/ticket-triage/src/classify-ticket.ts#classifyTicket', CLASSIFIER_SYSTEM),
    );
  });

  it('finds the Vercel AI SDK streamText and generateText consumers of their system prompts', async () => {
    const { result } = await demoScan();
    expect(edgeStrings(result, ['consumes'])).toEqual(
      expect.arrayContaining([
        consumesEdge('apps/help-center/app/api/answer/route.ts#POST', ANSWER_BOX_SYSTEM),
        consumesEdge(
          'apps/help-center/lib/article-title.ts#suggestTitle',
          'apps/help-center/lib/prompts.ts#TITLE_SYSTEM',
        ),
      ]),
    );
  });

  it('makes askModel() a wrapper consumer, so its caller in another package consumes the prompt it passes', async () => {
    const { result } = await demoScan();
    expect(nodeById(result, 'consumer:packages/llm-client/src/ask-model.ts#askModel')).toMatchObject({
      kind: 'consumer',
      owners: ['@acme/platform-ai'],
    });
    expect(edgeStrings(result, ['consumes'])).toContain(
      consumesEdge(
        'services/support-chat/src/chat/summarize-handoff.ts#summarizeForHandoff',
        'services/support-chat/src/prompts/handoff-summary.ts#HANDOFF_SUMMARY_PROMPT',
      ),
    );
  });

  it("finds Genkit ai.prompt('name') consuming the Dotprompt files by name", async () => {
    const { result } = await demoScan();
    expect(edgeStrings(result, ['consumes'])).toEqual(
      expect.arrayContaining([
        consumesEdge('services/kb-writer/src/flows.ts#planArticle', 'services/kb-writer/prompts/plan_article.prompt'),
        consumesEdge(
          'services/kb-writer/src/flows.ts#verifyArticle',
          'services/kb-writer/prompts/verify_article.prompt',
        ),
      ]),
    );
  });

  it('finds the Python OpenAI and Anthropic consumers of the Jinja templates their FileSystemLoader reads', async () => {
    const { result } = await demoScan();
    expect(edgeStrings(result, ['consumes'])).toEqual(
      expect.arrayContaining([
        consumesEdge('services/insights/insights/reports.py#weekly_digest', 'prompts/insights/weekly_digest.j2'),
        consumesEdge('services/insights/insights/reports.py#churn_signals', 'prompts/insights/churn_signals.j2'),
      ]),
    );
  });

  it('finds exactly the consumers the code has: model calls, the wrapper and its caller, loaders and env reads', async () => {
    const { result } = await demoScan();
    expect(result.nodes.filter((node) => node.kind === 'consumer').map((node) => node.id)).toEqual([
      'consumer:apps/help-center/app/api/answer/route.ts#POST',
      'consumer:apps/help-center/lib/article-title.ts#suggestTitle',
      'consumer:packages/llm-client/src/ask-model.ts#askModel',
      'consumer:services/insights/insights/reports.py#churn_signals',
      'consumer:services/insights/insights/reports.py#weekly_digest',
      'consumer:services/kb-writer/src/flows.ts#planArticle',
      'consumer:services/kb-writer/src/flows.ts#verifyArticle',
      'consumer:services/support-chat/src/chat/generate-reply.ts#generateReply',
      'consumer:services/support-chat/src/chat/summarize-handoff.ts#summarizeForHandoff',
      'consumer:services/ticket-triage/src/classify-ticket.ts#classifyTicket',
      'consumer:services/ticket-triage/src/escalation-note.ts#draftEscalationNote',
      'consumer:services/ticket-triage/src/render-ticket.ts#template',
    ]);
  });

  it('links the Dotprompt partial to the two prompts (and the broken third) that include it', async () => {
    const { result } = await demoScan();
    expect(nodeById(result, 'services/kb-writer/prompts/_house_style.prompt')).toMatchObject({
      kind: 'fragment',
      format: 'dotprompt',
      owners: ['@acme/help-center'],
    });
    expect(
      edgeStrings(result, ['includes']).filter((edge) =>
        edge.endsWith('-> services/kb-writer/prompts/_house_style.prompt'),
      ),
    ).toEqual([
      'services/kb-writer/prompts/plan_article.prompt -includes-> services/kb-writer/prompts/_house_style.prompt',
      'services/kb-writer/prompts/translate_article.prompt -includes-> services/kb-writer/prompts/_house_style.prompt',
      'services/kb-writer/prompts/verify_article.prompt -includes-> services/kb-writer/prompts/_house_style.prompt',
    ]);
  });

  it("links the Python team's Jinja templates to the triage team's included fragment, which the TypeScript triage service also loads", async () => {
    const { result } = await demoScan();
    expect(edgeStrings(result, ['includes']).filter((edge) => edge.endsWith(`-> ${TICKET_CONTEXT}`))).toEqual([
      `prompts/insights/churn_signals.j2 -includes-> ${TICKET_CONTEXT}`,
      `prompts/insights/weekly_digest.j2 -includes-> ${TICKET_CONTEXT}`,
    ]);
    expect(nodeById(result, TICKET_CONTEXT)).toMatchObject({
      format: 'jinja',
      owners: ['@acme/ticket-intelligence'],
      roles: ['fragment', 'prompt'],
    });
    expect(edgeStrings(result, ['consumes'])).toContain(
      consumesEdge('services/ticket-triage/src/render-ticket.ts#template', TICKET_CONTEXT),
    );
  });

  it('reaches the Python consumers of another team from the Jinja fragment', async () => {
    const { result, graph } = await demoScan();
    const reached = graph.downstream([TICKET_CONTEXT]);
    expect(reached.get('consumer:services/insights/insights/reports.py#weekly_digest')).toEqual({
      distance: 2,
      path: [
        TICKET_CONTEXT,
        'prompts/insights/weekly_digest.j2',
        'consumer:services/insights/insights/reports.py#weekly_digest',
      ],
    });
    expect(nodeById(result, 'consumer:services/insights/insights/reports.py#weekly_digest').owners).toEqual([
      '@acme/data-insights',
    ]);
  });

  it('flags the escalation prompt kept in .env.example and links the code reading process.env to it', async () => {
    const { result } = await demoScan();
    expect(nodeById(result, ENV_PROMPT)).toMatchObject({
      kind: 'prompt',
      format: 'env',
      flags: ['env'],
      range: { start: 9, end: 9 },
      owners: ['@acme/ticket-intelligence'],
    });
    expect(edgeStrings(result, ['consumes'])).toContain(
      consumesEdge('services/ticket-triage/src/escalation-note.ts#draftEscalationNote', ENV_PROMPT),
    );
    expect(result.nodes.filter((node) => node.flags?.includes('env')).map((node) => node.id)).toEqual([ENV_PROMPT]);
  });

  it('governs the persona, the classifier and the verifier by their contracts, the verifier fed by the planner', async () => {
    const { result } = await demoScan();
    expect(edgeStrings(result, ['governs', 'feeds'])).toEqual([
      `contract:contracts/kb-article-verifier.yaml -governs-> services/kb-writer/prompts/verify_article.prompt`,
      `contract:contracts/persona.yaml -governs-> ${PERSONA}`,
      `contract:contracts/ticket-classifier.yaml -governs-> ${CLASSIFIER_SYSTEM}`,
      'services/kb-writer/prompts/plan_article.prompt -feeds-> services/kb-writer/prompts/verify_article.prompt',
    ]);
  });

  it('makes an eval node of every contract eval and of the promptfoo config, linked to what they evaluate', async () => {
    const { result } = await demoScan();
    expect(edgeStrings(result, ['evaluates'])).toEqual([
      'eval:contracts/kb-article-verifier.yaml#kb-draft-flow -evaluates-> services/kb-writer/prompts/verify_article.prompt',
      `eval:contracts/persona.yaml#persona-voice -evaluates-> ${PERSONA}`,
      `eval:contracts/persona.yaml#support-chat-conversations -evaluates-> ${PERSONA}`,
      `eval:contracts/ticket-classifier.yaml#triage-golden-set -evaluates-> ${CLASSIFIER_SYSTEM}`,
      'eval:services/insights/evals/promptfooconfig.yaml -evaluates-> prompts/insights/churn_signals.j2',
      'eval:services/insights/evals/promptfooconfig.yaml -evaluates-> prompts/insights/weekly_digest.j2',
    ]);
    expect(nodeById(result, 'eval:contracts/persona.yaml#support-chat-conversations').meta).toMatchObject({
      scope: 'composed',
      command: 'npm run eval:conversations -w @acme/support-chat',
    });
  });

  it('makes one team node per CODEOWNERS team', async () => {
    const { result } = await demoScan();
    expect(result.nodes.filter((node) => node.kind === 'team').map((node) => node.id)).toEqual([
      'team:@acme/data-insights',
      'team:@acme/help-center',
      'team:@acme/platform-ai',
      'team:@acme/support-experience',
      'team:@acme/ticket-intelligence',
    ]);
  });

  it('reports exactly the two broken prompt files, with file and line, and scans the rest', async () => {
    const { result } = await demoScan();
    expect(diagnosticCodes(result)).toEqual([
      'dangling-reference services/kb-writer/prompts/release_notes.prompt:7',
      'malformed-front-matter services/kb-writer/prompts/translate_article.prompt:6',
    ]);
    expect(nodeById(result, 'services/kb-writer/prompts/release_notes.prompt').kind).toBe('prompt');
  });
});
