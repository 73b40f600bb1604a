import { describe } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from '../support/scan-fixture.js';

/** Debian's Chromium (installed by .ci/run); the browser tests skip, saying so, only when it is absent. */
export const CHROMIUM = process.env.PROMPTGRAPH_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');

/** A browser suite: skipped, with a visible message, only where no Chromium can run. */
export function describeInChromium(name: string, suite: () => void): void {
  if (!hasChromium)
    console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (install Debian's chromium, as .ci/run does)`);
  describe.skipIf(!hasChromium)(name, suite);
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export interface MapBrowser {
  open(html: string, options?: { hash?: string; width?: number; height?: number }): Promise<OpenedMap>;
  close(): Promise<void>;
}

export interface OpenedMap {
  page: Page;
  /** URLs the page asked for other than its own file and data: URLs. */
  requests: string[];
  /** Dialogs (alert, confirm) the page tried to open. */
  dialogs: string[];
  errors: string[];
}

/**
 * Profiles not yet removed. A suite whose setup timed out never reaches its
 * `close()` (the launch may even finish after the hook gave up), so whatever is
 * left is removed when the worker exits.
 */
const liveProfiles = new Set<string>();
process.once('exit', () => liveProfiles.forEach(removeProfile));

function removeProfile(profile: string): void {
  rmSync(profile, { recursive: true, force: true });
  liveProfiles.delete(profile);
}

/** A headless Chromium with a fresh profile; maps are opened from temp files like a user would. */
export async function launchMapBrowser(): Promise<MapBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'promptgraph-chromium-'));
  liveProfiles.add(profile);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      viewport: { width: 1400, height: 860 },
    });
  } catch (error) {
    removeProfile(profile);
    throw error;
  }
  const files: string[] = [];
  return {
    async open(html, options = {}) {
      const file = path.join(profile, `map-${files.length}.html`);
      files.push(file);
      writeFileSync(file, html);
      const page = await context.newPage();
      if (options.width) await page.setViewportSize({ width: options.width, height: options.height ?? 860 });
      const own = pathToFileURL(file).href;
      const opened: OpenedMap = { page, requests: [], dialogs: [], errors: [] };
      // Nothing may leave the page: anything but the map's own file is recorded, then refused.
      await page.route('**/*', (route) =>
        route.request().url().split('#')[0] === own ? route.continue() : route.abort(),
      );
      page.on('request', (request) => {
        const url = request.url().split('#')[0]!;
        if (url !== own && !url.startsWith('data:')) opened.requests.push(request.url());
      });
      page.on('dialog', (dialog) => {
        opened.dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => opened.errors.push(error.message));
      await page.goto(own + (options.hash ? `#${options.hash}` : ''));
      // A viewer that throws while booting never becomes ready: fail on the error at once, not after a wait.
      let onError = (_error: Error) => {};
      const crashed = new Promise<never>((_, reject) => {
        onError = (error) => reject(new Error(`the map threw while opening: ${error.message}`));
        page.on('pageerror', onError);
      });
      crashed.catch(() => {});
      try {
        await Promise.race([
          page.waitForFunction(
            () => (window as unknown as { __promptgraph?: { ready: boolean } }).__promptgraph?.ready === true,
            undefined,
            { timeout: 10_000 },
          ),
          crashed,
        ]);
      } finally {
        page.off('pageerror', onError);
      }
      return opened;
    },
    async close() {
      try {
        await context.close();
      } finally {
        removeProfile(profile);
      }
    },
  };
}

export type { Browser };
