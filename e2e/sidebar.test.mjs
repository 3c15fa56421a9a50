// The side column's lists come from the worker capped at 25 entries; "Show all N threads"
// asks it for the rest. The sample archive has 34 threads by one author.

import assert from 'node:assert/strict';
import { appTest, pickFiles, useHarness, waitForThread } from './lib/harness.mjs';
import { SAMPLE_FILES, THREAD_22 } from './lib/sample.mjs';

const h = useHarness();

appTest(h, '"Show all" lists every thread of the library and of "More from", and they stay listed', async ({ page }) => {
  await pickFiles(page, SAMPLE_FILES);
  await waitForThread(page, THREAD_22.posts);
  const library = page.locator('nav[aria-label=Library]');
  const more = page.locator('aside.sidebar');
  assert.equal(await library.locator('a.library-entry').count(), 25);
  assert.equal(await more.locator('a.summary').count(), 25);

  await library.locator('button.show-all', { hasText: 'Show all 34 threads' }).click();
  await library.locator('button.show-all').waitFor({ state: 'detached' });
  assert.equal(await library.locator('a.library-entry').count(), 34, 'every thread listed');
  assert.equal(await library.locator('a.library-entry[aria-current=page]').count(), 1, 'the open one marked');

  await more.locator('button.show-all', { hasText: 'Show all 33 threads' }).click();
  await more.locator('button.show-all').waitFor({ state: 'detached' });
  assert.equal(await more.locator('a.summary').count(), 33, 'every other thread of the author');

  // Another thread of the same author: both lists stay whole, the open one moves.
  const last = more.locator('a.summary').last();
  const href = await last.getAttribute('href');
  await last.click();
  await library.locator(`a.library-entry[aria-current=page][href="${href}"]`).waitFor();
  assert.equal(await library.locator('a.library-entry').count(), 34);
  assert.equal(await more.locator('a.summary').count(), 33);
  assert.equal(await more.locator(`a.summary[href="${href}"]`).count(), 0, 'the open thread leaves "More from"');
});

appTest(h, 'a "More from" thread opens from the view sent ahead, without waiting for the worker', async ({ page }) => {
  await pickFiles(page, SAMPLE_FILES);
  await waitForThread(page, THREAD_22.posts);
  // The views ahead are decoded once the page has painted: give it a few frames.
  await page.evaluate(() => new Promise((done) => {
    let n = 0;
    const tick = () => (++n < 10 ? requestAnimationFrame(tick) : setTimeout(done, 100));
    requestAnimationFrame(tick);
  }));
  // From now on the worker never hears of an open.
  await page.evaluate(() => {
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, ...rest) {
      if (Array.isArray(message) && message[0]?.Open) {
        window.__opensDropped = (window.__opensDropped ?? 0) + 1;
        return undefined;
      }
      return post.call(this, message, ...rest);
    };
  });
  const more = page.locator('aside.sidebar');
  const left = await page.locator('nav[aria-label=Library] a.library-entry[aria-current=page]').getAttribute('href');
  const entry = more.locator('a.summary').first();
  const href = await entry.getAttribute('href');
  const posts = Number((await entry.locator('.read-more').innerText()).replace(/\D/g, ''));
  await entry.click();
  await waitForThread(page, posts);
  assert.equal(await page.evaluate(() => window.__opensDropped), 1, 'the open never reached the worker');
  assert.equal(await page.locator(`nav[aria-label=Library] a.library-entry[aria-current=page][href="${href}"]`).count(), 1);
  assert.equal(await more.locator(`a.summary[href="${href}"]`).count(), 0, 'the open thread left "More from"');
  assert.equal(await more.locator(`a.summary[href="${left}"]`).count(), 1, 'the thread left is in "More from"');
});
