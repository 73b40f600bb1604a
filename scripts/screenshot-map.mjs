// Renders the map of a repository with the built CLI and saves a PNG of it, as
// the README shows it. Uses Debian's Chromium through playwright-core.
//
//   npm run build && node scripts/screenshot-map.mjs fixtures/render-map
//   node scripts/screenshot-map.mjs fixtures/demo-monorepo --files packages/prompt-kit/src/persona.ts --hash only=1   # docs/map.png
//
// --select types into the map's search and opens the first result, as a user would;
// --files / --base overlay a change; --hash opens a saved view (e.g. view=force).
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'docs/map.png' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
    select: { type: 'string' },
    files: { type: 'string' },
    base: { type: 'string' },
    hash: { type: 'string' },
    chromium: { type: 'string', default: process.env.PROMPTGRAPH_CHROMIUM ?? '/usr/bin/chromium' },
  },
});
const dir = positionals[0] ?? '.';
if (!existsSync('dist/cli/main.js')) fail('dist/ is missing; run `npm run build` first');
if (!existsSync(values.chromium))
  fail(`no Chromium at ${values.chromium} (apt-get install chromium, or pass --chromium)`);

const { main } = await import(pathToFileURL(path.resolve('dist/cli/main.js')).href);
const work = await mkdtemp(path.join(os.tmpdir(), 'promptgraph-shot-'));
const html = path.join(work, 'map.html');
const change = [...(values.files ? ['--files', values.files] : []), ...(values.base ? ['--base', values.base] : [])];
const stderr = [];
const code = await main(['node', 'promptgraph', 'render', dir, '--out', html, '--quiet', ...change], {
  stdout: process.stdout,
  stderr: { write: (chunk) => stderr.push(chunk) },
  env: process.env,
});
if (code !== 0) fail(`render failed (exit ${code}): ${stderr.join('')}`);

const browser = await chromium.launch({
  executablePath: values.chromium,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({
    viewport: { width: Number(values.width), height: Number(values.height) },
    deviceScaleFactor: 1,
  });
  await page.goto(pathToFileURL(html).href + (values.hash ? `#${values.hash}` : ''));
  await page.waitForFunction(() => window.__promptgraph?.ready === true, undefined, { timeout: 10_000 });
  if (values.select) {
    await page.keyboard.press('/');
    await page.keyboard.type(values.select);
    await page.keyboard.press('Enter');
  }
  // Let the centring transition (450 ms) and any force layout finish before the picture.
  await page.waitForFunction(() => window.__promptgraph.idle(), undefined, { timeout: 20_000 });
  await page.screenshot({ path: values.out });
} finally {
  await browser.close();
  await rm(work, { recursive: true, force: true });
}
const { size } = await stat(values.out);
console.log(`wrote ${values.out} (${Math.round(size / 1024)} KB)`);
// The README image should stay small; a busier map compresses worse.
if (size > 200 * 1024)
  console.warn(
    'screenshot-map: over 200 KB; a smaller --width/--height or a calmer view (with a change, --hash only=1 hides what it leaves untouched) helps',
  );

function fail(message) {
  console.error(`screenshot-map: ${message}`);
  process.exit(2);
}
