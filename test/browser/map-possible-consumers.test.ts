import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { impactAndHead } from '../../src/api/impact.js';
import { renderMapHtml } from '../../src/output/render/render-map-html.js';
import { overlayFromImpact } from '../../src/query/map/overlay-from-impact.js';
import { prepareMapData } from '../../src/query/map/prepare-map-data.js';
import { bundleViewer } from '../../viz/bundle-viewer.mjs';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { ARTIFACTS, describeInChromium, launchMapBrowser, type MapBrowser } from './chromium.js';
import { listTexts, nodeOnScreen, selectedId, settled } from './map-page.js';

const SYSTEM = 'src/prompts.ts#NOTES_SYSTEM';

/** One prompt, sent by `summarise` through the AI SDK (traced) and by `writeNotes` through an injected interface (lost). */
const FILES = {
  'src/prompts.ts': "export const NOTES_SYSTEM = 'You write release notes for Acme from a git log.';\n",
  'src/model-client.ts':
    'export interface ModelClient {\n  complete(system: string, messages: string[]): Promise<string>;\n}\n',
  'src/notes.ts': [
    "import type { ModelClient } from './model-client.js';",
    "import { NOTES_SYSTEM } from './prompts.js';",
    '',
    'export async function writeNotes(client: ModelClient, log: string): Promise<string> {',
    '  return client.complete(NOTES_SYSTEM, [log]);',
    '}',
    '',
  ].join('\n'),
  'src/summary.ts': [
    "import { generateText } from 'ai';",
    "import { NOTES_SYSTEM } from './prompts.js';",
    '',
    'export async function summarise(log: string) {',
    "  return generateText({ model: 'gpt-4o', system: NOTES_SYSTEM, prompt: log });",
    '}',
    '',
  ].join('\n'),
};

describeInChromium('the map lists possible consumers apart', () => {
  let browser: MapBrowser;
  let repo: GitRepo;
  beforeAll(async () => {
    browser = await launchMapBrowser();
    repo = createGitRepo(FILES);
    repo.commit('release notes, sent two ways');
  });
  afterAll(async () => {
    await browser?.close();
    repo?.dispose();
  });

  it("a changed prompt's panel lists the traced consumer under Dependents and the possible one apart, with its reason", async () => {
    repo.write({ 'src/prompts.ts': FILES['src/prompts.ts'].replace('release notes', 'short release notes') });
    const { result, head } = await impactAndHead(repo.dir, { base: 'HEAD' });
    const html = renderMapHtml(
      prepareMapData(head, { overlay: overlayFromImpact(result), focusOnChange: true, title: 'possible consumers' }),
      { viewer: await bundleViewer() },
    );
    const { page, dialogs } = await browser.open(html, { width: 1400, height: 900 });
    await settled(page);
    expect(await page.getByTestId('overlay-possible').textContent()).toBe('possibly affected1');
    expect(await page.locator('.count-change').textContent()).toBe('1 changed · 1 affected · 1 possibly');

    const point = await nodeOnScreen(page, SYSTEM);
    await page.mouse.click(point.x, point.y);
    expect(await selectedId(page)).toBe(SYSTEM);
    expect(await listTexts(page, 'panel-dependents')).toEqual(['summary.ts#summarise']);
    expect(await page.getByTestId('panel-possible-consumers').locator('h3').textContent()).toBe(
      'Possible consumers (1)',
    );
    expect(await listTexts(page, 'panel-possible-consumers')).toEqual([
      'notes.ts#writeNotesvia type ModelClient.complete',
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-possible-consumers-prompt.png') });

    // The possible consumer's own panel: what it possibly consumes, and why it is only possible.
    await page.getByTestId('panel-possible-consumers').locator('button').click();
    expect(await selectedId(page)).toBe('consumer:src/notes.ts#writeNotes');
    expect(await listTexts(page, 'panel-possibly-consumes')).toEqual([
      'prompts.ts#NOTES_SYSTEMvia type ModelClient.complete',
    ]);
    expect(await page.getByTestId('panel-dependencies').textContent()).toBe('Dependencies (0)none');
    expect(await page.getByTestId('panel-possible-via').textContent()).toBe(
      'possible: the flow was lost statically (via type ModelClient.complete); its owners are notified, not required',
    );
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-possible-consumers-consumer.png') });
  });
});
