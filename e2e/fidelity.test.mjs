// Reading fidelity in a real browser, for what component tests can only see as markup:
// - a Mastodon content warning hides the post (its text and its link card) until the reader
//   opens the summary, and a PDF of the page prints the post anyway;
// - a right-to-left post is laid out right to left (the browser resolves its dir="auto" to
//   rtl and its text hugs the column's right edge) while a Latin post stays left to right.
// The statuses are derived at test time from the real sample
// assets/samples/mastodon/mastodonpy_status_with_card.json (only the fields named in each
// test are changed) and written to a temporary directory, then picked through the file input.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import {
  OUT,
  ROOT,
  appTest,
  assertExcludes,
  assertIncludes,
  pickFiles,
  squash,
  useHarness,
} from './lib/harness.mjs';
import { articleText } from './lib/reader.mjs';

const SAMPLE = join(ROOT, 'assets', 'samples', 'mastodon', 'mastodonpy_status_with_card.json');
// Read from the sample: its content is one paragraph holding a link to http://example.org/
// shown as "example.org/", and its card is titled "Example Domain".
const POST_TEXT = 'example.org/';
const CARD_TITLE = 'Example Domain';
const CARD_HREF = 'http://example.org/';

const CW = 'Film spoilers';
const ARABIC = 'مرحبا بالعالم، هذا منشور باللغة العربية';

const h = useHarness();
let dir;
let sample;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unroll-e2e-fidelity-'));
  sample = JSON.parse(await readFile(SAMPLE, 'utf8'));
  // Guard: the expectations above were read from this file.
  assert.equal(sample.spoiler_text, '', 'the sample has no content warning of its own');
  assert.equal(sample.language, 'en', 'the sample is in English');
  assert.ok(sample.content.includes(`<span class="">${POST_TEXT}</span>`), 'the sample content links example.org/');
  assert.equal(sample.card?.title, CARD_TITLE, 'the sample card title');
});
after(() => rm(dir, { recursive: true, force: true }));

/** Write the sample with `changes` applied to the temp dir; returns its path. */
async function derived(name, changes) {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify({ ...sample, ...changes }));
  return path;
}

async function openPost(page, path) {
  await pickFiles(page, [path]);
  const post = page.locator('article.thread section.post');
  await post.first().waitFor();
  assert.equal(await post.count(), 1, 'one section.post');
  return post.first();
}

appTest(h, 'content warning: the post and its card stay hidden until the summary is clicked', async ({ page }) => {
  // Derived: the sample with a spoiler text, as Mastodon writes a content warning.
  const post = await openPost(page, await derived('cw.json', { spoiler_text: CW }));
  const cw = post.locator('details.content-warning');
  assert.equal(await cw.count(), 1, 'one details.content-warning in the post');
  const summary = cw.locator('summary');
  assert.equal(squash(await summary.innerText()), `CW: ${CW}`, 'summary text');
  const label = () => summary.evaluate((s) => getComputedStyle(s, '::after').content);
  assert.equal(await label(), '"Show post"', 'the closed summary offers "Show post"');
  assert.ok(await summary.isVisible(), 'the warning is on screen');

  const text = post.locator('a.link', { hasText: POST_TEXT });
  const card = post.locator(`a.link-card[href="${CARD_HREF}"]`);
  assert.equal(await text.count(), 1, `the post text links ${CARD_HREF}`);
  assert.equal(await card.count(), 1, 'one link card');
  assert.equal(await cw.getAttribute('open'), null, 'the warning starts closed');
  assert.equal(await text.isVisible(), false, 'the post text is hidden while the warning is closed');
  assert.equal(await card.isVisible(), false, 'the link card is hidden while the warning is closed');
  const closed = await articleText(page);
  assertIncludes(closed, `CW: ${CW}`, 'article text (closed)');
  assertExcludes(closed, 'example.org', 'article text while the warning is closed');
  assertExcludes(closed, CARD_TITLE, 'article text while the warning is closed');

  await summary.click();
  assert.equal(await cw.getAttribute('open'), '', 'the click opens the warning');
  assert.ok(await text.isVisible(), 'the post text shows once opened');
  assert.ok(await card.isVisible(), 'the link card shows once opened');
  const opened = await articleText(page);
  assertIncludes(opened, POST_TEXT, 'article text (opened)');
  assertIncludes(opened, CARD_TITLE, 'article text (opened)');
  assert.equal(await label(), '"Hide"', 'the opened summary offers "Hide"');
});

appTest(h, 'content warning: a PDF prints the post even while the warning is closed on screen', async ({ page }) => {
  // Derived: the sample with a spoiler text, as Mastodon writes a content warning.
  const post = await openPost(page, await derived('cw.json', { spoiler_text: CW }));
  const cw = post.locator('details.content-warning');
  assert.equal(await cw.getAttribute('open'), null, 'the warning is closed on screen');
  assertExcludes(await articleText(page), CARD_TITLE, 'article text on screen');

  await mkdir(OUT, { recursive: true });
  const pdfPath = join(OUT, 'content-warning.pdf');
  await writeFile(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
  const pdf = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  await writeFile(join(OUT, 'content-warning.txt'), pdf);
  assertIncludes(pdf, `CW: ${CW}`, 'PDF text (the warning)');
  assertIncludes(pdf, POST_TEXT, 'PDF text (the post)');
  assertIncludes(pdf, CARD_TITLE, 'PDF text (the link card)');
  assertExcludes(pdf, 'Show post', 'PDF text (the summary prints without its button label)');
  // Printing does not open the warning on screen.
  assert.equal(await cw.getAttribute('open'), null, 'the warning is still closed after printing');
});

/**
 * The post's first paragraph: its resolved direction, and where its text's box sits in the
 * post's column (the section's content box), in CSS pixels.
 */
async function layout(post) {
  return post.locator('p').first().evaluate((p) => {
    const section = p.closest('section.post');
    const cs = getComputedStyle(section);
    const box = section.getBoundingClientRect();
    const column = {
      left: box.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft),
      right: box.right - parseFloat(cs.borderRightWidth) - parseFloat(cs.paddingRight),
    };
    const range = document.createRange();
    range.selectNodeContents(p);
    const r = range.getBoundingClientRect();
    return {
      text: p.textContent,
      direction: getComputedStyle(p).direction,
      dirRtl: p.matches(':dir(rtl)'),
      column,
      textBox: { left: r.left, right: r.right, width: r.width },
    };
  });
}

const NEAR = 2; // px

appTest(h, 'right to left: an Arabic post resolves to rtl and hugs the right edge', async ({ page }) => {
  // Derived: the sample with Arabic content and language.
  const path = await derived('rtl.json', { content: `<p>${ARABIC}</p>`, language: 'ar' });
  const post = await openPost(page, path);
  assert.equal(await post.getAttribute('dir'), 'auto', 'section.post dir');
  assert.equal(await post.getAttribute('lang'), 'ar', 'section.post lang');
  const l = await layout(post);
  const info = JSON.stringify(l);
  assert.equal(l.text, ARABIC, 'the paragraph holds the Arabic text');
  assert.equal(l.direction, 'rtl', `computed direction of the paragraph: ${info}`);
  assert.ok(l.dirRtl, `the paragraph matches :dir(rtl): ${info}`);
  // One short line: it must end at the column's right edge and leave room on the left.
  assert.ok(l.textBox.width > 50 && l.textBox.width < (l.column.right - l.column.left) / 2, `one short line: ${info}`);
  assert.ok(Math.abs(l.column.right - l.textBox.right) <= NEAR, `the text ends at the column's right edge: ${info}`);
  assert.ok(l.textBox.left - l.column.left > 100, `the text leaves the left of the column empty: ${info}`);

  await mkdir(OUT, { recursive: true });
  await post.screenshot({ path: join(OUT, 'rtl-post.png') });
});

appTest(h, 'left to right: the unmodified (English) sample resolves to ltr and starts at the left edge', async ({ page }) => {
  const post = await openPost(page, SAMPLE);
  assert.equal(await post.getAttribute('dir'), 'auto', 'section.post dir');
  assert.equal(await post.getAttribute('lang'), 'en', 'section.post lang');
  const l = await layout(post);
  const info = JSON.stringify(l);
  assert.equal(squash(l.text), POST_TEXT, 'the paragraph holds the link text');
  assert.equal(l.direction, 'ltr', `computed direction of the paragraph: ${info}`);
  assert.ok(!l.dirRtl, `the paragraph does not match :dir(rtl): ${info}`);
  assert.ok(l.textBox.width > 20, `the text has a box: ${info}`);
  assert.ok(Math.abs(l.textBox.left - l.column.left) <= NEAR, `the text starts at the column's left edge: ${info}`);
  assert.ok(l.column.right - l.textBox.right > 100, `the text leaves the right of the column empty: ${info}`);
});
