// Export: "Export JSON" downloads the open thread in Unroll's own format, and that file
// loaded into a fresh page reads as the same thread.

import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { appTest, openApp, pickFiles, squash, useHarness, waitForThread } from './lib/harness.mjs';
import { articleText, assertThreadShown } from './lib/reader.mjs';
import { DISPLAY_NAME, HANDLE, SAMPLE_FILES, THREAD_22 } from './lib/sample.mjs';

const h = useHarness();
let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unroll-e2e-export-'));
});
after(() => rm(dir, { recursive: true, force: true }));

appTest(h, 'export: the downloaded Unroll JSON re-imports as the same thread', async ({ page }) => {
  await pickFiles(page, SAMPLE_FILES);
  await waitForThread(page, THREAD_22.posts);
  const before = squash(await articleText(page));

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  assert.match(download.suggestedFilename(), /\.json$/, 'the export is a .json file');

  const doc = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(doc.format, 'unroll', 'top-level "format"');
  assert.equal(doc.version, 1, 'top-level "version"');
  assert.equal(doc.posts.length, THREAD_22.posts, 'the export holds the open thread’s posts');
  assert.deepEqual(
    doc.authors.map((a) => a.handle),
    [HANDLE],
    'the export holds the thread’s author',
  );

  // A fresh page knows nothing of the archive: only the exported file.
  const fresh = await openApp(h);
  try {
    await pickFiles(fresh.page, [file]);
    await waitForThread(fresh.page, THREAD_22.posts);
    await assertThreadShown(fresh.page, THREAD_22, { handle: HANDLE, displayName: DISPLAY_NAME });
    assert.equal(squash(await articleText(fresh.page)), before, 'the re-imported article reads the same');
    assert.deepEqual(fresh.pageErrors, [], 'the fresh page threw');
  } finally {
    await fresh.context.close();
  }
});
