// Reading what the app shows: the thread header, the posts, the "More from" sidebar.
// Shared by the test files so each asserts on the page the same way.

import assert from 'node:assert/strict';
import { assertExcludes, assertIncludes, clip, squash } from './harness.mjs';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DATE = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2})(?:, (\\d{4}))?\\b`, 'g');

/** The header of the thread in the article: its text and the "Read on X" link's target. */
export async function readHeader(page) {
  const header = page.locator('article.thread header').first();
  const readOnX = header.locator('a').filter({ hasText: /^\s*Read on X\s*$/ });
  assert.equal(await readOnX.count(), 1, 'the thread header has one link whose text is "Read on X"');
  return {
    text: squash(await header.innerText()),
    times: await header.locator('time').allInnerTexts(),
    readOnX: await readOnX.getAttribute('href'),
  };
}

/** Assert the article shows `thread` (see sample.mjs) by `handle`, header first. */
export async function assertThreadShown(page, thread, { handle, displayName }) {
  const header = await readHeader(page);
  assert.equal(header.readOnX, thread.readOnX, '"Read on X" href');
  for (const want of [`@${handle}`, `${thread.posts} tweets`]) {
    assertIncludes(header.text, want, 'thread header');
  }
  if (displayName) assertIncludes(header.text, displayName, 'thread header (display name)');
  assert.match(header.text, /\b\d+ min read\b/, 'thread header says "N min read"');
  assert.ok(
    header.times.some((t) => t.includes(thread.date)),
    `a <time> in the header says ${JSON.stringify(thread.date)}; found ${JSON.stringify(header.times)}`,
  );
  const posts = page.locator('article.thread section.post');
  assert.equal(await posts.count(), thread.posts, 'number of section.post in the article');
  return header;
}

export const articleText = async (page) => page.locator('article.thread').first().innerText();

/**
 * The "More from @handle" part of the sidebar (the heading's section, without the library
 * list if that shares it): its text, and its entries' post counts and dates in page order.
 */
export async function readSidebar(page, handle) {
  const title = `More from @${handle}`;
  const aside = page.locator('aside').filter({ hasText: title });
  assert.equal(await aside.count(), 1, `one <aside> with the heading "${title}"`);
  const heading = aside.getByRole('heading', { name: title, exact: true });
  assert.equal(await heading.count(), 1, `the aside has the heading "${title}"`);
  const raw = await heading.evaluate((h) => {
    let text = h.parentElement.innerText;
    for (const nav of h.parentElement.querySelectorAll('nav[aria-label=Library]')) {
      text = text.replace(nav.innerText, '');
    }
    return text;
  });
  const text = squash(raw);
  const counts = [...text.matchAll(/Read (\d+) tweets/g)].map((m) => Number(m[1]));
  const dates = [...text.matchAll(DATE)].map((m) => ({
    label: m[0],
    time: Date.UTC(Number(m[3] ?? new Date().getUTCFullYear()), MONTHS.indexOf(m[1]), Number(m[2])),
  }));
  return { aside, text, counts, dates };
}

/** Assert the sidebar lists the author's other threads, newest first. */
export async function assertSidebar(page, handle, { expectOrder, excludes }) {
  const side = await readSidebar(page, handle);
  assert.ok(side.counts.length > 0, `the sidebar lists threads with "Read N tweets"; its text: ${clip(side.text)}`);
  assert.equal(side.dates.length, side.counts.length, `each sidebar entry has one date; text: ${clip(side.text)}`);
  for (let i = 1; i < side.dates.length; i++) {
    assert.ok(
      side.dates[i - 1].time >= side.dates[i].time,
      `sidebar newest first: ${side.dates[i - 1].label} then ${side.dates[i].label} (entries ${i}, ${i + 1}); all: ${side.dates.map((d) => d.label).join(', ')}`,
    );
  }
  // The expected long threads appear, in this relative order.
  const positions = expectOrder.map((n) => side.counts.indexOf(n));
  assert.ok(
    positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1])),
    `sidebar shows "Read N tweets" for ${expectOrder.join(', ')} in that order; it shows ${side.counts.join(', ')}`,
  );
  for (const s of excludes) assertExcludes(side.text, s, 'sidebar (the open thread is not "more")');
  return side;
}
