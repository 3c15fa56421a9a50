// A whole X archive .zip picked as it was downloaded: the zip is written here with Python's
// zipfile (deflated, the alrocar_2022 sample's account.js, profile.js and tweets.js under
// `data/`, beside a media entry the app skips), and the page must open its 22-post thread
// exactly as it does from the loose files.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { appTest, assertIncludes, pickFiles, useHarness, waitForThread } from './lib/harness.mjs';
import { articleText, assertThreadShown } from './lib/reader.mjs';
import { DISPLAY_NAME, HANDLE, SAMPLE_FILES, THREAD_22 } from './lib/sample.mjs';
import { recordSlices, slicesRead } from './lib/slices.mjs';

const h = useHarness();
let dir;
let zipPath;

const PY = `
import sys, zipfile
out, *files = sys.argv[1:]
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for f in files:
        z.write(f, 'data/' + f.rsplit('/', 1)[-1])
    z.writestr('data/tweets_media/${THREAD_22.firstId}-photo.jpg', b'\\xff\\xd8\\xff\\xe0')
`;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unroll-zip-'));
  zipPath = join(dir, 'twitter-2022-11-30.zip');
  execFileSync('python3', ['-c', PY, zipPath, ...SAMPLE_FILES]);
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

appTest(h, 'file input: a whole archive .zip opens on its 22-post thread', async ({ page }) => {
  // Record every Blob.slice the app makes: it reads the zip piece by piece, never whole.
  await recordSlices(page);
  await pickFiles(page, [zipPath]);
  await waitForThread(page, THREAD_22.posts);
  await assertThreadShown(page, THREAD_22, { handle: HANDLE, displayName: DISPLAY_NAME });
  const text = await articleText(page);
  for (const s of THREAD_22.first) assertIncludes(text, s, 'first post');
  assertIncludes(text, THREAD_22.lastText, 'post 21');
  assertIncludes(text, THREAD_22.decoded, 'post 7');
  const photos = page.locator('article.thread section.post img[src^="https://pbs.twimg.com/media/"]');
  assert.equal(await photos.count(), THREAD_22.photos, 'every photo of the 22 posts is shown');
  assert.equal(await page.locator('[role=alert]').count(), 0, 'no error banner');

  const { worker: slices, page: onPage } = await slicesRead(page);
  assert.deepEqual(onPage, [], 'the page reads nothing of the zip to import it: its worker does');
  // The first 4 bytes, the end record's tail, the central directory, then a local header
  // and the data of each of the 3 archive files (the media entry is skipped).
  assert.equal(slices.length, 3 + 3 * 2, `slices read: ${JSON.stringify(slices)}`);
  assert.deepEqual(slices[0].slice(0, 2), [0, 4], 'first the zip signature');
  for (const [start, end, size] of slices) {
    assert.ok(end - start < size, `slice ${start}..${end} is not the whole ${size}-byte zip`);
  }
});
