import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { impactAndHead } from '../../src/api/impact.js';
import { renderMapHtml } from '../../src/output/render/render-map-html.js';
import { overlayFromImpact } from '../../src/query/map/overlay-from-impact.js';
import { prepareMapData } from '../../src/query/map/prepare-map-data.js';
import { bundleViewer } from '../../viz/bundle-viewer.mjs';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { fixtureFiles } from '../support/fixture-files.js';
import { ARTIFACTS, describeInChromium, launchMapBrowser, type MapBrowser } from './chromium.js';
import { nodeOnScreen, selectedId, settled } from './map-page.js';

const PERSONA = 'packages/prompt-kit/src/persona.ts#PERSONA';
const PERSONA_FILE = 'packages/prompt-kit/src/persona.ts';

describeInChromium('the map shows the change on each node', () => {
  let browser: MapBrowser;
  let repo: GitRepo;
  beforeAll(async () => {
    browser = await launchMapBrowser();
    repo = createGitRepo(fixtureFiles('demo-monorepo'));
    repo.commit('the demo');
  });
  afterAll(async () => {
    await browser?.close();
    repo?.dispose();
  });

  it("a changed node's panel shows the rendered diff, token delta, approvals, evals and the rule it breaks, as text", async () => {
    const persona = repo.git('show', `HEAD:${PERSONA_FILE}`);
    // A sentence with markup in it, and one a contract forbids.
    repo.write({
      [PERSONA_FILE]: persona.replace(
        'You are Aria,',
        'You are Aria <b onmouseover=alert(1)>always</b>, who promises refunds,',
      ),
      'contracts/no-refunds.yaml': `prompt: ${PERSONA}\nmust_not_include: ['promises refunds']\n`,
    });
    const { result, head } = await impactAndHead(repo.dir, { base: 'HEAD' });
    const html = renderMapHtml(
      prepareMapData(head, { overlay: overlayFromImpact(result), focusOnChange: true, title: 'demo · impact map' }),
      { viewer: await bundleViewer() },
    );
    const { page, dialogs } = await browser.open(html, { width: 1500, height: 1000 });
    await settled(page);
    const point = await nodeOnScreen(page, PERSONA);
    await page.mouse.click(point.x, point.y);
    expect(await selectedId(page)).toBe(PERSONA);

    const diff = await page.getByTestId('panel-diff').textContent();
    expect(diff).toContain('+You are Aria <b onmouseover=alert(1)>always</b>, who promises refunds,');
    expect(diff).toContain('-You are Aria, the support assistant');
    expect(await page.locator('[data-testid="panel-diff"] b').count()).toBe(0);
    const entry = result.changed.find((node) => node.id === PERSONA)!;
    expect(entry.tokens!.delta).toBeGreaterThan(0);
    expect(await page.getByTestId('panel-tokens').textContent()).toBe(
      `tokens ≈${entry.tokens!.base} → ${entry.tokens!.head} (+${entry.tokens!.delta}) · o200k_base`,
    );
    expect(await page.getByTestId('panel-approvals').textContent()).toContain('✗ @acme/platform-ai 0/2');
    expect(await page.getByTestId('panel-change-evals').textContent()).toContain('✗ persona-voice');
    expect(await page.getByTestId('panel-violations').textContent()).toContain(
      '✗ must_not_include must not include "promises refunds", and contains "promises refunds" contracts/no-refunds.yaml:2',
    );
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-change-panel.png') });
  });
});
