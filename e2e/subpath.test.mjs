// The built site works from any path, as on a project site of a static host
// (`https://user.example/unroll/`): dist/ is served here under /unroll/deeper/ only, and the
// host's root and every other path are 404s. The page must start, read a thread there (from
// `?sample`, from picked files, after a reload on a thread's address) and never ask for a URL
// outside the sub-path.

import assert from 'node:assert/strict';
import { appTest, pickFiles, useHarness, waitForThread } from './lib/harness.mjs';
import { assertThreadShown } from './lib/reader.mjs';
import { DISPLAY_NAME, HANDLE, SAMPLE_FILES, SAMPLE_URL_PATH, THREAD_21, THREAD_22 } from './lib/sample.mjs';

const PREFIX = '/unroll/deeper/';
const h = useHarness({ prefix: PREFIX });

/**
 * Every request to our server stayed under the sub-path: nothing at the host's root. The
 * only other requests are the posts' images on X's media hosts (absolute URLs in the data,
 * refused by the harness).
 */
function assertInsidePrefix(app) {
  const origin = new URL(h.server.url).origin;
  const ours = app.requests.filter((u) => u.startsWith(`${origin}/`));
  assert.ok(ours.length > 0, 'the page made requests to our server');
  const outside = ours.filter((u) => !u.startsWith(origin + PREFIX));
  assert.deepEqual(outside, [], `requests outside ${PREFIX}; all requests to our server:\n  ${ours.join('\n  ')}`);
  const others = app.requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u));
  const media = /^https:\/\/(pbs|video)\.twimg\.com\//;
  assert.deepEqual(others.filter((u) => !media.test(u)), [], 'requests elsewhere than our server and X media hosts');
}

appTest(h, 'the server really serves only the sub-path: the host root is a 404', async ({ page }) => {
  const origin = new URL(h.server.url).origin;
  const status = await page.evaluate(async (urls) => Promise.all(urls.map(async (u) => (await fetch(u)).status)), [
    `${origin}/`,
    `${origin}/index.html`,
    `${origin}/unroll/`,
    `${origin}${PREFIX}index.html`,
  ]);
  assert.deepEqual(status, [404, 404, 404, 200]);
});

appTest(
  h,
  '?sample under /unroll/deeper/ opens the 22-post thread with its "Read on X" link',
  async (app) => {
    const { page } = app;
    await waitForThread(page, THREAD_22.posts);
    await assertThreadShown(page, THREAD_22, { handle: HANDLE, displayName: DISPLAY_NAME });
    for (const file of ['account.js', 'profile.js', 'tweets.js']) {
      assert.ok(
        app.requests.includes(`${h.server.url}${SAMPLE_URL_PATH}/${file}`),
        `fetched ${PREFIX}${SAMPLE_URL_PATH}/${file}; requests:\n  ${app.requests.join('\n  ')}`,
      );
    }
    assert.ok(
      app.requests.some((u) => /\.wasm$/.test(u)),
      `the wasm was fetched from the sub-path; requests:\n  ${app.requests.join('\n  ')}`,
    );
    assertInsidePrefix(app);
  },
  { query: '?sample' },
);

appTest(h, 'files picked on the landing page under /unroll/deeper/ open as at the root', async (app) => {
  const { page } = app;
  await pickFiles(page, SAMPLE_FILES);
  await waitForThread(page, THREAD_22.posts);
  await assertThreadShown(page, THREAD_22, { handle: HANDLE, displayName: DISPLAY_NAME });
  assert.equal(await page.locator('[role=alert]').count(), 0, 'no error banner');
  assertInsidePrefix(app);
});

appTest(
  h,
  "a thread's address keeps the sub-path: switching threads, then reloading, shows the same thread",
  async (app) => {
    const { page } = app;
    await waitForThread(page, THREAD_22.posts);
    await page.locator(`aside a.summary[href="#t=${THREAD_21.firstId}"]`).first().click();
    await waitForThread(page, THREAD_21.posts);
    // The history entry is added once the new article is painted (see src/app.rs).
    await page.waitForFunction((id) => location.hash === `#t=${id}`, THREAD_21.firstId);
    const url = new URL(page.url());
    assert.equal(url.pathname, PREFIX, `the address stays under the sub-path: ${page.url()}`);
    assert.equal(url.hash, `#t=${THREAD_21.firstId}`, 'the address names the open thread');
    await page.reload();
    await waitForThread(page, THREAD_21.posts);
    await assertThreadShown(page, THREAD_21, { handle: HANDLE });
    assertInsidePrefix(app);
  },
  { query: '?sample' },
);
