#!/usr/bin/env node
// Unroll's benchmark: measures the built site (default target/bench/dist, which
// bench/run.sh builds with `trunk build --release`) in Debian's headless Chromium through
// playwright-core, and prints one Markdown table with the machine, Chromium and the date.
// See bench/README.md for what each row measures and how.
//
//   node bench/bench.mjs [--dist DIR] [--quick] [--only size,visit,import,zip,render,switch,pdf]
//                        [--json FILE] [--md FILE]
//   node bench/bench.mjs --table-from target/bench/results.json   # print a past run's table

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';

import { RENDER_SIZES, ROOT, SEED, ensureData, ensureZip } from './lib/data.mjs';
import { instrument } from './lib/instrument.mjs';
import { rendererOfPage, resetPeak, sampleRss, status } from './lib/procmem.mjs';
import { serveStatic } from './lib/server.mjs';

/** The bundled sample, picked in the first visit's landing page. */
const SAMPLE_FILES = ['account.js', 'profile.js', 'tweets.js'].map((f) =>
  join(ROOT, 'assets', 'samples', 'twitter-archive', 'alrocar_2022', f),
);

// playwright-core comes from the end-to-end tests' install (e2e/node_modules): the benchmark
// needs nothing the tests do not.
const { chromium } = createRequire(join(ROOT, 'e2e', 'package.json'))('playwright-core');

// ---------------------------------------------------------------- options

const opts = { dist: join(ROOT, 'target', 'bench', 'dist'), quick: false, only: null, json: null, md: null, fromJson: null };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  const v = () => process.argv[++i];
  if (a === '--dist') opts.dist = resolve(v());
  else if (a === '--quick') opts.quick = true;
  else if (a === '--only') opts.only = new Set(v().split(','));
  else if (a === '--json') opts.json = resolve(v());
  else if (a === '--md') opts.md = resolve(v());
  else if (a === '--table-from') opts.fromJson = resolve(v());
  else {
    console.error(`unknown option ${a}\nusage: node bench/bench.mjs [--dist DIR] [--quick] [--only size,visit,import,zip,render,switch,pdf] [--json FILE] [--md FILE]`);
    process.exit(2);
  }
}
const want = (s) => !opts.only || opts.only.has(s);
const OUT = join(ROOT, 'target', 'bench');
opts.json ??= join(OUT, 'results.json');
opts.md ??= join(OUT, 'results.md');

const RUNS = opts.quick
  ? { '1k': 2, '10k': 1, '100k': 0, 'zip10k': 1, 'zip100k': 0, visit: 1, render: 1, render5000: 1, switch: 3, pdf: 1 }
  : { '1k': 5, '10k': 3, '100k': 2, 'zip10k': 3, 'zip100k': 2, visit: 3, render: 5, render5000: 3, switch: 5, pdf: 3 };

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const MARKER = `--unroll-bench=${process.pid}`; // ignored by Chromium; finds its processes
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Nothing leaves the machine: every host but ours fails to resolve at once (the
  // archive's images on pbs.twimg.com), without routing each request through Playwright.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  MARKER,
];

const log = (...a) => console.error('[bench]', ...a);
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)}s`;

// ---------------------------------------------------------------- small helpers

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (!Number.isFinite(x) ? '—' : x < 10 ? `${x.toFixed(1)} ms` : x < 10_000 ? `${Math.round(x)} ms` : `${(x / 1000).toFixed(1)} s`);
const kb = (b) => `${(b / 1000).toFixed(1)} KB`;
const mb = (b) => `${(b / 1e6).toFixed(b < 1e7 ? 1 : 0)} MB`;
/** Each run's import ÷ its own baseline (same page, back to back): "a–b×", or "a×" for one run. */
const runRatios = (runs, base) => {
  const rs = runs.map((x) => x.total / base(x)).filter(Number.isFinite);
  if (!rs.length) return '—';
  const [lo, hi] = [Math.min(...rs), Math.max(...rs)];
  return lo.toFixed(1) === hi.toFixed(1) ? `${lo.toFixed(1)}×` : `${lo.toFixed(1)}–${hi.toFixed(1)}×`;
};
const verdict = (ok) => (ok === null ? '—' : ok ? 'PASS' : '**MISS**');

// ---------------------------------------------------------------- machine

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? '?';
  let commit = '?';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim();
    if (dirty) commit += ' + uncommitted changes';
  } catch {
    // not a git checkout
  }
  return {
    cpu: model,
    cores: cpus().length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit,
  };
}

/** How busy the whole machine is (0–1 of all cores) over `ms`, from /proc/stat. */
async function busy(ms = 2000) {
  const read = () => {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3] + (f[4] ?? 0);
    return { idle, total: f.reduce((a, b) => a + b, 0) };
  };
  const a = read();
  await new Promise((ok) => setTimeout(ok, ms));
  const b = read();
  return 1 - (b.idle - a.idle) / Math.max(1, b.total - a.total);
}

// ---------------------------------------------------------------- sizes

const gzip9 = (buf) => gzipSync(buf, { level: 9 }).length;

/**
 * Every file of the build the app can fetch: dist/ and its subfolders (a worker's files,
 * wasm-bindgen snippets), without the bundled samples/ (data the app fetches only for
 * `?sample`) and the JSON Schema.
 */
function appFiles(dist, sub = '') {
  const out = [];
  for (const e of readdirSync(join(dist, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (rel !== 'samples') out.push(...appFiles(dist, rel));
    } else if (/\.(wasm|m?js|css|html)$/.test(e.name)) {
      out.push(rel);
    }
  }
  return out.sort();
}

function sizes(dist) {
  const kinds = { wasm: /\.wasm$/, JS: /\.m?js$/, CSS: /\.css$/, HTML: /\.html$/ };
  const all = appFiles(dist);
  const rows = [];
  for (const [kind, re] of Object.entries(kinds)) {
    const files = all.filter((f) => re.test(f));
    let raw = 0;
    let gz = 0;
    let br = 0;
    for (const f of files) {
      const buf = readFileSync(join(dist, f));
      raw += buf.length;
      gz += gzip9(buf);
      br += brotliCompressSync(buf, {
        params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: buf.length },
      }).length;
    }
    rows.push({ kind, files, raw, gz, br });
  }
  const total = rows.reduce((s, r) => ({ raw: s.raw + r.raw, gz: s.gz + r.gz, br: s.br + r.br }), { raw: 0, gz: 0, br: 0 });
  return { rows, total };
}

// ---------------------------------------------------------------- the page

async function openApp(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const app = { context, page, errors: [] };
  page.on('pageerror', (e) => app.errors.push(String(e)));
  page.on('crash', () => app.errors.push('the page crashed'));
  page.on('console', (m) => {
    if (m.type() === 'error' && /panicked|RuntimeError|unreachable|memory/i.test(m.text())) app.errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForFunction(() => window.wasmBindings !== undefined && window.__bench?.wasmMemory, null, { timeout: 30_000 });
  app.cdp = await context.newCDPSession(page);
  return app;
}

/** The app's own code: its wasm module, the module's wasm-bindgen glue and the worker's script. */
const APP_CODE = /\/(unroll-[0-9a-f]+(_bg\.wasm|\.js)|worker\.js)$/;

/**
 * A first visit: a fresh context (empty cache) loads the landing page until its
 * `input[type=file]` exists and is enabled, recording every request made until then (the
 * page's and any worker's). The server does not compress, so each fetched file is gzipped
 * here (-9, as the size rows): what a host serving gzip would send.
 *
 * The app's code (APP_CODE) is held back meanwhile: what the landing page needs to take a
 * file is what it fetched without it. To show the input really takes a file then, the
 * bundled sample is picked at that moment and the code released; the visit counts only if
 * the sample's thread opens. Where the input only comes with the app (or the held page
 * cannot read the file), the visit is measured again with nothing held, so every byte
 * fetched before the input was usable counts.
 */
async function firstVisit(browser, url, dist) {
  return (await visit(browser, url, dist, true)) ?? visit(browser, url, dist, false);
}

async function visit(browser, url, dist, hold) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const requested = [];
    let ready = false;
    let release;
    const released = new Promise((r) => (release = r));
    context.on('request', (req) => {
      if (!ready) requested.push(req.url());
    });
    if (hold) {
      await context.route(APP_CODE, async (route) => {
        await released;
        await route.continue();
      });
    }
    const page = await context.newPage();
    const a = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    let usableAt;
    try {
      usableAt = await page.waitForFunction(
        () => {
          const i = document.querySelector('input[type=file]');
          return i && !i.disabled && performance.now();
        },
        null,
        { timeout: hold ? 10_000 : 30_000, polling: 'raf' },
      );
    } catch (e) {
      if (hold) return null;
      throw e;
    }
    const inPage = await usableAt.jsonValue();
    ready = true;
    const wall = Date.now() - a;
    let readAt = null;
    if (hold) {
      await page.locator('input[type=file]').first().setInputFiles(SAMPLE_FILES);
      release();
      try {
        await page.locator('article.thread').waitFor({ timeout: 30_000 });
      } catch {
        return null;
      }
      readAt = await page.evaluate(() => performance.now());
    }
    const files = [];
    const origin = new URL(url);
    for (const u of requested.filter((u) => !hold || !APP_CODE.test(new URL(u).pathname))) {
      const parsed = new URL(u);
      let rel = null;
      if (parsed.origin === origin.origin && parsed.pathname.startsWith(origin.pathname)) {
        rel = decodeURIComponent(parsed.pathname.slice(origin.pathname.length)) || 'index.html';
        if (rel.endsWith('/')) rel += 'index.html';
      }
      const path = rel && join(dist, rel);
      if (!path || !existsSync(path) || !statSync(path).isFile()) {
        files.push({ url: u, file: null, raw: 0, gz: 0 });
        continue;
      }
      const buf = readFileSync(path);
      files.push({ url: u, file: rel, raw: buf.length, gz: gzip9(buf) });
    }
    return {
      files,
      held: hold,
      raw: files.reduce((t, f) => t + f.raw, 0),
      gz: files.reduce((t, f) => t + f.gz, 0),
      usableAt: inPage,
      readAt,
      wall,
    };
  } finally {
    await context.close();
  }
}

/** Waits for the armed `__bench.pending`, failing early on a page error or crash. */
async function settle(app, timeoutMs) {
  let timer;
  let poll;
  const failed = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`nothing shown after ${timeoutMs / 1000} s`)), timeoutMs);
    poll = setInterval(() => {
      if (app.errors.length) reject(new Error(app.errors[0].slice(0, 300)));
    }, 250);
  });
  try {
    return await Promise.race([app.page.evaluate(() => window.__bench.pending), failed]);
  } finally {
    clearTimeout(timer);
    clearInterval(poll);
  }
}

const gc = (app) => app.cdp.send('HeapProfiler.collectGarbage');

/** Sets `files` on a hidden input of the benchmark's own (not the app's) and returns its id. */
async function benchInput(app, files) {
  await app.page.evaluate(() => {
    const i = document.createElement('input');
    i.type = 'file';
    i.multiple = true;
    i.id = 'bench-baseline';
    i.dataset.bench = '1';
    i.style.display = 'none';
    document.documentElement.appendChild(i);
  });
  await app.page.setInputFiles('#bench-baseline', files);
}

/**
 * The browser's own reading of the same files, two ways, one file at a time (each dropped
 * before the next, as a page reading files would), a GC between the two:
 * - File.arrayBuffer, TextDecoder().decode, JSON.parse (read / decode / parse);
 * - `await file.text()` then JSON.parse: what the simplest JS reader does (text / textParse).
 * An archive file's `window.YTD.… = ` prefix (up to the first "=") is cut before parsing.
 * With `inflate` ({ dataOffset, compressed } of an entry of the .zip among `files`), a third: the
 * browser's own inflate of that entry (DecompressionStream 'deflate-raw' on a slice of the
 * zip, into text) and JSON.parse: what a reader of the zip in JS pays at least.
 */
async function baselineParse(app, files, inflate = null) {
  await benchInput(app, files);
  const r = await app.page.evaluate(async () => {
    const input = document.getElementById('bench-baseline');
    const files = [...input.files];
    const out = { read: 0, decode: 0, parse: 0, items: 0 };
    for (const f of files) {
      if (f.name.endsWith('.zip')) continue;
      const a = performance.now();
      const buf = await f.arrayBuffer();
      const b = performance.now();
      let text = new TextDecoder().decode(buf);
      const c = performance.now();
      // `window.YTD.tweets.part0 = [ … ]`: JSON after the first "=".
      const value = JSON.parse(text.slice(text.indexOf('=') + 1));
      const d = performance.now();
      out.items += Array.isArray(value) ? value.length : 1;
      text = null;
      out.read += b - a;
      out.decode += c - b;
      out.parse += d - c;
    }
    return out;
  });
  await gc(app);
  const t = await app.page.evaluate(async () => {
    const files = [...document.getElementById('bench-baseline').files];
    const out = { text: 0, textParse: 0 };
    for (const f of files) {
      if (f.name.endsWith('.zip')) continue;
      const a = performance.now();
      let text = await f.text();
      const b = performance.now();
      JSON.parse(text.slice(text.indexOf('=') + 1));
      const c = performance.now();
      text = null;
      out.text += b - a;
      out.textParse += c - b;
    }
    return out;
  });
  await gc(app);
  let inflated = null;
  if (inflate) {
    inflated = await app.page.evaluate(async ({ dataOffset, compressed }) => {
      const zip = [...document.getElementById('bench-baseline').files].find((f) => f.name.endsWith('.zip'));
      const a = performance.now();
      const stream = zip.slice(dataOffset, dataOffset + compressed).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      let text = await new Response(stream).text();
      const b = performance.now();
      JSON.parse(text.slice(text.indexOf('=') + 1));
      const c = performance.now();
      text = null;
      return { inflate: b - a, parse: c - b, total: c - a };
    }, inflate);
    await gc(app);
  }
  await app.page.evaluate(() => document.getElementById('bench-baseline').remove());
  return {
    ...r,
    ...t,
    total: r.read + r.decode + r.parse,
    decodeParse: r.decode + r.parse,
    fileText: t.text + t.textParse,
    inflated,
  };
}

/** From the action to painted, and to the moment the DOM held the content. */
const timing = (t) => ({
  total: t.paintedAt - t.actionAt,
  dom: t.domAt - t.actionAt,
  frame: t.paintedAt - t.frameAt,
});

// ---------------------------------------------------------------- import

async function importRun(browser, url, set, { memory }) {
  const app = await openApp(browser, url);
  try {
    // A zip's baselines read its unzipped tweets.js (and inflate its entry from the zip).
    const base = await baselineParse(app, set.baselineFiles ?? set.files, set.inflate ?? null);
    let pid = null;
    let rss0 = 0;
    let sampler = null;
    if (memory) {
      pid = await rendererOfPage(app.page, MARKER);
      await gc(app);
      if (pid) {
        resetPeak(pid);
        rss0 = status(pid).VmRSS ?? 0;
        sampler = sampleRss(pid);
      }
    }
    const before = await app.page.evaluate(() => ({ wasm: window.__bench.wasmMemory.buffer.byteLength }));
    const heap0 = await app.cdp.send('Runtime.getHeapUsage');
    await app.page.evaluate(() => window.__bench.arm('listed'));
    await app.page.locator('input[type=file]').first().setInputFiles(set.files);
    const t = await settle(app, 240_000);
    const sampled = sampler?.stop();
    const hwm = pid ? status(pid).VmHWM ?? 0 : 0;
    await app.page.waitForTimeout(300); // let the long-task observer deliver its entries
    const after = await app.page.evaluate(
      ([from, to]) => ({
        wasm: window.__bench.wasmMemory.buffer.byteLength,
        longtasks: window.__bench.longtasks?.filter((e) => e.start >= from - 1 && e.start <= to) ?? null,
        library: document.querySelectorAll('nav[aria-label=Library] li').length,
        more: document.querySelectorAll('aside li').length,
        posts: document.querySelectorAll('article.thread section.post').length,
        alert: document.querySelector('[role=alert]')?.innerText ?? null,
      }),
      [t.actionAt, t.paintedAt],
    );
    const heap1 = await app.cdp.send('Runtime.getHeapUsage');
    const result = {
      baseline: base,
      ...timing(t),
      longtasks: after.longtasks,
      shown: { library: after.library, more: after.more, posts: after.posts, alert: after.alert },
      wasmBefore: before.wasm,
      wasmAfter: after.wasm,
      heapBefore: heap0,
      heapAfter: heap1,
    };
    if (pid) {
      result.rss = { before: rss0, peak: Math.max(hwm, sampled?.max ?? 0), hwm, sampledMax: sampled?.max ?? 0 };
    }
    return { app, result };
  } catch (e) {
    await app.context.close();
    throw e;
  }
}

// ---------------------------------------------------------------- clicks

/** Clicks `locator` and waits until check(...args) holds; returns the timing. */
async function clickAndWait(app, locator, check, args, first = null) {
  // The lists show their first entries only; expand them (unmeasured) when the entry is
  // further down.
  if ((await locator.count()) === 0) {
    const more = app.page.locator('nav[aria-label=Library] button.show-all');
    if ((await more.count()) > 0) await more.first().click();
  }
  await locator.scrollIntoViewIfNeeded();
  await app.page.evaluate(([name, a, f]) => window.__bench.arm(name, a, f), [check, args, first]);
  await locator.click();
  const whole = timing(await settle(app, 60_000));
  if (!first) return whole;
  // The first screen was painted before (or with) the whole thread.
  return { ...whole, first: timing(await app.page.evaluate(() => window.__bench.firstPending)) };
}

const libraryEntry = (app, id) => app.page.locator(`nav[aria-label=Library] a[href="#t=${id}"]`);

/** Switches through "More from" entries `n` times (after one unmeasured switch). */
async function sidebarSwitches(app, n) {
  const out = [];
  for (let i = 0; i <= n; i++) {
    const entries = app.page.locator('aside a.summary');
    const count = await entries.count();
    if (count === 0) break;
    const entry = entries.nth(i % Math.min(count, 4));
    const id = decodeURIComponent((await entry.getAttribute('href')).replace(/^#t=/, ''));
    const posts = Number((await entry.locator('.read-more').innerText()).replace(/\D/g, ''));
    const t = await clickAndWait(app, entry, 'threadOfLength', [id, posts], ['threadStarted', [id]]);
    if (i > 0) out.push({ ...t, posts });
  }
  return out;
}

/**
 * The browser's own floor for a switch, measured on the same page after the app's switches:
 * the page is frozen (the body replaced by a copy of itself, so no app code runs), and each
 * click on a "More from" entry swaps the article for a saved copy of one the app rendered,
 * by plain JS (a template's content, parsed at the click). Nothing else changes: no sidebar
 * update, focus or history. What is left is the click's dispatch, the wait for the next
 * frame and that frame's style, layout and paint: what any app's switch pays at least.
 */
async function switchFloor(app, n) {
  const entries = app.page.locator('aside a.summary');
  const count = Math.min(await entries.count(), 4);
  if (count < 2) return [];
  const articles = [];
  for (let i = 0; i < count; i++) {
    await entries.nth(i).click();
    await app.page.waitForTimeout(150);
    articles.push(await app.page.evaluate(() => document.querySelector('article.thread')?.outerHTML ?? ''));
  }
  await app.page.evaluate((copies) => {
    const frozen = document.body.cloneNode(true);
    document.body.replaceWith(frozen);
    let k = 0;
    document.addEventListener('click', (e) => {
      const entry = e.target.closest('aside a.summary');
      if (!entry) return;
      e.preventDefault();
      const template = document.createElement('template');
      template.innerHTML = copies[k % copies.length];
      const fresh = template.content.firstElementChild;
      k += 1;
      fresh.id = `bench-floor-${k}`;
      document.querySelector('article.thread').replaceWith(fresh);
    });
  }, articles);
  const out = [];
  for (let i = 1; i <= n + 1; i++) {
    await app.page.evaluate((id) => window.__bench.arm('element', [id]), `bench-floor-${i}`);
    await app.page.locator('aside a.summary').nth(i % count).click();
    const t = timing(await settle(app, 10_000));
    if (i > 1) out.push(t);
    await app.page.waitForTimeout(60);
  }
  return out;
}

// ---------------------------------------------------------------- main

async function main() {
  const results = { machine: machine(), opts: { quick: opts.quick, seed: SEED, runs: RUNS } };
  if (!existsSync(join(opts.dist, 'index.html'))) {
    throw new Error(`${opts.dist}/index.html is missing: build first (bench/run.sh does)`);
  }
  if (want('size')) results.sizes = sizes(opts.dist);

  const needBrowser = ['visit', 'import', 'zip', 'render', 'switch', 'pdf'].some(want);
  if (!needBrowser) return finish(results);

  const sets = {};
  for (const name of ['1k', '10k', '100k', 'render', 'pdf']) {
    if (name === '100k' && RUNS['100k'] === 0) continue;
    if (name === 'render' && !want('render')) continue;
    if (name === 'pdf' && !want('pdf')) continue;
    if (/k$/.test(name) && !(want('import') || want('switch'))) continue;
    sets[name] = ensureData(name, log);
  }
  const zips = {};
  if (want('zip')) {
    for (const name of ['10k', '100k']) {
      if (RUNS[`zip${name}`] === 0) continue;
      const z = ensureZip(name, log);
      zips[name] = { ...z, baselineFiles: [z.tweetsJs, z.zip], inflate: z.tweetsEntry };
    }
  }

  // Other work on the machine moves every time below: say how busy it was just before and
  // just after (nothing of the benchmark running then).
  results.machine.busyBefore = await busy();
  const server = await serveStatic(opts.dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  results.machine.chromium = browser.version();
  log(`Chromium ${browser.version()}, site ${server.url} (${elapsed()})`);
  try {
    // First visit: what the landing page fetches before a file can be dropped.
    if (want('visit')) {
      const runs = [];
      for (let i = 0; i < RUNS.visit; i++) runs.push(await firstVisit(browser, server.url, opts.dist));
      results.visit = { runs };
      const v = runs[0];
      log(`first visit: ${v.files.length} requests, ${kb(v.gz)} gzip (${kb(v.raw)} raw), input usable at ${runs.map((x) => ms(x.usableAt)).join(', ')} (${elapsed()})`);
    }

    // Import: fresh page each run; the last run's page also measures sidebar switches
    // with that library loaded.
    if (want('import') || want('switch')) {
      results.imports = {};
      results.switches = {};
      for (const name of ['1k', '10k', '100k']) {
        const set = sets[name];
        if (!set) continue;
        const runs = want('import') ? RUNS[name] : 1;
        const r = { set: { posts: set.meta.posts, bytes: set.bytes, chains: set.meta.chains }, runs: [] };
        results.imports[name] = r;
        for (let i = 0; i < runs; i++) {
          let run;
          try {
            run = await importRun(browser, server.url, set, { memory: true });
          } catch (e) {
            log(`import ${name} run ${i + 1} failed: ${e.message}`);
            r.error = e.message;
            break;
          }
          r.runs.push(run.result);
          const x = run.result;
          log(
            `import ${name} #${i + 1}: listed ${ms(x.total)} (DOM ${ms(x.dom)}), ` +
              `JSON.parse ${ms(x.baseline.total)}, file.text + JSON.parse ${ms(x.baseline.fileText)}, ${x.shown.library} threads listed (${elapsed()})`,
          );
          if (i === runs - 1 && want('switch')) {
            results.switches[name] = { threads: x.shown.library, runs: await sidebarSwitches(run.app, RUNS.switch) };
            log(`switch in ${name}: ${results.switches[name].runs.map((s) => `${ms(s.first.total)} first screen / ${ms(s.total)} whole`).join(', ')} (${elapsed()})`);
            // Last: it freezes the page.
            results.switches[name].floor = await switchFloor(run.app, RUNS.switch);
            log(`switch floor in ${name}: ${results.switches[name].floor.map((s) => ms(s.total)).join(', ')} (${elapsed()})`);
          }
          await run.app.context.close();
        }
      }
    }

    // Archive .zip: the whole X archive picked as downloaded; fresh page each run.
    if (want('zip')) {
      results.zips = {};
      for (const [name, z] of Object.entries(zips)) {
        const r = {
          set: { posts: z.meta.posts, bytes: z.bytes, tweetsBytes: z.tweetsBytes, entries: z.entries, media: z.media },
          runs: [],
        };
        results.zips[name] = r;
        for (let i = 0; i < RUNS[`zip${name}`]; i++) {
          let run;
          try {
            run = await importRun(browser, server.url, z, { memory: true });
          } catch (e) {
            log(`zip ${name} run ${i + 1} failed: ${e.message}`);
            r.error = e.message;
            break;
          }
          await run.app.context.close();
          r.runs.push(run.result);
          const x = run.result;
          log(
            `zip ${name} #${i + 1}: listed ${ms(x.total)} (DOM ${ms(x.dom)}), file.text + JSON.parse of tweets.js ${ms(x.baseline.fileText)}, ` +
              `longest task ${ms(Math.max(0, ...(x.longtasks ?? []).map((e) => e.duration)))}, ${x.shown.library} threads listed (${elapsed()})`,
          );
        }
      }
    }

    // Render: one page with the render archive, each thread opened from a small one.
    if (want('render')) {
      const set = sets.render;
      const { forced, sampleChains } = set.meta;
      const chain = (n) => forced.find((c) => c.posts === n);
      const app = await openApp(browser, server.url);
      try {
        const biggest = chain(Math.max(...RENDER_SIZES));
        await app.page.evaluate((a) => window.__bench.arm('threadShown', a), [biggest.first, biggest.last]);
        await app.page.locator('input[type=file]').first().setInputFiles(set.files);
        const load = timing(await settle(app, 120_000));
        results.renderLoad = { posts: set.meta.posts, bytes: set.bytes, ...load };
        log(`render archive loaded, opened on the ${biggest.posts}-post thread: ${ms(load.total)} (${elapsed()})`);
        const small = sampleChains.find((c) => c.posts === 2) ?? sampleChains[0];
        results.render = {};
        for (const n of RENDER_SIZES) {
          const c = chain(n);
          const runs = [];
          for (let i = 0; i < (n >= 5000 ? RUNS.render5000 : RUNS.render); i++) {
            // Start from a small thread each time, so every run builds the whole article.
            await clickAndWait(app, libraryEntry(app, small.first), 'threadShown', [small.first, small.last]);
            runs.push(
              await clickAndWait(app, libraryEntry(app, c.first), 'threadShown', [c.first, c.last], ['threadStarted', [c.first]]),
            );
          }
          results.render[n] = runs;
          log(`render ${n}: ${runs.map((r) => `${ms(r.first.total)} first screen / ${ms(r.total)} whole`).join(', ')} (${elapsed()})`);
        }
      } finally {
        await app.context.close();
      }
    }

    // PDF: a fresh page with a small archive that opens on its 200-post thread.
    if (want('pdf')) {
      const set = sets.pdf;
      const c = set.meta.forced[0];
      const app = await openApp(browser, server.url);
      try {
        await app.page.evaluate((a) => window.__bench.arm('threadShown', a), [c.first, c.last]);
        await app.page.locator('input[type=file]').first().setInputFiles(set.files);
        await settle(app, 60_000);
        const runs = [];
        for (let i = 0; i < RUNS.pdf; i++) {
          const a = Date.now();
          const pdf = await app.page.pdf({ format: 'A4' });
          runs.push({ ms: Date.now() - a, bytes: pdf.length, pages: (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length });
        }
        results.pdf = { posts: c.posts, runs };
        log(`pdf ${c.posts} posts: ${runs.map((r) => `${r.ms} ms`).join(', ')}, ${runs[0].pages} pages (${elapsed()})`);
      } finally {
        await app.context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  results.machine.busyAfter = await busy();
  return finish(results);
}

// ---------------------------------------------------------------- the table

function table(r) {
  const m = r.machine;
  const lines = [];
  const pct = (x) => (x === undefined ? '—' : `${Math.round(x * 100)}%`);
  lines.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memory} RAM (other processes kept it ${pct(m.busyBefore)} busy in the 2 s before the run, ${pct(m.busyAfter)} after)` +
      ` · Chromium ${m.chromium ?? '—'} (headless) · ${m.date} · commit ${m.commit}${r.opts.quick ? ' · QUICK run' : ''}`,
  );
  lines.push('');
  lines.push('| measure | result | target | verdict |');
  lines.push('|---|---|---|---|');
  const row = (a, b, c, d) => lines.push(`| ${a} | ${b} | ${c} | ${d} |`);
  // An import's main-thread tasks over 50 ms, over its runs: none during any import, loose
  // or archive .zip, is issue 13's target.
  const longTaskRow = (what, runs) => {
    const lt = runs.map((x) => x.longtasks).filter(Boolean);
    if (!lt.length) return;
    const counts = lt.map((l) => l.length);
    const [lo, hi] = [Math.min(...counts), Math.max(...counts)];
    const longest = median(lt.map((l) => Math.max(0, ...l.map((e) => e.duration))));
    row(
      `${what}: main-thread tasks over 50 ms (PerformanceObserver longtask)`,
      `${lo === hi ? lo : `${lo}–${hi}`} per import, longest **${ms(longest)}** (median)`,
      'none over 50 ms',
      verdict(hi === 0),
    );
  };

  if (r.sizes) {
    for (const s of r.sizes.rows) {
      row(`app size: ${s.kind} (${s.files.length} file${s.files.length === 1 ? '' : 's'})`, `${kb(s.raw)} raw · ${kb(s.gz)} gzip · ${kb(s.br)} brotli`, '', '');
    }
    const t = r.sizes.total;
    row('**app size: whole app** (wasm + JS + CSS + HTML: every file of the build the page or a worker can fetch, samples aside)', `${kb(t.raw)} raw · **${kb(t.gz)} gzip** · ${kb(t.br)} brotli`, '≤ 300 KB gzip (issue 13: page + worker)', verdict(t.gz <= 300_000));
  }
  if (r.visit?.runs.length) {
    const v = r.visit.runs[0];
    const gz = median(r.visit.runs.map((x) => x.gz));
    const byKind = {};
    for (const f of v.files) {
      const k = !f.file ? 'other' : /\.wasm$/.test(f.file) ? 'wasm' : /\.m?js$/.test(f.file) ? 'JS' : /\.css$/.test(f.file) ? 'CSS' : /\.html$/.test(f.file) ? 'HTML' : 'other';
      byKind[k] = (byKind[k] ?? 0) + f.gz;
    }
    const parts = Object.entries(byKind).map(([k, b]) => `${k} ${kb(b)}`).join(' · ');
    row(
      'first visit: gzip bytes fetched before a file can be dropped (landing page, empty cache, until `input[type=file]` is there and enabled)',
      `**${kb(gz)} gzip** (${v.files.length} requests: ${parts}; ${kb(v.raw)} raw; input usable at ${ms(median(r.visit.runs.map((x) => x.usableAt)))}${v.held ? `, with the app's code held back until then; the sample picked at that moment was open at ${ms(median(r.visit.runs.map((x) => x.readAt)))}` : ''}, median of ${r.visit.runs.length})`,
      '≤ 160 KB gzip',
      verdict(gz <= 160_000),
    );
  }

  for (const [name, imp] of Object.entries(r.imports ?? {})) {
    if (!imp.runs.length && !imp.error) continue;
    const what = `import ${imp.set.posts.toLocaleString('en')} posts (${mb(imp.set.bytes)})`;
    if (!imp.runs.length) {
      row(what, `failed: ${imp.error}`, '', verdict(false));
      continue;
    }
    const listed = median(imp.runs.map((x) => x.total));
    const dom = median(imp.runs.map((x) => x.dom));
    const base = median(imp.runs.map((x) => x.baseline.decodeParse));
    const baseRead = median(imp.runs.map((x) => x.baseline.total));
    const ratio = listed / base;
    const n = imp.runs.length;
    const threads = imp.runs[0].shown.library;
    row(
      `${what}: until listed`,
      `**${ms(listed)}** (in the DOM at ${ms(dom)}; ${threads.toLocaleString('en')} threads listed; median of ${n})`,
      name === '100k' ? '≤ 3 s' : '',
      name === '100k' ? verdict(listed <= 3000) : '',
    );
    row(
      `${what}: vs the browser's TextDecoder + JSON.parse of the same bytes (${ms(base)})`,
      `**${ratio.toFixed(1)}×** (${(listed / baseRead).toFixed(1)}× File.arrayBuffer + TextDecoder + JSON.parse, ${ms(baseRead)})`,
      '≤ 1.0×',
      verdict(ratio <= 1.0),
    );
    const text = median(imp.runs.map((x) => x.baseline.fileText));
    const big = name !== '1k';
    row(
      `${what}: vs \`await file.text()\` + JSON.parse of the same files, same page (${ms(text)})`,
      `**${(listed / text).toFixed(1)}×** (each run against its own: ${runRatios(imp.runs, (x) => x.baseline.fileText)})`,
      big ? '≤ 1.0× (from 10k)' : '',
      big ? verdict(listed / text <= 1.0) : '',
    );
    longTaskRow(what, imp.runs);
    const mem = imp.runs.filter((x) => x.rss);
    if (mem.length) {
      const peak = median(mem.map((x) => x.rss.peak - x.rss.before));
      const wasm = median(mem.map((x) => x.wasmAfter));
      const heap = median(mem.map((x) => x.heapAfter.usedSize));
      const ab = median(mem.map((x) => x.heapAfter.backingStorageSize ?? NaN));
      const ratioM = peak / imp.set.bytes;
      row(
        `${what}: peak memory (renderer RSS above its level before the import)`,
        `**${mb(peak)} = ${ratioM.toFixed(2)}× the file** (after: wasm memory ${mb(wasm)}, JS heap ${mb(heap)}${Number.isFinite(ab) ? `, ArrayBuffers ${mb(ab)}` : ''})`,
        name === '100k' ? '≤ 2× file' : '',
        name === '100k' ? verdict(ratioM <= 2) : '',
      );
    }
  }

  for (const [name, z] of Object.entries(r.zips ?? {})) {
    const what = `import archive .zip, ${z.set.posts.toLocaleString('en')} posts (${mb(z.set.bytes)} zip: tweets.js ${mb(z.set.tweetsBytes)} deflated, ${z.set.entries.toLocaleString('en')} entries)`;
    if (!z.runs.length) {
      if (z.error) row(what, `failed: ${z.error}`, '', verdict(false));
      continue;
    }
    const listed = median(z.runs.map((x) => x.total));
    const dom = median(z.runs.map((x) => x.dom));
    const text = median(z.runs.map((x) => x.baseline.fileText));
    const decode = median(z.runs.map((x) => x.baseline.decodeParse));
    const inflate = median(z.runs.map((x) => x.baseline.inflated?.total ?? NaN));
    const n = z.runs.length;
    row(
      `${what}: until listed`,
      `**${ms(listed)}** (in the DOM at ${ms(dom)}; ${z.runs[0].shown.library.toLocaleString('en')} threads listed; median of ${n})`,
      '',
      '',
    );
    row(
      `${what}: vs \`await file.text()\` + JSON.parse of its unzipped tweets.js, same page (${ms(text)})`,
      `**${(listed / text).toFixed(1)}×** (each run against its own: ${runRatios(z.runs, (x) => x.baseline.fileText)}; ${(listed / decode).toFixed(1)}× TextDecoder + JSON.parse, ${ms(decode)}; ` +
        `${(listed / inflate).toFixed(1)}× the browser's own inflate of the entry, DecompressionStream + JSON.parse, ${ms(inflate)})`,
      '≤ 1.2×',
      verdict(listed / text <= 1.2),
    );
    longTaskRow(what, z.runs);
    const mem = z.runs.filter((x) => x.rss);
    if (mem.length) {
      const peak = median(mem.map((x) => x.rss.peak - x.rss.before));
      const wasm = median(mem.map((x) => x.wasmAfter));
      row(
        `${what}: peak memory (renderer RSS above its level before the import)`,
        `**${mb(peak)} = ${(peak / z.set.tweetsBytes).toFixed(2)}× the unzipped tweets.js** (after: wasm memory ${mb(wasm)})`,
        '',
        '',
      );
    }
  }

  if (r.renderLoad) {
    row(`(render archive: ${r.renderLoad.posts.toLocaleString('en')} posts, ${mb(r.renderLoad.bytes)}, opens on its 5,000-post thread)`, `listed and shown in ${ms(r.renderLoad.total)}`, '', '');
  }
  for (const [n, runs] of Object.entries(r.render ?? {})) {
    const first = median(runs.map((x) => x.first.total));
    const firstDom = median(runs.map((x) => x.first.dom));
    const tot = median(runs.map((x) => x.total));
    const target = Number(n) === 1000;
    row(
      `render a ${Number(n).toLocaleString('en')}-post thread (click in the library → its first screen painted; → every post in)`,
      `**${ms(first)}** (in the DOM at ${ms(firstDom)}); every post in and painted at ${ms(tot)} (median of ${runs.length})`,
      target ? '≤ 100 ms' : '',
      target ? verdict(first <= 100) : '',
    );
  }
  for (const [name, s] of Object.entries(r.switches ?? {})) {
    if (!s.runs.length) continue;
    const first = median(s.runs.map((x) => x.first.total));
    const firstDom = median(s.runs.map((x) => x.first.dom));
    const frame = median(s.runs.map((x) => x.first.frame));
    const tot = median(s.runs.map((x) => x.total));
    row(
      `sidebar switch ("More from" entry → new article's first screen painted), ${s.threads.toLocaleString('en')} threads loaded (${name} archive)`,
      `**${ms(first)}** (in the DOM at ${ms(firstDom)}; that frame's style/layout/paint ${ms(frame)}; every post in at ${ms(tot)}; median of ${s.runs.length})`,
      '≤ 16 ms',
      verdict(first <= 16),
    );
    if (s.floor?.length) {
      const floor = median(s.floor.map((x) => x.total));
      row(
        `… the browser's floor there: the same page frozen, the article swapped for a saved copy by plain JS (no app code); switch ÷ floor`,
        `${ms(floor)} (in the DOM at ${ms(median(s.floor.map((x) => x.dom)))}; that frame ${ms(median(s.floor.map((x) => x.frame)))}; median of ${s.floor.length}); switch ÷ floor **${(first / floor).toFixed(2)}×**`,
        'switch ≤ 1.2× the floor',
        verdict(first / floor <= 1.2),
      );
    }
  }
  if (r.pdf) {
    const t = median(r.pdf.runs.map((x) => x.ms));
    row(`PDF of a ${r.pdf.posts}-post thread (page.pdf, A4)`, `**${ms(t)}** (${r.pdf.runs[0].pages} pages, ${mb(r.pdf.runs[0].bytes)}; median of ${r.pdf.runs.length})`, '≤ 5 s', verdict(t <= 5000));
  }
  return lines.join('\n');
}

function finish(results) {
  mkdirSync(dirname(opts.json), { recursive: true });
  writeFileSync(opts.json, `${JSON.stringify(results, null, 1)}\n`);
  const md = table(results);
  writeFileSync(opts.md, `${md}\n`);
  console.log(md);
  log(`done in ${elapsed()}; table in ${opts.md}, every run in ${opts.json}`);
}

if (opts.fromJson) {
  console.log(table(JSON.parse(readFileSync(opts.fromJson, 'utf8'))));
  process.exit(0);
}

main().catch((e) => {
  console.error(`[bench] failed: ${e.stack ?? e}`);
  process.exit(1);
});
