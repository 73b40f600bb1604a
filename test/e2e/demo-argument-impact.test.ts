import { afterAll, describe, expect, it } from 'vitest';
import type { ImpactResult } from '../../src/model/schema/impact-result.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { fixtureFiles } from '../support/fixture-files.js';
import { impactJson } from './impact-harness.js';

// The triage team edits its own task, which its classifier passes to the prompt kit's section().
const CLASSIFIER_FILE = 'services/ticket-triage/src/prompts/classifier.ts';
const CLASSIFY_TASK = `${CLASSIFIER_FILE}#CLASSIFY_TASK`;
const CLASSIFIER_SYSTEM = `${CLASSIFIER_FILE}#CLASSIFIER_SYSTEM`;
const CLASSIFY_TICKET = 'consumer:services/ticket-triage/src/classify-ticket.ts#classifyTicket';
const OLD_LINE = '- confidence: your confidence in the category, from 0 to 1.';
const NEW_LINE = '- confidence: your confidence in the category, from 0 to 1; below 0.5, set escalate to true.';

let repo: GitRepo | undefined;
afterAll(() => repo?.dispose());

let computing: Promise<ImpactResult> | undefined;
const taskImpact = (): Promise<ImpactResult> =>
  (computing ??= (async () => {
    const files = fixtureFiles('demo-monorepo');
    expect(files[CLASSIFIER_FILE]).toContain(OLD_LINE);
    repo = createGitRepo(files, 'acme-helpdesk');
    repo.commit('Acme Helpdesk monorepo');
    repo.git('checkout', '-q', '-b', 'tighten-confidence');
    repo.write({ [CLASSIFIER_FILE]: files[CLASSIFIER_FILE]!.replace(OLD_LINE, NEW_LINE) });
    repo.commit('Escalate tickets the classifier is unsure about');
    return impactJson(repo.dir, '--base', 'main');
  })());

describe('impact of editing a constant a prompt passes to section()', () => {
  it('changes the task constant alone, as wording', async () => {
    const result = await taskImpact();
    expect(result.changed.map((node) => [node.id, node.kind, node.classification])).toEqual([
      [CLASSIFY_TASK, 'fragment', ['wording']],
    ]);
  });

  it('reaches the classifier prompt through the call and its consumer through the prompt', async () => {
    const result = await taskImpact();
    expect(result.affected.map((node) => [node.id, node.distance, node.path])).toEqual([
      [CLASSIFIER_SYSTEM, 1, [CLASSIFY_TASK, CLASSIFIER_SYSTEM]],
      [CLASSIFY_TICKET, 2, [CLASSIFY_TASK, CLASSIFIER_SYSTEM, CLASSIFY_TICKET]],
    ]);
  });

  it("shows the new line under the section's heading in the classifier's composed text, with no parameter of section() as a variable", async () => {
    const result = await taskImpact();
    const classifier = result.affected.find((node) => node.id === CLASSIFIER_SYSTEM)!;
    expect(classifier.composed?.base).toContain(`## Task\nClassify the support ticket you are given.`);
    expect(classifier.composed?.base).toContain(`\n${OLD_LINE}\n\n`);
    expect(classifier.composed?.head).toContain(`\n${NEW_LINE}\n\n`);
    expect(classifier.composed?.head).not.toContain('${');
    expect(classifier.classification).toEqual(['wording']);
    expect(classifier.variables).toEqual({ added: [], removed: [] });
  });
});
