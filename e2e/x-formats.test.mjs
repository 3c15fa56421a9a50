// X files issue 12 found refused or read wrong, loaded as a person would (the page's file
// input): twarc2 `flatten` output and a v1.1 premium search response (real files under
// tests/corpus, see SOURCES.md there), a compat-mode status cut at 140 characters (the
// python-twitter sample), and an archive .zip whose avatar is in `data/profile_media/`. The
// zip is written here with Python's zipfile from the alrocar_2022 sample files, plus an avatar
// JPEG drawn by Chromium under the name the archive gives it (the sample has no image bytes).
// The harness refuses every request that leaves 127.0.0.1, and records it.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { OUT, ROOT, appTest, assertIncludes, launchBrowser, pickFiles, squash, useHarness, waitForThread } from './lib/harness.mjs';
import { SAMPLE_FILES, THREAD_22 } from './lib/sample.mjs';

const CORPUS = join(ROOT, 'tests', 'corpus');
const FLAT = join(CORPUS, 'x-v2', 'twarc2-flat-obama.excerpt.jsonl');
const PREMIUM = join(CORPUS, 'x-v1.1', 'premium-30day-localbyflywheel.extracted.json');
const COMPAT = join(ROOT, 'assets', 'samples', 'twitter-v1.1', 'python-twitter_extended_tweet_in_compat_mode.json');

// profile.js of alrocar_2022: avatarMediaUrl …/profile_images/1595034476773609472/fUxfpHm5.jpg;
// account.js: accountId 52338276. The archive names the avatar's file after both.
const AVATAR_URL_PART = 'profile_images/1595034476773609472';
const AVATAR_ENTRY = 'data/profile_media/52338276-fUxfpHm5.jpg';

const h = useHarness();
let dir;
let zipPath;

const PY = `
import sys, zipfile
out, avatar, names = sys.argv[1], sys.argv[2], sys.argv[3:]
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for f in names:
        z.write(f, 'data/' + f.rsplit('/', 1)[-1])
    z.write(avatar, '${AVATAR_ENTRY}', compress_type=zipfile.ZIP_STORED)
`;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unroll-x-formats-'));
  const browser = await launchBrowser();
  const page = await browser.newPage();
  // A 96×96 JPEG avatar: a teal disc with an "A", unlike anything X would serve.
  const b64 = await page.evaluate(() => {
    const c = document.createElement('canvas');
    [c.width, c.height] = [96, 96];
    const g = c.getContext('2d');
    g.fillStyle = '#f3efe6';
    g.fillRect(0, 0, 96, 96);
    g.fillStyle = '#1f7a6d';
    g.beginPath();
    g.arc(48, 48, 44, 0, 2 * Math.PI);
    g.fill();
    g.fillStyle = '#fff';
    g.font = 'bold 52px sans-serif';
    g.textAlign = 'center';
    g.fillText('A', 48, 66);
    return c.toDataURL('image/jpeg', 0.9).split(',')[1];
  });
  await browser.close();
  const avatar = join(dir, 'avatar.jpg');
  await writeFile(avatar, Buffer.from(b64, 'base64'));
  zipPath = join(dir, 'twitter-2022-11-30-avatar.zip');
  execFileSync('python3', ['-c', PY, zipPath, avatar, ...SAMPLE_FILES]);
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Wait for the article's header to say `label` ("1 tweet"). */
async function waitForHeader(page, label) {
  const header = page.locator('article.thread header').filter({ hasText: label });
  try {
    await header.first().waitFor();
  } catch (err) {
    const alert = await page.locator('[role=alert]').allInnerTexts();
    err.message += `\n\nexpected a thread header saying "${label}"; error banner: ${alert.join(' | ') || '(none)'}`;
    throw err;
  }
}

/** Open thread `id` as a link to it would, and wait for its first post. */
async function openThread(page, id) {
  await page.evaluate((id) => {
    window.location.hash = `#t=${id}`;
  }, id);
  await page.locator(`article.thread section.post#p-${id}`).waitFor();
}

async function screenshot(page, name) {
  await mkdir(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, name) });
}

appTest(h, 'twarc2 flatten output loads and its thread reads with the author and the quote', async ({ page }) => {
  await pickFiles(page, [FLAT]);
  await waitForHeader(page, '1 tweet');
  assert.equal(await page.locator('[role=alert]').count(), 0, 'no error banner');
  // @JenATweeter's post quoting @Breaking911 (line 25 of the file).
  await openThread(page, '1380242403009966082');
  const header = squash(await page.locator('article.thread header').first().innerText());
  assertIncludes(header, 'Jen 🇺🇲', 'display name from the inlined author');
  assertIncludes(header, '@JenATweeter', 'handle from the inlined author');
  const post = page.locator('article.thread section.post').first();
  assertIncludes(await post.innerText(), "Obama's third term is going great!", 'post text');
  const quote = post.locator('.quote');
  assertIncludes(await quote.innerText(), '@Breaking911', 'the quote card names the quoted author');
  assertIncludes(await quote.innerText(), 'PSAKI: Pres. Biden and fmr. Pres. Obama', 'the quoted text');
  await screenshot(page, 'x-formats-twarc2-flat.png');
});

appTest(h, 'a v1.1 premium search response loads, long posts whole', async ({ page }) => {
  await pickFiles(page, [PREMIUM]);
  await waitForHeader(page, '1 tweet');
  assert.equal(await page.locator('[role=alert]').count(), 0, 'no error banner');
  await openThread(page, '1153075020920266752');
  const header = squash(await page.locator('article.thread header').first().innerText());
  assertIncludes(header, 'Brendan Foster', 'display name');
  assertIncludes(header, '@brendanrfoster', 'handle');
  const post = page.locator('article.thread section.post').first();
  // From `extended_tweet`: past the 140 characters of the compat text.
  assertIncludes(await post.innerText(), 'Exactly how @mamp_en should. Back to speedy coding.', 'whole text');
  assert.equal(await post.locator('.cut-notice').count(), 0, 'the whole text is in the file: no cut notice');
  await screenshot(page, 'x-formats-premium.png');
});

appTest(h, 'a compat-mode post cut at 140 characters says so and links to the whole', async ({ page }) => {
  await pickFiles(page, [COMPAT]);
  await waitForHeader(page, '1 tweet');
  const post = page.locator('article.thread section.post').first();
  assertIncludes(await post.innerText(), 'python_twitt pytho…', 'the cut text keeps its words');
  const notice = post.locator('p.cut-notice');
  assert.equal(squash(await notice.innerText()), 'This post is cut short in the file. Read it whole on X');
  const link = notice.locator('a');
  assert.equal(await link.getAttribute('href'), 'https://x.com/notinourselves/status/782737772490600448');
  assert.equal(await link.getAttribute('target'), '_blank');
  await screenshot(page, 'x-formats-cut.png');
});

appTest(h, "an archive zip's avatar is shown from the zip, not the network", async ({ page, external }) => {
  await pickFiles(page, [zipPath]);
  await waitForThread(page, THREAD_22.posts);
  const avatar = page.locator('article.thread header img.avatar');
  await page.waitForFunction(() => document.querySelector('article.thread header img.avatar')?.src.startsWith('blob:'), null, {
    timeout: 20_000,
  });
  await avatar.evaluate((img) => img.decode());
  assert.equal(await avatar.evaluate((img) => img.naturalWidth), 96, 'the zip\'s 96 px JPEG');
  assert.equal(await avatar.isVisible(), true, 'the avatar shows');
  const asked = external.filter((u) => u.includes(AVATAR_URL_PART));
  assert.deepEqual(asked, [], 'no request for the avatar left the page');
  await screenshot(page, 'x-formats-zip-avatar.png');
});
