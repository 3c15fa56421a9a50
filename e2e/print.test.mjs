// Print: the print stylesheet (no sidebar, buttons or drop zone; link targets printed;
// posts kept whole) and a real PDF read back with pdftotext, plus the "Save as PDF" button.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  OUT,
  appTest,
  assertExcludes,
  assertIncludes,
  pickFiles,
  useHarness,
  waitForThread,
} from './lib/harness.mjs';
import { HANDLE, SAMPLE_FILES, THREAD_22 } from './lib/sample.mjs';

const h = useHarness();

async function openSample(page) {
  await pickFiles(page, SAMPLE_FILES);
  await waitForThread(page, THREAD_22.posts);
}

appTest(h, 'PDF: page.pdf() holds the thread and its source link, not the sidebar', async ({ page }) => {
  await openSample(page);
  await mkdir(OUT, { recursive: true });
  const pdfPath = join(OUT, 'alrocar-thread.pdf');
  await writeFile(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));

  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  await writeFile(join(OUT, 'alrocar-thread.txt'), text);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
  assert.ok(pages >= 2, `a 22-post thread with 25 photos prints on several pages (got ${pages})`);

  for (const s of THREAD_22.first) assertIncludes(text, s, 'PDF text (first post)');
  assertIncludes(text, THREAD_22.lastText, 'PDF text (post 21)');
  assertIncludes(text, 'Read on X', 'PDF text (header link)');
  assertIncludes(text, `@${HANDLE}`, 'PDF text (header handle)');
  // The link's target is printed after it; a long URL may wrap, so compare without spaces.
  const compact = text.replace(/\s+/g, '');
  assert.ok(
    compact.includes(THREAD_22.readOnX.replace(/^https:\/\//, '')),
    `the PDF prints the "Read on X" target ${THREAD_22.readOnX}; see e2e/out/alrocar-thread.txt`,
  );
  for (const absent of [`More from @${HANDLE}`, 'More from', 'Read 21 tweets', 'Save as PDF']) {
    assertExcludes(text, absent, 'PDF text');
  }
});

appTest(h, 'print media: sidebar, buttons and file input hidden; posts unbroken; links printed', async ({ page }) => {
  await openSample(page);
  const save = page.getByRole('button', { name: 'Save as PDF' });
  assert.ok(await save.isVisible(), 'a "Save as PDF" button is on screen');

  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('article.thread').isVisible(), 'the article prints');
  assert.ok(
    await page.locator('article.thread header a', { hasText: 'Read on X' }).isVisible(),
    'the "Read on X" link prints',
  );
  for (const [what, locator] of [
    ['the sidebar', page.locator('aside')],
    ['the library', page.locator('nav[aria-label=Library]')],
    ['the "Save as PDF" button', save],
    ['the file input', page.locator('input[type=file]')],
  ]) {
    const visible = await locator.evaluateAll((els) => els.some((el) => el.checkVisibility()));
    assert.ok(!visible, `${what} is hidden in print`);
  }
  const style = await page.evaluate(() => {
    const post = document.querySelector('article.thread section.post');
    const link = [...document.querySelectorAll('article.thread header a')].find(
      (a) => a.textContent.trim() === 'Read on X',
    );
    return {
      breakInside: getComputedStyle(post).breakInside,
      linkAfter: link ? getComputedStyle(link, '::after').content : null,
    };
  });
  assert.equal(style.breakInside, 'avoid', 'a post is never split across pages (break-inside: avoid)');
  assert.ok(
    style.linkAfter?.includes(THREAD_22.readOnX),
    `the "Read on X" target is printed after the link (::after content: ${style.linkAfter})`,
  );
  await mkdir(OUT, { recursive: true });
  const shot = await page.screenshot({ path: join(OUT, 'print-media.png'), fullPage: true });
  assert.ok(shot.length > 10_000, `print-media screenshot is not blank (${shot.length} bytes)`);

  await page.emulateMedia({ media: 'screen' });
  await save.click();
  assert.equal(await page.evaluate(() => window.__printCalls), 1, '"Save as PDF" opens the print dialog once');
});
