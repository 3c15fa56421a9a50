// Mastodon fidelity on the real files of tests/corpus/mastodon (see its SOURCES.md), picked
// through the page's file input: a list of statuses lists every status (its self-reply pair
// as one thread), a content warning's library excerpt shows the warning and not the text it
// hides, custom emoji are inline images (alt ":shortcode:") in post text and display names,
// and an `unknown` attachment is a link to its file. Every expected string was read from
// the file named in the test.
//
// Nothing may leave the machine (the harness refuses other hosts), so the emoji images are
// answered here with a small local PNG; one host is left refused to see the fallback text.

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { OUT, ROOT, appTest, assertExcludes, assertIncludes, pickFiles, useHarness } from './lib/harness.mjs';

const corpus = (p) => join(ROOT, 'tests', 'corpus', 'mastodon', p);
const TOOTS = corpus('justmytoots_test_toots.json');
const HALCY = corpus('mastodonpy_entity_customemoji_status.json');
const GTS = corpus('gotosocial_web_status_unknown_attachments.json');

/** A 16×16 orange disc: what every custom emoji image answers with in these tests. */
const EMOJI_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAMElEQVR42mNgoDZ4ViH3Hx+mSDNeQ4jVjNUQUjVjGDJqwLAwgOKERJWkTJXMRA4AANj4qrSfdMerAAAAAElFTkSuQmCC',
  'base64',
);

const h = useHarness();

/** Answer custom emoji images (their paths say `custom_emojis`) from `hosts` locally. */
async function serveEmoji(page, hosts) {
  await page.route(
    (url) => hosts.includes(url.hostname) && url.pathname.includes('/custom_emojis/'),
    (route) => route.fulfill({ status: 200, contentType: 'image/png', body: EMOJI_PNG }),
  );
}

const libraryEntries = (page) => page.locator('nav[aria-label=Library] a.library-entry');

/** The emoji images in `scope`, as [alt, title] pairs, once each has loaded. */
async function loadedEmoji(scope) {
  const imgs = scope.locator('img.emoji');
  await imgs.first().waitFor();
  await scope.page().waitForFunction(
    (els) => els.every((e) => e.complete && e.naturalWidth > 0),
    await imgs.elementHandles(),
  );
  return imgs.evaluateAll((els) => els.map((e) => [e.alt, e.title]));
}

async function screenshot(page, name) {
  await mkdir(OUT, { recursive: true });
  const path = join(OUT, name);
  await page.screenshot({ path, fullPage: true });
  console.error(`saved ${path}`);
}

appTest(h, 'Mastodon statuses array: every status is listed, the self-reply pair reads as one thread', async ({ page }) => {
  await serveEmoji(page, ['files.techhub.social', 'media.universeodon.com', 'media.beige.party']);
  await pickFiles(page, [TOOTS]);
  // Seven statuses: the pair 109683797485314862 ← 109683800922113496 and five others.
  await page.locator('article.thread header').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('nav[aria-label=Library] a.library-entry').length >= 6);
  assert.equal(await libraryEntries(page).count(), 6, 'six library entries: one per thread');
  const excerpts = (await libraryEntries(page).locator('.excerpt').allInnerTexts()).map((s) => s.trim());
  assert.deepEqual(
    [...excerpts].sort(),
    [
      ':pacman: :verified: :verified: :ve:',
      'CW: Content Warning',
      'CW: Slightly lewd',
      "Let's see if we can filter out 'unlisted' toots. Looks good. How about replies?",
      'Shady figure: hey pssst! Wanna *opens coat revealing assortment of coke cans* Taste the Feeling?',
      'me: tripping on acid is crazy my therapist:',
    ].sort(),
    'each status once; content warnings show the warning',
  );
  // The CW excerpt never shows the text it hides ("CONTENT (told ya)").
  assertExcludes(excerpts.join(' | '), 'told ya', 'library excerpts');
  assertExcludes(excerpts.join(' | '), 'erotic', 'library excerpts');

  // The pair opens as one thread of two posts.
  await libraryEntries(page).filter({ hasText: "Let's see if we can filter out" }).click();
  const header = page.locator('article.thread header').filter({ hasText: '2 posts' });
  await header.waitFor();
  const posts = page.locator('article.thread section.post');
  assert.equal(await posts.count(), 2, 'two posts in the thread');
  assertIncludes(await posts.nth(0).innerText(), "Let's see if we can filter out 'unlisted' toots.", 'post 1');
  assertIncludes(await posts.nth(1).innerText(), 'Looks good. How about replies?', 'post 2');
  await screenshot(page, 'mastodon-array.png');
});

appTest(h, 'Mastodon custom emoji: inline images in the text and the display name, text when one fails', async ({ page }) => {
  // mastodon.social's emoji are served; the post's are all there. Open the CW to see them.
  await serveEmoji(page, ['files.mastodon.social']);
  await pickFiles(page, [HALCY]);
  const name = page.locator('article.thread h1.author-name');
  await name.waitFor();
  assert.deepEqual(await loadedEmoji(name), [[':icosahedron:', ':icosahedron:']], 'the name shows its emoji');
  assert.equal((await name.innerText()).trim(), 'halcy\u200b', 'the name text around the emoji');
  const post = page.locator('article.thread section.post').first();
  await post.locator('details.content-warning > summary').click();
  const para = post.locator('p').filter({ hasText: 'fields filled' });
  assert.deepEqual(await loadedEmoji(para), [[':trans_heart:', ':trans_heart:']], 'the text shows its emoji');
  assertExcludes(await para.innerText(), ':trans_heart:', 'the paragraph (an image, not the shortcode)');
  // Inline at text size: the emoji is no taller than a line of the paragraph.
  const box = await para.locator('img.emoji').boundingBox();
  const lineHeight = await para.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
  assert.ok(box.height > 10 && box.height <= lineHeight, `emoji height ${box.height} within the line (${lineHeight})`);
  // The page title names the author in plain text.
  assertIncludes(await page.title(), 'halcy', 'page title');
  await screenshot(page, 'mastodon-emoji.png');
});

appTest(h, 'Mastodon custom emoji: an image that cannot load shows its :shortcode:', async ({ page }) => {
  // No route for mastodon.social here: the harness refuses it, as offline.
  await pickFiles(page, [HALCY]);
  const name = page.locator('article.thread h1.author-name');
  await name.filter({ hasText: ':icosahedron:' }).waitFor();
  assert.equal(await name.locator('img').count(), 0, 'the failed image is gone');
  assert.equal((await name.innerText()).trim(), 'halcy\u200b :icosahedron:', 'the shortcode instead');
});

appTest(h, 'Mastodon unknown attachments: links to their files with their descriptions', async ({ page }) => {
  await pickFiles(page, [GTS]);
  const post = page.locator('article.thread section.post').first();
  await post.waitFor();
  await post.locator('details.content-warning > summary').click();
  const files = post.locator('figure.media.file');
  assert.equal(await files.count(), 2, 'two file links');
  const svg = files.nth(0).locator('a');
  assert.equal((await svg.innerText()).trim(), 'SVG line art of a sloth, public domain', 'link text: the description');
  assert.equal(
    await svg.getAttribute('href'),
    'http://example.org/fileserver/01HE7Y659ZWZ02JM4AWYJZ176Q/attachment/original/01HE7ZGJYTSYMXF927GF9353KR.svg',
    'the remote file',
  );
  assertIncludes(await files.nth(0).innerText(), '01HE7ZGJYTSYMXF927GF9353KR.svg · example.org', 'file and host');
  assert.equal((await files.nth(1).locator('a').innerText()).trim(), 'Jolly salsa song, public domain.', 'the MP3');
  assert.equal(await files.locator('img').count(), 0, 'no image for a file');
  await screenshot(page, 'mastodon-files.png');
});
