// X web GraphQL reposts and cards on the page (issue 12, items 2 and 9), with real
// captures from twscrape's test data (tests/corpus/x-graphql, see its SOURCES.md):
// a TweetDetail whose focal post is a repost, dropped beside a good TweetDetail, shows the
// original marked "Reposted by @REDROJA4" with its own "Read on X", and the good file's
// thread stays; a unified website card shows its video, title and link.
// Every expected string below was read from the file named in the test.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { OUT, ROOT, appTest, assertIncludes, dropFiles, pickFiles, useHarness, waitForThread } from './lib/harness.mjs';
import { articleText } from './lib/reader.mjs';

const corpus = (p) => join(ROOT, 'tests', 'corpus', 'x-graphql', p);
const REPOST = corpus('twscrape_issue_28_repost_detail.json');
const UNIFIED = corpus('twscrape_card_unified_video_website.json');
const GOOD = join(ROOT, 'assets', 'samples', 'x-graphql-tweetdetail', 'twscrape_tweet_details_2026.json');

const h = useHarness();

/** The library entry whose excerpt starts with `text`, clicked open. */
async function openEntry(page, text) {
  const entry = page.locator('nav[aria-label=Library] a.library-entry').filter({ hasText: text });
  assert.equal(await entry.count(), 1, `one library entry says "${text}"`);
  await entry.click();
}

appTest(h, 'a repost TweetDetail dropped beside a good file shows the original, reposted by @REDROJA4', async ({ page }) => {
  await dropFiles(page, [REPOST, GOOD]);
  // The good file's four-post @XDevelopers thread is there…
  await waitForThread(page, 4);
  await openEntry(page, 'Today, we are deprecating our Premium v1.1 API');
  await waitForThread(page, 4);
  assertIncludes(await articleText(page), 'Today, we are deprecating our Premium v1.1 API', 'the good thread');

  // …and so is the repost file's original post, by @SisuMisu3.
  await openEntry(page, 'Esta noche el circo está asegurado');
  const post = page.locator('article.thread section.post#p-1658407192859492355');
  await post.waitFor();
  assert.equal(await page.locator('article.thread section.post').count(), 1, 'one post');
  assert.equal((await post.locator('p.reposted').innerText()).trim(), 'Reposted by @REDROJA4');
  assertIncludes(await post.innerText(), 'Esta noche el circo está asegurado', 'the original text');
  const header = page.locator('article.thread header').first();
  assertIncludes(await header.innerText(), '@SisuMisu3', 'the header names the original author');
  const readOn = header.locator('a').filter({ hasText: /^\s*Read on X\s*$/ });
  assert.equal(await readOn.count(), 1, 'one "Read on X"');
  assert.equal(
    await readOn.getAttribute('href'),
    'https://x.com/SisuMisu3/status/1658407192859492355',
    '"Read on X" is the original post',
  );
  assert.equal(await page.locator('[role=alert]').count(), 0, 'no error banner');
  await page.locator('article.thread').first().screenshot({ path: join(OUT, 'repost.png') });
});

appTest(h, 'a unified website card shows its video, its title and its link', async ({ page }) => {
  await pickFiles(page, [UNIFIED]);
  const post = page.locator('article.thread section.post#p-1696922210588410217');
  await post.waitFor();
  assertIncludes(await post.innerText(), "Il destino dell'isola è in gioco", 'post text');
  const card = post.locator('a.link-card');
  assert.equal(await card.count(), 1, 'one link card');
  assert.equal(
    await card.getAttribute('href'),
    'https://fortnite.com/b/chapter4-season4?utm_source=Twitter&utm_campaign=FNBR_RT_C4S4_Twitter_LINK-CLICKS_IT',
  );
  assert.equal((await card.locator('.card-title').innerText()).trim(), 'Il colpo perfetto ha inizio!');
  assert.equal((await card.locator('.card-domain').innerText()).trim(), 'fortnite.com');
  const video = post.locator('figure.video');
  assert.equal(await video.count(), 1, 'the card video is the post media');
  assert.equal(
    await video.locator('figcaption a').getAttribute('href'),
    'https://video.twimg.com/amplify_video/1696919248436670464/vid/1280x720/JzyWcPQpTP-56i4V.mp4?tag=14',
  );
  await post.screenshot({ path: join(OUT, 'unified-card.png') });
});
