// Opening by URL: `?sample` loads the bundled alrocar_2022 archive, `?src=<same-origin URL>`
// loads a file the site serves, and a `?src` on another origin is never fetched.

import assert from 'node:assert/strict';
import { appTest, assertIncludes, useHarness, waitForThread } from './lib/harness.mjs';
import { articleText, assertSidebar, assertThreadShown } from './lib/reader.mjs';
import { DISPLAY_NAME, HANDLE, SAMPLE_URL_PATH, SIDEBAR_ORDER, THREAD_22 } from './lib/sample.mjs';

const h = useHarness();

appTest(
  h,
  '?sample opens the bundled archive on its 22-post thread',
  async ({ page }) => {
    await waitForThread(page, THREAD_22.posts);
    await assertThreadShown(page, THREAD_22, { handle: HANDLE, displayName: DISPLAY_NAME });
    assertIncludes(await articleText(page), THREAD_22.first[0], 'first post');
    await assertSidebar(page, HANDLE, { expectOrder: SIDEBAR_ORDER, excludes: ['Read 22 tweets'] });
    for (const file of ['account.js', 'profile.js', 'tweets.js']) {
      assert.ok(
        h.server.requests.includes(`/${SAMPLE_URL_PATH}/${file}`),
        `?sample fetched /${SAMPLE_URL_PATH}/${file}; requests: ${h.server.requests.join(', ')}`,
      );
    }
  },
  { query: '?sample' },
);

appTest(
  h,
  '?src= loads a same-origin file: tweets.js alone still gives the 22-post thread',
  async ({ page }) => {
    await waitForThread(page, THREAD_22.posts);
    const text = await articleText(page);
    for (const s of THREAD_22.first) assertIncludes(text, s, 'first post');
    assertIncludes(text, THREAD_22.lastText, 'post 21');
    assert.equal(await page.locator('article.thread section.post').count(), THREAD_22.posts, 'posts');
  },
  { query: `?src=${SAMPLE_URL_PATH}/tweets.js` },
);

appTest(
  h,
  '?src= on another origin is refused with a banner, never fetched',
  async ({ page, external }) => {
    const alert = page.locator('[role=alert]');
    await alert.first().waitFor();
    assert.equal(await alert.count(), 1, 'one role="alert" banner');
    assert.deepEqual(
      external.filter((u) => u.startsWith('https://example.com')),
      [],
      'the other origin was not requested',
    );
  },
  { query: `?src=${encodeURIComponent('https://example.com/thread.json')}` },
);
