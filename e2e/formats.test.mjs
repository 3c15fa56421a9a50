// One test per source format: each loads a real sample from assets/samples (served as
// dist/samples/) either by `?src=` or through the page's file input, then checks the thread
// the article shows: a sentence read from the sample, the "Read on …" link, and its media.
// Every expected string below was read from the sample file named in the test.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, appTest, assertExcludes, assertIncludes, pickFiles, useHarness } from './lib/harness.mjs';

const SAMPLES = join(ROOT, 'assets', 'samples');
const sample = (p) => join(SAMPLES, p);

const h = useHarness();

/** The article's "Read on …" link: exactly one, with this text and href. */
async function assertReadOn(page, text, href) {
  const link = page.locator('article.thread header a').filter({ hasText: new RegExp(`^\\s*${text.replace(/[.]/g, '\\.')}\\s*$`) });
  assert.equal(await link.count(), 1, `the thread header has one link whose text is "${text}"`);
  assert.equal(await link.getAttribute('href'), href, `"${text}" href`);
}

/**
 * Wait for the article's header to give the post count: "1 tweet", "6 tweets", "2 posts"…
 * (waitForThread in harness.mjs only knows the plural "tweets").
 */
async function waitForCount(page, n, noun) {
  const label = `${n} ${noun}${n === 1 ? '' : 's'}`;
  const header = page.locator('article.thread header').filter({ hasText: new RegExp(`(^|\\D)${label}\\b`) });
  try {
    await header.first().waitFor();
  } catch (err) {
    const alert = await page.locator('[role=alert]').allInnerTexts();
    err.message += `\n\nexpected article.thread with a header saying "${label}"; error banner: ${alert.join(' | ') || '(none)'}`;
    throw err;
  }
}

const posts = (page) => page.locator('article.thread section.post');

appTest(
  h,
  'X API v2 (?src=): the k_sze thread from a search result',
  async ({ page }) => {
    await waitForCount(page, 6, 'tweet');
    assert.equal(await posts(page).count(), 6, 'number of section.post');
    const text = await page.locator('article.thread').first().innerText();
    assertIncludes(text, 'The really short answer that I would give has two parts.', 'post 1');
    assertIncludes(text, "There's probably a book you can read about that.", 'post 3');
    await assertReadOn(page, 'Read on X', 'https://x.com/k_sze/status/1384733747237441537');
  },
  { query: '?src=samples/twitter-v2/academictwitteR_search_all_from_k_sze_OR_noahwp.json' },
);

appTest(h, 'X API v2 (file input): a video tweet shows its poster and a link to the video', async ({ page }) => {
  await pickFiles(page, [sample('twitter-v2/twarc-csv_media_tweet.jsonl')]);
  await waitForCount(page, 1, 'tweet');
  const post = posts(page).first();
  assertIncludes(await post.innerText(), "She's GOING with it! 🐍", 'post text');
  await assertReadOn(page, 'Read on X', 'https://x.com/IgorBrigadir/status/1558553189766631429');
  const figure = post.locator('figure');
  assert.equal(await figure.count(), 1, 'one figure');
  assert.equal(
    await figure.locator('img').getAttribute('src'),
    'https://pbs.twimg.com/ext_tw_video_thumb/1558552952549277696/pu/img/7VaQu-AvReI8RHkv.jpg',
    'poster is the media preview_image_url',
  );
  const play = figure.locator('figcaption a');
  assert.match(await play.innerText(), /Play video/, 'figcaption links to the video');
  assert.equal(
    await play.getAttribute('href'),
    'https://video.twimg.com/ext_tw_video/1558552952549277696/pu/vid/1280x720/WiZrNZKT2lMzK5zA.mp4?tag=12',
    'video link href (the 1280x720 variant)',
  );
});

appTest(h, 'X API v1.1 (file input): a quote card carries the quoted photo', async ({ page }) => {
  await pickFiles(page, [sample('twitter-v1.1/python-twitter_status_quoted_tweet_with_media.json')]);
  await waitForCount(page, 1, 'tweet');
  const post = posts(page).first();
  assertIncludes(await post.innerText(), "You're immigration agents. Not police.", 'post text');
  await assertReadOn(page, 'Read on X', 'https://x.com/andresegura/status/850413178534211584');
  const quote = post.locator('blockquote');
  assert.equal(await quote.count(), 1, 'one quote card');
  assert.equal(await quote.getAttribute('cite'), 'https://x.com/ICEgov/status/850408344175222784', 'quote cite');
  const qtext = await quote.innerText();
  assertIncludes(qtext, '@ICEgov', 'quote author');
  assertIncludes(qtext, 'universally known term for law enforcement', 'quoted text');
  assert.equal(
    await quote.locator('figure img').getAttribute('src'),
    'https://pbs.twimg.com/media/C805lT_XoAAHDZT.jpg',
    'the quoted photo',
  );
});

appTest(
  h,
  'X web GraphQL TweetDetail (?src=): the 4-post @XDevelopers thread',
  async ({ page }) => {
    await waitForCount(page, 4, 'tweet');
    assert.equal(await posts(page).count(), 4, 'exactly 4 section.post');
    const text = await page.locator('article.thread').first().innerText();
    assertIncludes(text, 'Today, we are deprecating our Premium v1.1 API, including Premium Search and Account Activity API.', 'post 1');
    assertIncludes(text, 'Unwinding Premium is one step closer to full deprecation of those legacy tiers.', 'post 2');
    assertIncludes(text, '@XDevelopers', 'header handle');
    await assertReadOn(page, 'Read on X', 'https://x.com/XDevelopers/status/1649191520250245121');
    const link = posts(page).nth(2).locator('a[href="https://shorturl.at/uwAKZ"]');
    assert.equal(await link.count(), 1, 'post 3 links its expanded URL');
  },
  { query: '?src=samples/x-graphql-tweetdetail/twscrape_tweet_details_2026.json' },
);

appTest(h, 'X web GraphQL (file input): a poll card shows options with percentages', async ({ page }) => {
  await pickFiles(page, [sample('x-graphql-tweetdetail/twscrape_card_poll.json')]);
  await waitForCount(page, 1, 'tweet');
  const post = posts(page).first();
  assertIncludes(await post.innerText(), 'Bring back Vine?', 'post text');
  await assertReadOn(page, 'Read on X', 'https://x.com/elonmusk/status/1780666831310877100');
  const poll = post.getByRole('group', { name: 'Poll' });
  assert.equal(await poll.count(), 1, 'one poll');
  const options = (await poll.locator('li').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
  // choice1 Yes 844386, choice2 No 364677: 69.8% and 30.2% of 1,209,063.
  assert.equal(options.length, 2, `two options; got ${JSON.stringify(options)}`);
  assert.match(options[0], /^Yes\b.*844,386 votes.*69\.8%$/, 'option 1');
  assert.match(options[1], /^No\b.*364,677 votes.*30\.2%$/, 'option 2');
  assertIncludes(await poll.innerText(), '1,209,063 votes', 'poll total');
  // Saved while voting ran (counts_are_final: false): the counts are not called final.
  assertIncludes(await poll.innerText(), 'Voting ended Apr 18, 2024', 'poll status');
  assertExcludes(await poll.innerText(), 'Final results', 'poll status');
});

appTest(h, 'X archive with note-tweet.js (file input): a long post shows its full text', async ({ page }) => {
  const dir = 'twitter-archive/alrocar_2024_excerpt';
  await pickFiles(
    page,
    ['tweets.excerpt.js', 'note-tweet.js', 'account.js', 'profile.js'].map((f) => sample(`${dir}/${f}`)),
  );
  await waitForCount(page, 12, 'tweet');
  const post2 = posts(page).nth(1);
  // tweets.excerpt.js cuts this post off at "cualquier…"; the rest is only in note-tweet.js.
  assertIncludes(
    await post2.innerText(),
    'Entiéndase "infierno" como: varias personas dedicando varios días de trabajo para cualquier cambio mínimo.',
    'post 2 (from note-tweet.js)',
  );
  await assertReadOn(page, 'Read on X', 'https://x.com/alrocar/status/1754499761808302584');
  assert.equal(
    await posts(page).nth(2).locator('figure img').getAttribute('src'),
    'https://pbs.twimg.com/media/GFk1v9dWcAA3-Lq.jpg',
    'post 3 photo',
  );
});

appTest(
  h,
  'Bluesky getPostThread (?src=): the author thread and its bsky.app link',
  async ({ page }) => {
    await waitForCount(page, 2, 'post');
    const text = await page.locator('article.thread').first().innerText();
    assertIncludes(text, "It's almost impossible to find an embedded WiFi module that supports it.", 'post 1');
    assertIncludes(text, 'choosing case materials with good radio transparency', 'post 2');
    await assertReadOn(page, 'Read on Bluesky', 'https://bsky.app/profile/nonbinary.computer/post/3kosdondcpl2i');
  },
  { query: '?src=samples/bluesky/morpho_threadTortureTest.json' },
);

appTest(h, 'Mastodon status (file input): a link card', async ({ page }) => {
  await pickFiles(page, [sample('mastodon/mastodonpy_status_with_card.json')]);
  await waitForCount(page, 1, 'post');
  await assertReadOn(page, 'Read on localhost:3000', 'http://localhost:3000/@mastodonpy_test/117020609135389699');
  const post = posts(page).first();
  const card = post.locator('a[href="http://example.org/"]').filter({ hasText: 'Example Domain' });
  assert.equal(await card.count(), 1, 'one link card titled "Example Domain" to http://example.org/');
  assertIncludes(await card.innerText(), 'example.org', 'card shows the domain');
});

appTest(h, 'X API v2 without expansions (file input): the header says "Unknown author", never a bare "@"', async ({ page }) => {
  // The tweepy capture asked for no author fields: its tweets have no author_id, no users.
  await pickFiles(page, [sample('twitter-v2/tweepy_get_tweets_minimal_fields.json')]);
  const title = page.locator('article.thread header h1');
  await title.waitFor();
  assert.equal((await title.innerText()).trim(), 'Unknown author');
  assert.equal(await page.locator('article.thread header .author-handle').count(), 0, 'no handle line');
  assertIncludes(await posts(page).first().innerText(), '#TwitterAPI', 'post text');
  const header = await page.locator('article.thread header').innerText();
  assert.doesNotMatch(header, /(^|\s)@(\s|$)/, `no bare "@" in the header: ${header}`);
});
