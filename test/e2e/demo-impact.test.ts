import { afterAll, describe, expect, it } from 'vitest';
import type { ImpactResult } from '../../src/model/schema/impact-result.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { fixtureFiles } from '../support/fixture-files.js';
import { impactJson } from './impact-harness.js';
// The very change `npm run demo` makes, so the demo's story is what these tests check.
import {
  ADDED_SENTENCE,
  applyPersonaChange,
  CHANGE_BRANCH,
  CHANGE_MESSAGE,
  PERSONA_FILE,
} from '../../scripts/demo/persona-change.mjs';

const PERSONA = 'packages/prompt-kit/src/persona.ts#PERSONA';
const SUPPORT_SYSTEM = 'services/support-chat/src/prompts/system-prompt.ts#SUPPORT_SYSTEM_PROMPT';
const CLASSIFIER_SYSTEM = 'services/ticket-triage/src/prompts/classifier.ts#CLASSIFIER_SYSTEM';
const ANSWER_BOX_SYSTEM = 'apps/help-center/lib/prompts.ts#ANSWER_BOX_SYSTEM';
const GENERATE_REPLY = 'consumer:services/support-chat/src/chat/generate-reply.ts#generateReply';
const CLASSIFY_TICKET = 'consumer:services/ticket-triage/src/classify-ticket.ts#classifyTicket';
const ANSWER_ROUTE = 'consumer:apps/help-center/app/api/answer/route.ts#POST';

let repo: GitRepo | undefined;
afterAll(() => repo?.dispose());

// One repository and one impact run, read by every test (none writes). Each test awaits it in its
// own body, not in a hook: the first one pays for it and the others share its promise.
let computing: Promise<ImpactResult> | undefined;
const demoImpact = (): Promise<ImpactResult> =>
  (computing ??= (async () => {
    const files = fixtureFiles('demo-monorepo');
    repo = createGitRepo(files, 'acme-helpdesk');
    repo.commit('Acme Helpdesk monorepo');
    repo.git('checkout', '-q', '-b', CHANGE_BRANCH);
    repo.write({ [PERSONA_FILE]: applyPersonaChange(files[PERSONA_FILE]!) });
    repo.commit(CHANGE_MESSAGE);
    return impactJson(repo.dir, '--base', 'main');
  })());

describe("impact of the demo's one-sentence persona change", () => {
  it('changes the persona alone, classified as wording, with the sentence in the composed diff', async () => {
    const result = await demoImpact();
    expect(result.changedFiles).toEqual([PERSONA_FILE]);
    expect(result.changed.map((node) => [node.id, node.kind, node.classification])).toEqual([
      [PERSONA, 'fragment', ['wording']],
    ]);
    expect(result.changed[0]!.diff).toContain(`+${ADDED_SENTENCE}`);
    expect(result.changed[0]!.contracts).toEqual(['contract:contracts/persona.yaml']);
  });

  it("affects the chatbot's, the classifier's and the help center's prompts and consumers, each with its path back", async () => {
    const result = await demoImpact();
    expect(result.affected.map((node) => [node.id, node.distance])).toEqual([
      [ANSWER_BOX_SYSTEM, 1],
      [SUPPORT_SYSTEM, 1],
      [CLASSIFIER_SYSTEM, 1],
      [ANSWER_ROUTE, 2],
      [GENERATE_REPLY, 2],
      [CLASSIFY_TICKET, 2],
    ]);
    expect(result.affected.find((node) => node.id === CLASSIFY_TICKET)?.path).toEqual([
      PERSONA,
      CLASSIFIER_SYSTEM,
      CLASSIFY_TICKET,
    ]);
  });

  it('composes the classifier prompt with the new sentence ahead of its task and JSON-only rule, the conflict reviewers must see', async () => {
    const result = await demoImpact();
    const classifier = result.affected.find((node) => node.id === CLASSIFIER_SYSTEM);
    expect(classifier?.composed?.base).not.toContain(ADDED_SENTENCE);
    expect(classifier?.composed?.head).toContain(`${ADDED_SENTENCE}\n`);
    expect(classifier?.composed?.head).toContain('## Task\nClassify the support ticket you are given.');
    expect(classifier?.composed?.head).toContain('Reply with one JSON object and nothing else');
  });

  it('names the owning team of the change and the three teams it reaches', async () => {
    const result = await demoImpact();
    expect(result.teams.map((team) => [team.team, team.changed, [...team.affected].sort()])).toEqual([
      ['@acme/help-center', [], [ANSWER_BOX_SYSTEM, ANSWER_ROUTE]],
      ['@acme/platform-ai', [PERSONA], []],
      ['@acme/support-experience', [], [GENERATE_REPLY, SUPPORT_SYSTEM]],
      ['@acme/ticket-intelligence', [], [CLASSIFY_TICKET, CLASSIFIER_SYSTEM]],
    ]);
  });

  it("requires two platform-ai approvals (contract and CODEOWNERS) and every downstream team's, none given yet", async () => {
    const result = await demoImpact();
    expect(
      result.approvals.map((approval) => [
        approval.approver,
        approval.count,
        approval.required,
        approval.sources,
        approval.satisfied,
      ]),
    ).toEqual([
      ['@acme/help-center', 1, true, ['downstream'], false],
      ['@acme/platform-ai', 2, true, ['codeowners', 'contract'], false],
      ['@acme/support-experience', 1, true, ['downstream'], false],
      ['@acme/ticket-intelligence', 1, true, ['downstream'], false],
    ]);
  });

  it("lists the persona's evals and the classifier contract's composed eval, with their commands", async () => {
    const result = await demoImpact();
    expect(result.evals.map((entry) => [entry.name, entry.scope, entry.command])).toEqual([
      ['persona-voice', 'isolated', 'npm run eval:persona -w @acme/prompt-kit'],
      ['support-chat-conversations', 'composed', 'npm run eval:conversations -w @acme/support-chat'],
      ['triage-golden-set', 'composed', 'npm run eval:golden -w @acme/ticket-triage'],
    ]);
    expect(result.evals.find((entry) => entry.name === 'triage-golden-set')?.why).toEqual([
      `composed eval of affected ${CLASSIFIER_SYSTEM}`,
    ]);
  });

  it("shows the invariants of the persona's and the classifier's contracts", async () => {
    const result = await demoImpact();
    expect(result.invariants.map((entry) => [entry.contract, entry.nodes])).toEqual([
      ['contract:contracts/persona.yaml', [PERSONA]],
      ['contract:contracts/ticket-classifier.yaml', [CLASSIFIER_SYSTEM]],
    ]);
    expect(result.invariants[0]!.invariants).toContain(
      'The persona sets voice and judgement only; the format of a reply belongs to each consumer.',
    );
  });

  it('rates the risk high: four teams and three consumers reached by a wording change', async () => {
    const result = await demoImpact();
    expect(result.risk).toEqual({
      level: 'high',
      reasons: ['4 teams reached', '3 consumers reached', 'change classes: wording'],
      unknown: [],
    });
  });
});
