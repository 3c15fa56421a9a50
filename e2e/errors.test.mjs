// Bad input: a malformed file and an unknown shape get one role="alert" banner naming the
// file (and line and column), and the thread loaded before stays; hostile content (markup,
// javascript: and data: link targets) renders as inert text.

import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import {
  appTest,
  assertIncludes,
  pickFiles,
  squash,
  useHarness,
  waitForThread,
} from './lib/harness.mjs';
import { articleText, assertThreadShown } from './lib/reader.mjs';
import { DISPLAY_NAME, HANDLE, SAMPLE_FILES, THREAD_22 } from './lib/sample.mjs';

const h = useHarness();
let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unroll-e2e-'));
});
after(() => rm(dir, { recursive: true, force: true }));

// Line 3 is cut short: a second string where "," or "}" must come (line 3, column 30).
const MALFORMED = '{\n  "data": [\n    {"id": "1", "text": "hi" "oops"}\n  ]\n}\n';

async function alertText(page) {
  const alert = page.locator('[role=alert]');
  await alert.first().waitFor();
  assert.equal(await alert.count(), 1, 'exactly one role="alert" banner');
  return squash(await alert.innerText());
}

async function assertStillShown(page) {
  await assertThreadShown(page, THREAD_22, { handle: HANDLE, displayName: DISPLAY_NAME });
  assertIncludes(await articleText(page), THREAD_22.first[0], 'the thread loaded before the error');
}

appTest(h, 'malformed JSON: the banner names the file, line and column; the thread stays', async ({ page }) => {
  await pickFiles(page, SAMPLE_FILES);
  await waitForThread(page, THREAD_22.posts);

  const broken = join(dir, 'broken-thread.json');
  await writeFile(broken, MALFORMED);
  await pickFiles(page, [broken]);
  const text = await alertText(page);
  assertIncludes(text, 'broken-thread.json', 'error banner');
  assert.match(text, /\bline 3\b/, `error banner names line 3: ${text}`);
  assert.match(text, /\bcolumn 30\b/, `error banner names column 30: ${text}`);
  await assertStillShown(page);

  const unknown = join(dir, 'shopping-list.json');
  await writeFile(unknown, '{"items": ["milk", "eggs"]}\n');
  await pickFiles(page, [unknown]);
  await page.locator('[role=alert]', { hasText: 'shopping-list.json' }).waitFor();
  const text2 = await alertText(page);
  for (const format of ['X data archive', 'X API v2', 'Unroll']) {
    assertIncludes(text2, format, 'unknown-format banner names the supported formats');
  }
  await assertStillShown(page);
});

appTest(h, 'a file of a known format with no posts says so; the thread stays', async ({ page }) => {
  await pickFiles(page, SAMPLE_FILES);
  await waitForThread(page, THREAD_22.posts);
  // A real X API v2 lookup whose 15 ids were all deleted: only errors[], no data.
  const notFound = fileURLToPath(
    new URL('../assets/samples/twitter-v2/academictwitteR_tweets_lookup_all_not_found.json', import.meta.url),
  );
  await pickFiles(page, [notFound]);
  await page.locator('[role=alert]', { hasText: 'no posts found' }).waitFor();
  const text = await alertText(page);
  assertIncludes(text, 'academictwitteR_tweets_lookup_all_not_found.json: no posts found', 'no-posts banner');
  await assertStillShown(page);
});

/** A code-point-indexed X API v2 response, as `entities` count positions. */
function hostileV2() {
  const first =
    'Hostile <img src=x onerror="window.__pwned=1;alert(1)"> and <script>window.__pwned=2;alert(2)</script> ' +
    'see https://t.co/evil1 or https://t.co/evil2 🎉 then https://t.co/okay1 and &lt;b&gt;escaped&lt;/b&gt;';
  // (The encoded markup comes after every link, so decoding it cannot shift their indices.)
  const span = (needle) => {
    const at = Array.from(first.slice(0, first.indexOf(needle))).length;
    return { start: at, end: at + Array.from(needle).length };
  };
  return {
    data: [
      {
        id: '1700000000000000002',
        author_id: '666',
        conversation_id: '1700000000000000001',
        created_at: '2023-09-06T10:05:00.000Z',
        in_reply_to_user_id: '666',
        referenced_tweets: [{ type: 'replied_to', id: '1700000000000000001' }],
        text: 'Second post by <b>Mallory</b>: javascript:alert(3) stays text',
      },
      {
        id: '1700000000000000001',
        author_id: '666',
        conversation_id: '1700000000000000001',
        created_at: '2023-09-06T10:00:00.000Z',
        text: first,
        entities: {
          urls: [
            { ...span('https://t.co/evil1'), url: 'https://t.co/evil1', expanded_url: 'javascript:alert(1)', display_url: 'example.com/safe' },
            {
              ...span('https://t.co/evil2'),
              url: 'https://t.co/evil2',
              expanded_url: 'data:text/html,<script>alert(2)</script>',
              display_url: '<b>data</b>.example',
            },
            { ...span('https://t.co/okay1'), url: 'https://t.co/okay1', expanded_url: 'https://example.com/ok', display_url: 'example.com/ok' },
          ],
        },
      },
    ],
    includes: {
      users: [
        {
          id: '666',
          username: 'mallory',
          name: '<img src=x onerror=alert(4)>Mallory',
          profile_image_url: 'javascript:alert(5)',
        },
      ],
    },
  };
}

appTest(h, 'hostile content: markup shows as text, no javascript:/data: links, no script runs', async ({ page, dialogs }) => {
  const file = join(dir, 'hostile-v2.json');
  await writeFile(file, JSON.stringify(hostileV2(), null, 2));
  await pickFiles(page, [file]);
  await waitForThread(page, 2);
  await page.waitForTimeout(300); // give any injected handler its chance to fire

  const text = await articleText(page);
  assertIncludes(text, '<img src=x onerror="window.__pwned=1;alert(1)">', 'raw markup shown as text');
  assertIncludes(text, '<script>window.__pwned=2;alert(2)</script>', 'raw script tag shown as text');
  assertIncludes(text, '<b>escaped</b>', 'entity-encoded markup decoded once, shown as text');
  assertIncludes(text, '<b>Mallory</b>', 'markup in the second post');
  assertIncludes(text, 'example.com/safe', 'the javascript: link keeps its display text');
  assertIncludes(text, '<img src=x onerror=alert(4)>Mallory', 'markup in the display name');

  const found = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    badLinks: [...document.querySelectorAll('a[href]')]
      .filter((a) => !['http:', 'https:'].includes(a.protocol))
      .map((a) => a.getAttribute('href')),
    injected: document.querySelectorAll('img[src="x"], article script, article b, article [onerror]').length,
    badImages: [...document.querySelectorAll('img[src]')]
      .filter((i) => /^\s*javascript:/i.test(i.getAttribute('src')))
      .map((i) => i.getAttribute('src')),
  }));
  assert.deepEqual(dialogs, [], 'no dialog opened');
  assert.equal(found.pwned, null, 'no injected script ran');
  assert.deepEqual(found.badLinks, [], 'every link is http(s)');
  assert.equal(found.injected, 0, 'no element was created from imported markup');
  assert.deepEqual(found.badImages, [], 'no image with a javascript: source');
  const ok = page.locator('article.thread a', { hasText: 'example.com/ok' });
  assert.equal(await ok.getAttribute('href'), 'https://example.com/ok', 'a safe link still links');
});
