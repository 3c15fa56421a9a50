// Takes the README's screenshot (assets/screenshot.png): the built dist/ opened on the bundled
// sample (`?sample`) in headless Chromium. Not a test; run it after `trunk build --release`:
//
//   node e2e/screenshot.mjs [output.png]

import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, ROOT } from './lib/harness.mjs';
import { serveStatic } from './lib/server.mjs';

const out = process.argv[2] ?? join(ROOT, 'assets', 'screenshot.png');
const server = await serveStatic(DIST);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 820 }, deviceScaleFactor: 1 });
  // Only the local site: images from X's servers show as "Image unavailable", as offline.
  await page.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  await page.goto(`${server.url}?sample`);
  await page.locator('article.thread header').filter({ hasText: '22 tweets' }).waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
