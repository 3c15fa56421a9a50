// Threads as authors really write them (issue 12): a fan of self-replies to the first post
// reads whole, a reply added days later is marked as a later part, a file of one post beside
// an archive is listed, and a JSON Lines file cut off mid-line reads every good line and
// says which one it skipped, and a file about a retweet shows the original. Real files from
// tests/corpus (see each folder's SOURCES.md).

import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import {
  ROOT,
  appTest,
  assertExcludes,
  assertIncludes,
  pickFiles,
  squash,
  useHarness,
  waitForThread,
} from './lib/harness.mjs';

const h = useHarness();
let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unroll-e2e-assembly-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const CORPUS = join(ROOT, 'tests', 'corpus', 'x-archive');
const SMITHJD = join(CORPUS, 'smithjd_2022', 'tweets.excerpt.js');
const MILAHU = ['account.js', 'profile.js', 'tweets.excerpt.js'].map((f) => join(CORPUS, 'milahu_2026', f));

/** Open thread `id` by its address, as a link or a reload would. */
async function openThread(page, id, posts) {
  await page.evaluate((id) => {
    location.hash = `#t=${id}`;
  }, id);
  await page.waitForFunction((id) => location.hash === `#t=${id}`, id);
  const count = new RegExp(`(^|\\s)${posts} tweets?\\b`);
  await page.locator('article.thread header').filter({ hasText: count }).first().waitFor();
}

const postTexts = (page) => page.locator('article.thread section.post').allInnerTexts();

appTest(h, 'a fan of seven self-replies to the first post reads as one 8-post article', async ({ page }) => {
  await pickFiles(page, [SMITHJD]);
  await page.locator('article.thread').first().waitFor();
  await openThread(page, '1222539833458868224', 8);
  const posts = await postTexts(page);
  assert.equal(posts.length, 8, 'every reply to the first post is in the article');
  // In time order: each post's permalink number, then the replies written 15:20–15:21.
  assert.deepEqual(
    posts.map((p) => p.match(/^#(\d+)/)?.[1]),
    ['1', '2', '3', '4', '5', '6', '7', '8'],
  );
  const links = await page
    .locator('article.thread section.post a.permalink')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href').split('/').pop()));
  assert.deepEqual(links, [
    '1222539833458868224',
    '1222539969157222400',
    '1222540076787175424',
    '1222540144688807938',
    '1222540216654647297',
    '1222540275475611650',
    '1222540333268918275',
    '1222540395692773377',
  ]);
  // The thread check reports the shape and hides nothing.
  const check = page.locator('details.integrity');
  assert.equal(
    squash(await check.locator('.integrity-summary').innerText()),
    '8 tweets · no gaps · 7 replies to #1',
  );
  await check.locator('summary').click();
  assertIncludes(squash(await check.innerText()), '#1: 7 replies (#2, #3, #4, #5, #6, #7, #8)', 'thread check');
  // All nine of the archive's self-reply trees are listed (the fan, two smaller fans, chains).
  const entries = page.locator('aside a[href^="#t="]');
  await page.waitForFunction(() => document.querySelectorAll('aside a[href^="#t="]').length >= 8);
  const listed = new Set(await entries.evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
  listed.add('#t=1222539833458868224');
  assert.equal(listed.size, 9, `the nine threads of the archive: ${[...listed].join(' ')}`);
});

appTest(h, 'a reply added six days later reads last, marked as a later part', async ({ page }) => {
  await pickFiles(page, MILAHU);
  await page.locator('article.thread').first().waitFor();
  await openThread(page, '2027739112069878026', 5);
  const posts = page.locator('article.thread section.post');
  assert.equal(await posts.count(), 5);
  const marks = page.locator('article.thread p.later-part');
  assert.equal(await marks.count(), 1, 'one later part');
  assert.equal(squash(await marks.innerText()), 'Added 5 days later · Mar 6, 2026');
  // The marker stands just before post #5, outside it.
  assert.equal(
    await posts.nth(4).evaluate((s) => s.previousElementSibling?.classList.contains('later-part')),
    true,
    'the marker heads post #5',
  );
  assert.match(await posts.nth(4).innerText(), /#5/);
  await page.screenshot({ path: join(ROOT, 'e2e', 'out', 'later-part.png'), fullPage: false }).catch(() => {});
});

appTest(h, 'a JSON Lines file cut off mid-line reads every good line and names the skipped one', async ({ page }) => {
  const whole = await readFile(join(ROOT, 'assets', 'samples', 'twitter-v2', 'twarc-csv_withheld.jsonl'), 'utf8');
  const lines = whole.trimEnd().split('\n');
  assert.equal(lines.length, 5);
  // A stream stopped mid-write: the last page cut in the middle of a string.
  const last = lines[4];
  const cut = last.slice(0, last.indexOf('"text": "', last.length / 2) + 20);
  const file = join(dir, 'stopped.jsonl');
  await writeFile(file, `${lines.slice(0, 4).join('\n')}\n${cut}`);
  await pickFiles(page, [file]);
  const alert = page.locator('[role=alert]');
  await alert.waitFor();
  const text = squash(await alert.innerText());
  assertIncludes(text, 'stopped.jsonl: read 4 JSON lines; skipped 1 line that could not be read: line 5 (', 'banner');
  assert.match(text, /line 5 \(EOF while parsing a string at column \d+\)/, text);
  // The good lines' threads are there.
  await page.locator('article.thread section.post').first().waitFor();
  assertExcludes(text, 'not a format', 'banner');
});

appTest(h, 'a file of one post dropped beside an archive is listed, not met with silence', async ({ page }) => {
  const status = join(ROOT, 'assets', 'samples', 'twitter-v1.1', 'python-twitter_extended_tweet_in_extended_mode.json');
  const archive = ['account.js', 'profile.js', 'tweets.js'].map((f) =>
    join(ROOT, 'assets', 'samples', 'twitter-archive', 'alrocar_2022', f),
  );
  await pickFiles(page, [...archive, status]);
  await waitForThread(page, 22);
  await openThread(page, '782737772490600448', 1);
  assert.equal(await page.locator('article.thread section.post').count(), 1);
  assert.equal(await page.locator('[role=alert]').count(), 0, 'no banner: both files were read');
});

appTest(h, 'a v1.1 status of a retweet shows the original, reposted by the retweeter', async ({ page }) => {
  const retweet = join(ROOT, 'tests', 'corpus', 'x-v1.1', 'python-twitter_retweet_of_jack.extracted.json');
  await pickFiles(page, [retweet]);
  await page.locator('article.thread header').filter({ hasText: /(^|\s)1 tweet\b/ }).first().waitFor();
  const header = squash(await page.locator('article.thread header').first().innerText());
  assertIncludes(header, '@jack', 'the original author in the header');
  const post = page.locator('article.thread section.post');
  assert.equal(await post.count(), 1);
  assert.equal(squash(await post.locator('p.reposted').innerText()), 'Reposted by @VeryOldTweets');
  assertIncludes(await post.innerText(), 'getting waxed!', 'the original text');
  const readOnX = page.locator('article.thread header a', { hasText: 'Read on X' });
  assert.equal(await readOnX.getAttribute('href'), 'https://x.com/jack/status/397');
  assert.equal(await page.locator('[role=alert]').count(), 0, 'no "holds 1 repost" banner');
});
