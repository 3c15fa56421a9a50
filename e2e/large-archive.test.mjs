// A tweets.js large enough (16 MB or more) to be read while it is imported: each slice is
// parsed as it arrives instead of after the whole file. The archive is made by the
// benchmarks' seeded generator (bench/gen-archive.mjs, the field mix of the real alrocar_2022
// sample): 7,000 posts, about 21 MB, with one 120-post self-thread, the longest, which the
// page opens on. The same file with one broken tweet in its middle shows that the stream
// gives up and the whole file's import words the error, with its place.

import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appTest, assertIncludes, generatedArchive, pickFiles, useHarness, waitForThread } from './lib/harness.mjs';
import { forbidWorkers } from './lib/policy.mjs';

const POSTS = 120;
const h = useHarness();
// Large enough to be streamed (and read by the worker): 16 MB or more.
const archive = generatedArchive({ posts: 7000, seed: 11, chain: POSTS, minBytes: 16 * 2 ** 20 });

appTest(h, 'a 21 MB tweets.js read while it is imported: the library lists it and its longest thread is whole', async ({ page }) => {
  // Every wording the progress bar's status takes while the file loads.
  await page.evaluate(() => {
    window.progressSeen = [];
    new MutationObserver(() => {
      const status = document.querySelector('.load-progress [role=status]');
      if (status && window.progressSeen.at(-1) !== status.textContent) window.progressSeen.push(status.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await pickFiles(page, archive.files);
  await waitForThread(page, POSTS);
  const seen = await page.evaluate(() => window.progressSeen);
  assert.ok(
    seen.some((s) => /^Read [1-9][\d.]* MB of 2\d\.\d MB · [\d,]+ posts$/.test(s)),
    `the bar said how much was read and parsed: ${JSON.stringify(seen)}`,
  );
  assert.equal(await page.locator('[role=alert]').count(), 0, 'no error banner');
  const posts = page.locator('article.thread section.post');
  await page.locator('article.thread[aria-busy=false], article.thread:not([aria-busy])').first().waitFor();
  assert.equal(await posts.count(), POSTS, 'every post of the longest thread');
  assert.equal(await page.locator(`#p-${archive.chain.first}`).count(), 1, 'its first post');
  assert.equal(await page.locator(`#p-${archive.chain.last}`).count(), 1, 'its last post');
  const listed = await page.locator('nav[aria-label=Library] li').count();
  assert.ok(listed >= 20, `the library lists the archive's threads (${listed})`);
});

appTest(h, 'where the page may not start workers, the page\'s own module serves it', async (app) => {
  const { page } = app;
  // A host whose content security policy forbids workers: the worker is refused.
  await forbidWorkers(page);
  // Every request from the reload on (the worker would start as soon as the page is painted).
  const scripts = [];
  page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
  await page.reload();
  await page.waitForFunction(() => window.wasmBindings !== undefined, null, { timeout: 30_000 });
  await pickFiles(page, archive.files);
  await waitForThread(page, POSTS);
  assert.equal(page.workers().length, 0, 'no worker runs');
  const modules = scripts.filter((p) => p.endsWith('.wasm'));
  assert.equal(modules.length, 1, `one wasm module, the page's own, serves it: ${modules}`);
  assert.ok(
    app.consoleErrors.some((m) => /worker/i.test(m)),
    `the policy refused the worker: ${JSON.stringify(app.consoleErrors)}`,
  );
  assert.equal(await page.locator('[role=alert]').count(), 0, 'no error banner');
  await page.locator('article.thread[aria-busy=false], article.thread:not([aria-busy])').first().waitFor();
  assert.equal(await page.locator('article.thread section.post').count(), POSTS, 'every post of the longest thread');
  app.consoleErrors.length = 0;
});

appTest(h, 'the same file with a broken tweet in its middle: the whole-file import reports it, with its place', async ({ page }) => {
  const text = await readFile(archive.files[2], 'utf8');
  // Insert a tweet whose entities are a number, at an element boundary past the middle.
  const at = text.indexOf('\n  },\n  {\n', Math.floor(text.length / 2));
  assert.ok(at > 0, 'an element boundary past the middle');
  const cut = at + '\n  },\n  '.length;
  const broken = `${text.slice(0, cut)}{ "tweet": { "id_str": "42", "entities": 5 } }, ${text.slice(cut)}`;
  const brokenDir = join(archive.dir, 'broken');
  await mkdir(brokenDir, { recursive: true });
  const brokenFiles = [archive.files[0], archive.files[1], join(brokenDir, 'tweets.js')];
  await writeFile(brokenFiles[2], broken);
  await pickFiles(page, brokenFiles);
  const banner = page.locator('[role=alert]');
  await banner.waitFor();
  const message = await banner.innerText();
  assertIncludes(message, 'tweets.js', 'the banner names the file');
  assertIncludes(message, 'window.YTD.tweets.part0[', 'and the element at fault');
  assertIncludes(message, 'expected struct Entities', 'and what is wrong with it');
  assert.match(message, /line \d+, column \d+/, 'and its line and column in the file');
});
