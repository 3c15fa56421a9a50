// An X archive .zip with its media, shown offline: the archive keeps each post's photos,
// GIFs and videos in `data/tweets_media/<post id>-<file name of the media URL>`. The zip is
// written here with Python's zipfile from the alrocar_2022 sample's account.js, profile.js
// and tweets.js, plus media files named as the archive names them after that sample's real
// media URLs. The media are made in Chromium itself (canvas JPEGs, a MediaRecorder MP4),
// since the sample carries no media bytes. Some photos are stored, some deflated, as zip
// tools do. The harness refuses every request to pbs.twimg.com or video.twimg.com, so what
// shows came from the zip. The same JPEGs, picked as loose files beside tweets.js (an
// unzipped archive), must show too.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { OUT, appTest, launchBrowser, pickFiles, useHarness, waitForThread } from './lib/harness.mjs';
import { SAMPLE_DIR, SAMPLE_FILES, THREAD_22 } from './lib/sample.mjs';
import { recordSlices, slicesRead } from './lib/slices.mjs';

const h = useHarness();
let dir;
let zipPath;
let zipSize;
/** Archive media names of the 22-post thread's photos, as `tweets.js` gives them. */
let threadPhotos;

// Real posts of the sample with a GIF and videos (ids and media URLs read from tweets.js),
// each in a self-thread of its own.
const GIF_POST = '1496534652714160130';
const GIF_FILE = `${GIF_POST}-FMTCVIaXoAs8jRZ.mp4`;
const VIDEO_POST = '1510709389879033857';
// The best (832 kbps) variant of that video, the one the archive keeps.
const VIDEO_FILE = `${VIDEO_POST}-Rx_xD2HbOOzcl1af.mp4`;
// Another video whose archive file is not its best variant (640x360 of 1280x720): the reader
// still finds it, the post's only video file.
const OTHER_VIDEO_POST = '1497870987244838912';
const OTHER_VIDEO_FILE = `${OTHER_VIDEO_POST}-eKdfghDLTjLt4m0o.mp4`;
/** Post id → the id of its self-thread (its first post), filled from tweets.js. */
const threadOf = new Map();

const PY = `
import sys, zipfile
out, names = sys.argv[1], sys.argv[2:]
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for i, f in enumerate(names):
        if '/tweets_media/' in f:
            arc, path = f.split('=', 1)
            kind = zipfile.ZIP_STORED if i % 2 else zipfile.ZIP_DEFLATED
            z.write(path, arc, compress_type=kind)
        else:
            z.write(f, 'data/' + f.rsplit('/', 1)[-1])
`;

/** The 22-post thread's post ids: the first post, then each self-reply to the one before. */
function threadIds(tweets) {
  const ids = [THREAD_22.firstId];
  for (;;) {
    const next = tweets.find((t) => t.in_reply_to_status_id_str === ids[ids.length - 1]);
    if (!next) return ids;
    ids.push(next.id_str);
  }
}

/** JPEG bytes of a `w`×`h` image of one colour with a number on it, drawn by Chromium. */
async function jpegs(page, count) {
  const urls = await page.evaluate((count) => {
    const out = [];
    for (let i = 0; i < count; i += 1) {
      const c = document.createElement('canvas');
      [c.width, c.height] = [320, 180];
      const g = c.getContext('2d');
      g.fillStyle = `hsl(${(i * 47) % 360} 60% 45%)`;
      g.fillRect(0, 0, c.width, c.height);
      g.fillStyle = '#fff';
      g.font = 'bold 64px sans-serif';
      g.fillText(String(i + 1), 24, 110);
      out.push(c.toDataURL('image/jpeg', 0.8));
    }
    return out;
  }, count);
  return urls.map((u) => Buffer.from(u.split(',')[1], 'base64'));
}

/** A one-second MP4 recorded from a canvas by Chromium's MediaRecorder. */
async function mp4(page) {
  const b64 = await page.evaluate(async () => {
    const c = document.createElement('canvas');
    [c.width, c.height] = [160, 120];
    const g = c.getContext('2d');
    const rec = new MediaRecorder(c.captureStream(25), { mimeType: 'video/mp4' });
    const chunks = [];
    rec.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise((r) => (rec.onstop = r));
    rec.start();
    const t0 = performance.now();
    while (performance.now() - t0 < 1000) {
      g.fillStyle = `hsl(${(performance.now() - t0) / 3} 70% 50%)`;
      g.fillRect(0, 0, c.width, c.height);
      await new Promise((r) => requestAnimationFrame(r));
    }
    rec.stop();
    await stopped;
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  });
  return Buffer.from(b64, 'base64');
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unroll-zip-media-'));
  const js = await readFile(join(SAMPLE_DIR, 'tweets.js'), 'utf8');
  const tweets = JSON.parse(js.slice(js.indexOf('['))).map((t) => t.tweet);
  const ids = new Set(threadIds(tweets));
  assert.equal(ids.size, THREAD_22.posts, 'the sample still holds the 22-post chain');
  threadPhotos = tweets
    .filter((t) => ids.has(t.id_str))
    .flatMap((t) => (t.extended_entities?.media ?? []).map((m) => `${t.id_str}-${m.media_url_https.split('/').pop()}`));
  assert.equal(threadPhotos.length, THREAD_22.photos, 'photos of the 22 posts in tweets.js');
  const byId = new Map(tweets.map((t) => [t.id_str, t]));
  for (const [post, file] of [[GIF_POST, GIF_FILE], [VIDEO_POST, VIDEO_FILE], [OTHER_VIDEO_POST, OTHER_VIDEO_FILE]]) {
    const urls = (byId.get(post)?.extended_entities?.media ?? []).flatMap((m) => m.video_info.variants.map((v) => v.url));
    assert.ok(urls.some((u) => u.split('?')[0].endsWith(`/${file.slice(post.length + 1)}`)), `${file} is named after tweets.js`);
    let root = post;
    while (byId.has(byId.get(root).in_reply_to_status_id_str)) root = byId.get(root).in_reply_to_status_id_str;
    threadOf.set(post, root);
  }

  const browser = await launchBrowser();
  const page = await browser.newPage();
  const images = await jpegs(page, threadPhotos.length);
  const video = await mp4(page);
  await browser.close();
  const media = [];
  for (const [i, name] of threadPhotos.entries()) {
    const path = join(dir, name);
    await writeFile(path, images[i]);
    media.push(`data/tweets_media/${name}=${path}`);
  }
  for (const name of [GIF_FILE, VIDEO_FILE, OTHER_VIDEO_FILE]) {
    const path = join(dir, name);
    await writeFile(path, video);
    media.push(`data/tweets_media/${name}=${path}`);
  }
  zipPath = join(dir, 'twitter-2022-11-30-media.zip');
  execFileSync('python3', ['-c', PY, zipPath, ...SAMPLE_FILES, ...media]);
  zipSize = (await readFile(zipPath)).length;
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

// Flips one byte in the middle of an entry's compressed data, as a damaged download would.
const CORRUPT = `
import sys, zipfile
path, name = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(path) as z:
    info = z.getinfo(name)
assert info.compress_type == zipfile.ZIP_DEFLATED, 'the damaged entry is deflated'
with open(path, 'r+b') as f:
    f.seek(info.header_offset + 26)
    head = f.read(4)
    start = info.header_offset + 30 + int.from_bytes(head[:2], 'little') + int.from_bytes(head[2:], 'little')
    f.seek(start + info.compress_size // 2)
    b = f.read(1)
    f.seek(-1, 1)
    f.write(bytes([b[0] ^ 0xFF]))
`;

/**
 * Waits until every photo of the 22-post thread has a blob: URL of the page, then scrolls to
 * each (images load lazily, as on any long page), decodes it and gives its natural width.
 */
async function blobPhotoWidths(page) {
  const photos = 'article.thread section.post figure.photo img';
  await page.waitForFunction(
    ([sel, n]) => {
      const imgs = [...document.querySelectorAll(sel)];
      return imgs.length === n && imgs.every((i) => i.src.startsWith('blob:'));
    },
    [photos, THREAD_22.photos],
    { timeout: 20_000 },
  );
  const widths = [];
  for (const img of await page.locator(photos).all()) {
    await img.scrollIntoViewIfNeeded();
    await img.evaluate((i) => i.decode());
    widths.push(await img.evaluate((i) => i.naturalWidth));
  }
  return widths;
}

appTest(h, 'archive .zip: the thread\'s photos show from the zip, offline', async ({ page, external }) => {
  await recordSlices(page);
  await pickFiles(page, [zipPath]);
  await waitForThread(page, THREAD_22.posts);
  assert.deepEqual(await blobPhotoWidths(page), Array(THREAD_22.photos).fill(320), 'every photo decoded: the 320px JPEGs of the zip');
  const photos = page.locator('article.thread section.post figure.photo img');
  assert.equal(await photos.count(), THREAD_22.photos, 'one img per photo of the 22 posts');
  assert.equal(await page.locator('article.thread figure.is-unavailable').count(), 0, 'no "Image unavailable" note');
  assert.deepEqual(
    external.filter((u) => u.includes('pbs.twimg.com/media/')),
    [],
    'no photo of the thread was asked of pbs.twimg.com',
  );
  // The alt text (none in this sample) stays out; the image keeps its place in the post.
  const first = await photos.first().evaluate((i) => [i.closest('section.post').id, i.getBoundingClientRect().width]);
  assert.ok(first[1] > 200, `the first photo is laid out (${first[1]}px wide)`);

  // Only the thread's media entries were read, each in slices of the zip, never all of it.
  const slices = await slicesRead(page);
  const ofZip = (list) => list.filter(([, , size]) => size === zipSize);
  for (const [start, end] of [...ofZip(slices.worker), ...ofZip(slices.page)]) {
    assert.ok(end - start < zipSize, `slice ${start}..${end} is not the whole ${zipSize}-byte zip`);
  }
  // 9 slices open the archive in the worker (see zip.test.mjs); each photo is then read on
  // the page, a local header plus its data (sliced as it is when stored, read and inflated
  // when deflated).
  assert.equal(ofZip(slices.worker).length, 9, `slices of the zip in the worker: ${ofZip(slices.worker).length}`);
  assert.equal(ofZip(slices.page).length, 2 * THREAD_22.photos, `slices of the zip on the page: ${ofZip(slices.page).length}`);

  await page.screenshot({ path: join(OUT, 'zip-media.png') });
  // Print keeps the archive's images: the PDF holds one image per photo.
  const pdfPath = join(OUT, 'zip-media.pdf');
  await writeFile(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
  const list = execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' });
  const images = list.split('\n').slice(2).filter((l) => /\bimage\b/.test(l));
  assert.ok(images.length >= THREAD_22.photos, `the PDF holds ${images.length} images:\n${list}`);
});

appTest(h, 'archive .zip: a GIF loops and a video plays from the zip, offline', async ({ page }) => {
  await pickFiles(page, [zipPath]);
  await waitForThread(page, THREAD_22.posts);
  for (const [post, kind] of [[GIF_POST, 'gif'], [VIDEO_POST, 'video'], [OTHER_VIDEO_POST, 'video']]) {
    await page.evaluate((id) => (location.hash = `#t=${id}`), threadOf.get(post));
    const selector = `article.thread section#p-${post} figure.${kind}.is-archived video`;
    const video = page.locator(selector);
    await video.waitFor();
    // The video element loads the recorded MP4 from the zip: its metadata and size.
    await page.waitForFunction(
      (selector) => {
        const v = document.querySelector(selector);
        return v && v.src.startsWith('blob:') && v.readyState >= 1 && v.videoWidth === 160;
      },
      selector,
      { timeout: 10_000 },
    );
    const attrs = await video.evaluate((v) => ({
      controls: v.controls,
      loop: v.loop,
      muted: v.muted,
      duration: v.duration,
    }));
    assert.ok(attrs.duration > 0.5, `${post}: the ${kind} lasts ${attrs.duration}s`);
    if (kind === 'gif') {
      assert.deepEqual([attrs.loop, attrs.muted, attrs.controls], [true, true, false], 'a GIF loops silently');
    } else {
      assert.equal(attrs.controls, true, 'a video has controls');
    }
    await page.locator(`article.thread section#p-${post}`).screenshot({ path: join(OUT, `zip-media-${kind}-${post}.png`) });
  }
});

appTest(h, 'unzipped archive: photos picked beside tweets.js show from those files, offline', async ({ page, external }) => {
  // The files of data/tweets_media/ picked together with the archive's .js files (the
  // same JPEGs as in the zip, under the names the archive gives them).
  await pickFiles(page, [...SAMPLE_FILES, ...threadPhotos.map((name) => join(dir, name))]);
  await waitForThread(page, THREAD_22.posts);
  assert.deepEqual(await blobPhotoWidths(page), Array(THREAD_22.photos).fill(320), 'every photo decoded from its picked file');
  assert.equal(await page.locator('[role=alert]').count(), 0, 'the image files are not taken for unknown formats');
  assert.deepEqual(external.filter((u) => u.includes('pbs.twimg.com/media/')), [], 'nothing asked of pbs.twimg.com');
});

appTest(h, 'archive .zip: a damaged photo entry folds into a note; the others still show', async ({ page }) => {
  // A copy of the zip with the second photo's entry damaged (a deflated one: the zip is
  // written with the three .js files first, then stored and deflated entries in turn).
  const damaged = join(dir, 'twitter-2022-11-30-damaged.zip');
  await writeFile(damaged, await readFile(zipPath));
  execFileSync('python3', ['-c', CORRUPT, damaged, `data/tweets_media/${threadPhotos[1]}`]);
  const warnings = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  await pickFiles(page, [damaged]);
  await waitForThread(page, THREAD_22.posts);
  const [post, file] = threadPhotos[1].split(/-(.*)/);
  const bad = page.locator(`article.thread section#p-${post} figure.photo`).filter({ has: page.locator(`img[src*="${file}"]`) });
  // Its remote copy is refused offline (images load lazily: scroll to it first).
  await page.locator(`article.thread section#p-${post}`).scrollIntoViewIfNeeded();
  await bad.and(page.locator('.is-unavailable')).waitFor();
  assert.ok(
    warnings.some((w) => w.includes('archive media not shown') && w.includes(threadPhotos[1])),
    `a console warning names the entry: ${JSON.stringify(warnings)}`,
  );
  // Every other photo still comes from the zip.
  await page.waitForFunction(
    (n) => [...document.querySelectorAll('article.thread figure.photo img')].filter((i) => i.src.startsWith('blob:')).length === n,
    THREAD_22.photos - 1,
    { timeout: 20_000 },
  );
  assert.equal(await page.locator('[role=alert]').count(), 0, 'no error banner: the thread reads on');
});
