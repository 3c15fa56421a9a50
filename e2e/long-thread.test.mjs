// A long thread is put on the page in steps (its first screens at once, the rest frame by
// frame) and still reads and prints whole. The archive is made by the benchmarks' seeded
// generator (bench/gen-archive.mjs: the X archive layout and the field mix of the real
// alrocar_2022 sample) with one 150-post self-thread, the longest, which the page opens on.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OUT, appTest, generatedArchive, pickFiles, useHarness, waitForThread } from './lib/harness.mjs';

const POSTS = 150;
const h = useHarness();
const archive = generatedArchive({ posts: 600, seed: 7, chain: POSTS });

const sections = (page) => page.locator('article.thread section.post');

appTest(h, 'a 150-post thread arrives in steps and ends whole, with its end mark', async ({ page }) => {
  // Count the article's posts at every DOM change, from the first one on.
  await page.evaluate(() => {
    window.postCounts = [];
    new MutationObserver(() => {
      const n = document.querySelectorAll('article.thread section.post').length;
      if (n && window.postCounts.at(-1) !== n) window.postCounts.push(n);
    }).observe(document.body, { childList: true, subtree: true });
  });
  await pickFiles(page, archive.files);
  await waitForThread(page, POSTS);
  await page.locator('article.thread:not([aria-busy])').waitFor();
  assert.equal(await sections(page).count(), POSTS, 'every post is in');
  assert.equal(await page.locator(`#p-${archive.chain.first}`).count(), 1, 'its first post');
  assert.equal(await page.locator(`#p-${archive.chain.last}`).count(), 1, 'its last post');
  assert.equal(await page.locator('article.thread p.end-mark').count(), 1, 'the end mark, once whole');
  const counts = await page.evaluate(() => window.postCounts);
  assert.ok(counts.length >= 3, `posts arrived in steps: ${counts.join(' → ')}`);
  assert.ok(counts[0] < 50, `the first step is the first screens (${counts[0]} posts)`);
  assert.equal(counts.at(-1), POSTS);
  const numbers = await sections(page).locator('a.permalink').allInnerTexts();
  assert.deepEqual(numbers, Array.from({ length: POSTS }, (_, i) => `#${i + 1}`), 'in reading order, none twice');
});

appTest(h, 'printing a long thread puts every post in first', async ({ page }) => {
  // The browser fires beforeprint on its print dialog and on "Save as PDF"; fire it the
  // moment the article first holds posts (a DOM observer sees that render, before any
  // later step), and count once its handlers ran.
  await page.evaluate(() => {
    window.printCounts = new Promise((resolve) => {
      const count = () => document.querySelectorAll('article.thread section.post').length;
      const mo = new MutationObserver(() => {
        if (!count()) return;
        mo.disconnect();
        // Once that render's effects ran (the page listens for beforeprint from then on).
        setTimeout(() => {
          const first = count();
          window.dispatchEvent(new Event('beforeprint'));
          // Yew renders in a microtask after the event's handler: before any next frame.
          setTimeout(() => resolve([first, count()]), 0);
        }, 0);
      });
      mo.observe(document.body, { childList: true, subtree: true });
    });
  });
  await pickFiles(page, archive.files);
  await waitForThread(page, POSTS);
  const [before, after] = await page.evaluate(() => window.printCounts);
  assert.ok(before < POSTS, `only the first screens were in when printing began (${before})`);
  assert.equal(after, POSTS, 'every post is in before the print layout');
  assert.equal(await page.locator('article.thread[aria-busy]').count(), 0, 'no longer busy');

  const pdfPath = join(OUT, 'long-thread.pdf');
  await writeFile(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  const marks = text.match(/^#\d+/gm) ?? [];
  assert.equal(marks.length, POSTS, `the PDF numbers every post (${marks.length})`);
  assert.ok(text.includes('• • •'), 'the PDF ends with the end mark');
});
