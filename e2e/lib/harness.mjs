// The end-to-end harness: serves dist/ on 127.0.0.1, drives Debian's Chromium through
// playwright-core, and gives each test a fresh page with its errors, dialogs and any
// request that tried to leave 127.0.0.1 recorded. On failure it saves a screenshot and the
// page's HTML under e2e/out/.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { serveStatic } from './server.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = resolve(process.env.UNROLL_DIST ?? join(ROOT, 'dist'));
export const OUT = join(ROOT, 'e2e', 'out');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium, headless, as every test runs it. */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Start the server and the browser once for a test file; returns a getter for them.
 * Registers node:test before/after hooks, so call it at the top level of a test file.
 * With `prefix` ('/unroll/deeper/'), dist/ is served under that path only (see serveStatic).
 */
export function useHarness({ prefix = '/' } = {}) {
  const h = {};
  before(async () => {
    assert.ok(
      existsSync(join(DIST, 'index.html')),
      `${DIST}/index.html is missing: build the site first (trunk build --release; scripts/test.sh does it)`,
    );
    h.server = await serveStatic(DIST, { prefix });
    h.browser = await launchBrowser();
  });
  after(async () => {
    await h.browser?.close();
    await h.server?.close();
  });
  return h;
}

/**
 * A node:test test with a fresh page on the app: `body(app)` gets
 * { page, url, pageErrors, consoleErrors, dialogs, external, requests }.
 * After the body, it asserts the page never threw (a Rust panic kills the wasm app).
 */
export function appTest(h, name, body, { query = '', timeout = 90_000 } = {}) {
  test(name, { timeout }, async () => {
    const app = await openApp(h, query);
    try {
      await body(app);
      assert.deepEqual(app.pageErrors, [], 'the page threw an exception');
    } catch (err) {
      await saveArtifacts(name, app).catch(() => {});
      if (app.consoleErrors.length) {
        err.message += `\n\nbrowser console errors:\n  ${app.consoleErrors.join('\n  ')}`;
      }
      throw err;
    } finally {
      await app.context.close();
    }
  });
}

export async function openApp(h, query = '') {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const app = { context, pageErrors: [], consoleErrors: [], dialogs: [], external: [], requests: [] };
  // The "Save as PDF" button calls window.print(); count calls instead of opening a dialog.
  // (Window is the global object, so print is the window's own property; replace it before
  // any script of the page runs.)
  await context.addInitScript(() => {
    window.__printCalls = 0;
    window.print = function print() {
      window.__printCalls += 1;
    };
  });
  // Nothing may leave the machine: record and refuse any request not to our server.
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      app.external.push(route.request().url());
      return route.abort();
    },
  );
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  // Every request the page (or a worker it starts) makes, in order, by URL.
  context.on('request', (req) => app.requests.push(req.url()));
  page.on('pageerror', (err) => app.pageErrors.push(String(err)));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    // Images from pbs.twimg.com are refused above; that is expected noise.
    if (/^Failed to load resource/.test(text)) return;
    app.consoleErrors.push(text);
    if (/panicked at/.test(text)) app.pageErrors.push(text);
  });
  page.on('dialog', (dialog) => {
    app.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  app.page = page;
  app.url = h.server.url;
  await page.goto(h.server.url + query);
  await page.waitForFunction(() => window.wasmBindings !== undefined, null, { timeout: 30_000 });
  return app;
}

async function saveArtifacts(name, app) {
  await mkdir(OUT, { recursive: true });
  const slug = name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
  await app.page.screenshot({ path: join(OUT, `${slug}.png`), fullPage: true });
  await writeFile(join(OUT, `${slug}.html`), await app.page.content());
  console.error(`saved e2e/out/${slug}.png and .html`);
}

/** Pick files with the page's file input. */
export async function pickFiles(page, paths) {
  await page.locator('input[type=file]').first().setInputFiles(paths);
}

/**
 * Drop files on the page as a person would: a DataTransfer holding the files' exact bytes,
 * with dragenter, dragover and drop dispatched on document.body.
 */
export async function dropFiles(page, paths) {
  const files = await Promise.all(
    paths.map(async (p) => ({ name: basename(p), b64: (await readFile(p)).toString('base64') })),
  );
  const accepted = await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const bin = atob(f.b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      dt.items.add(new File([bytes], f.name, { type: f.name.endsWith('.json') ? 'application/json' : 'text/javascript' }));
    }
    const fire = (type) =>
      document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    fire('dragenter');
    fire('dragover');
    // dispatchEvent returns false when a handler called preventDefault(), as a drop target must.
    return !fire('drop');
  }, files);
  assert.ok(accepted, 'the drop event was not handled (no preventDefault on drop)');
}

/** Wait until the article shows a thread whose header says "<posts> tweets". */
export async function waitForThread(page, posts) {
  const header = page.locator('article.thread header').filter({ hasText: `${posts} tweets` });
  try {
    await header.first().waitFor();
  } catch (err) {
    const article = await page.locator('article').allInnerTexts();
    const alert = await page.locator('[role=alert]').allInnerTexts();
    err.message +=
      `\n\nexpected article.thread with a header saying "${posts} tweets"` +
      `\narticle text now: ${article.length ? clip(article.join('\n---\n')) : '(no <article>)'}` +
      `\nerror banner: ${alert.length ? alert.join(' | ') : '(none)'}`;
    throw err;
  }
}

/** Whitespace runs as one space, trimmed. */
export const squash = (s) => s.replace(/\s+/g, ' ').trim();

export const clip = (s, n = 600) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

/**
 * Assert `haystack` contains `needle` (whitespace-insensitive). On failure, show the longest
 * start of the needle that is there and what follows it in the haystack: a readable diff.
 */
export function assertIncludes(haystack, needle, what) {
  const h = squash(haystack);
  const n = squash(needle);
  if (h.includes(n)) return;
  let lo = 0;
  let hi = n.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (h.includes(n.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const at = lo > 0 ? h.indexOf(n.slice(0, lo)) : -1;
  const detail =
    lo > 0
      ? `matched up to: ${JSON.stringify(n.slice(0, lo))}\n  expected next: ${JSON.stringify(n.slice(lo, lo + 60))}\n  found instead: ${JSON.stringify(h.slice(at + lo, at + lo + 60))}`
      : `no part of it found; text was: ${JSON.stringify(clip(h))}`;
  assert.fail(`${what}: expected to contain ${JSON.stringify(n)}\n  ${detail}`);
}

export function assertExcludes(haystack, needle, what) {
  const h = squash(haystack);
  const at = h.indexOf(squash(needle));
  if (at < 0) return;
  assert.fail(
    `${what}: must not contain ${JSON.stringify(needle)}, found: …${JSON.stringify(h.slice(Math.max(0, at - 80), at + 80))}…`,
  );
}

/**
 * An X archive made by the benchmarks' seeded generator (bench/gen-archive.mjs: the archive
 * layout and the field mix of the real alrocar_2022 sample) for the file's tests, with one
 * self-thread of `chain` posts, the longest, which the page opens on. Made before the tests
 * and removed after them; until then the returned object is filled in:
 * `{ dir, files: [account.js, profile.js, tweets.js], chain: { posts, first, last } }`.
 */
export function generatedArchive({ posts, seed, chain, minBytes = 0 }) {
  const archive = {};
  before(async () => {
    archive.dir = await mkdtemp(join(tmpdir(), 'unroll-archive-'));
    execFileSync('node', [join(ROOT, 'bench', 'gen-archive.mjs'), '--posts', String(posts), '--seed', String(seed), '--chains', String(chain), '--out', archive.dir]);
    const meta = JSON.parse(await readFile(join(archive.dir, 'meta.json'), 'utf8'));
    archive.chain = meta.forced.find((c) => c.posts === chain);
    assert.ok(archive.chain, `meta.json names the ${chain}-post chain: ${JSON.stringify(meta.forced)}`);
    archive.files = ['account.js', 'profile.js', 'tweets.js'].map((f) => join(archive.dir, f));
    const { size } = await stat(archive.files[2]);
    assert.ok(size >= minBytes, `tweets.js is ${size} bytes, at least ${minBytes}`);
  });
  after(async () => {
    if (archive.dir) await rm(archive.dir, { recursive: true, force: true });
  });
  return archive;
}
