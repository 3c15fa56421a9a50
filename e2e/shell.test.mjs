// The landing page before the app has started: index.html carries it (the app's first
// render), so a first visit can take a file while the app's wasm is still on its way. Here
// the page's wasm is held back until the person has acted; once it arrives, the app takes
// over what they did: files picked or dropped, the sample asked for, a draft in the paste box.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropFiles, useHarness, waitForThread } from './lib/harness.mjs';
import { SAMPLE_FILES, THREAD_22 } from './lib/sample.mjs';

const h = useHarness();
const APP_WASM = /\/unroll-[0-9a-f]+_bg\.wasm$/;

/** Opens the landing page with the app's wasm held back until `release()`. */
async function openHeld() {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  let release;
  const released = new Promise((r) => (release = r));
  let held = 0;
  await context.route(APP_WASM, async (route) => {
    held += 1;
    await released;
    await route.continue();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(h.server.url);
  await page.locator('#shell input[type=file]').waitFor({ state: 'attached' });
  return { context, page, errors, release, held: () => held };
}

async function withHeld(body) {
  const app = await openHeld();
  try {
    await body(app);
    assert.deepEqual(app.errors, [], 'the page threw an exception');
  } finally {
    await app.context.close();
  }
}

test('the landing page is there and takes files before the app has started', { timeout: 60_000 }, () =>
  withHeld(async ({ page, release, held }) => {
    assert.equal(held(), 1, "the app's wasm was asked for and is held back");
    assert.equal(await page.evaluate(() => window.wasmBindings), undefined, 'the app has not started');
    assert.equal(await page.locator('h1').innerText(), 'Unroll');
    const input = page.locator('input[type=file]');
    assert.equal(await input.count(), 1);
    assert.equal(await input.isEnabled(), true);
    await input.setInputFiles(SAMPLE_FILES);
    const hint = page.locator('.drop-hint', { hasText: 'Starting Unroll… 3 files will load in a moment' });
    await hint.waitFor();
    assert.equal(await hint.getAttribute('aria-live'), 'polite', 'a screen reader hears the wait');
    release();
    await waitForThread(page, THREAD_22.posts);
    assert.equal(await page.locator('#shell').count(), 0, 'the app took the page over');
    assert.equal(await page.locator('input[type=file]').count(), 1, 'one file input: the app\'s');
  }));

test('files dropped before the app has started are read once it starts', { timeout: 60_000 }, () =>
  withHeld(async ({ page, release }) => {
    await dropFiles(page, SAMPLE_FILES);
    await page.locator('.drop-hint', { hasText: '3 files' }).waitFor();
    release();
    await waitForThread(page, THREAD_22.posts);
    assert.equal(await page.locator('nav[aria-label=Library] li').count() > 0, true);
  }));

test('"Try the sample" pressed before the app has started opens the sample', { timeout: 60_000 }, () =>
  withHeld(async ({ page, release }) => {
    await page.getByRole('button', { name: 'Try the sample' }).click();
    await page.locator('.drop-hint', { hasText: 'Starting Unroll' }).waitFor();
    release();
    await waitForThread(page, THREAD_22.posts);
  }));

test('a draft typed in the paste box before the app has started stays there, focused', { timeout: 60_000 }, () =>
  withHeld(async ({ page, release }) => {
    const draft = '{"data": {"id": "1"';
    await page.locator('#paste-json').fill(draft);
    release();
    await page.waitForFunction(() => window.wasmBindings !== undefined);
    await page.waitForFunction(() => !document.getElementById('shell'));
    assert.equal(await page.locator('#paste-json').inputValue(), draft);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'paste-json');
    assert.equal(await page.locator('[role=alert]').count(), 0, 'nothing was loaded');
  }));
