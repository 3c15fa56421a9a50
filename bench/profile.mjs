#!/usr/bin/env node
// Where the time goes: runs one benchmark scenario under Chromium's sampling CPU profiler
// (CDP Profiler) and a trace (CDP Tracing, devtools.timeline), then prints
//   - the main thread's time by trace event (script, style, layout, paint, GC …),
//   - the CPU profile's self time by group (wasm, JS glue, DOM calls, GC) and its top
//     functions, and inclusive time of chosen Rust functions.
// Use the "names" build (bench/run.sh --profile builds target/bench/dist-names) so wasm
// functions carry their Rust names; on the release build they are only numbers.
// The raw .cpuprofile and trace .json go to target/bench/profiles/ (open them in
// Chromium DevTools' Performance panel).
//
//   node bench/profile.mjs [--dist DIR] SCENARIO…
//   scenarios: import-1k import-10k import-100k render-10|100|1000|5000 switch-1k|10k|100k pdf-200

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureData } from './lib/data.mjs';
import { instrument } from './lib/instrument.mjs';
import { serveStatic } from './lib/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(join(ROOT, 'e2e', 'package.json'))('playwright-core');
const OUT = join(ROOT, 'target', 'bench', 'profiles');

let dist = join(ROOT, 'target', 'bench', 'dist-names');
const scenarios = [];
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--dist') dist = resolve(process.argv[++i]);
  else scenarios.push(process.argv[i]);
}
if (!scenarios.length) {
  console.error('usage: node bench/profile.mjs [--dist DIR] import-10k|render-1000|switch-10k|… ');
  process.exit(2);
}

const log = (m) => console.error(`[profile] ${m}`);
const files = (name) => ensureData(name, log).files;
const meta = (name) => ensureData(name, log).meta;

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'loading', 'blink.user_timing'];

// ---------------------------------------------------------------- analysis

/**
 * The window to look at: from the page's last 'bench-action' mark to the 'bench-painted'
 * mark after it (both in trace time, µs), and the thread they were marked on.
 */
function windowOf(trace) {
  const events = trace.traceEvents ?? trace;
  const marks = events.filter((e) => e.name === 'bench-action' || e.name === 'bench-painted').sort((a, b) => a.ts - b.ts);
  const painted = marks.filter((e) => e.name === 'bench-painted').pop();
  const action = marks.filter((e) => e.name === 'bench-action' && (!painted || e.ts <= painted.ts)).pop();
  if (!action || !painted) return null;
  return { from: action.ts, to: painted.ts, pid: action.pid, tid: action.tid };
}

function analyseProfile(profile, win) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const incl = new Map();
  const groups = new Map();
  let total = 0;
  const name = (n) => {
    const f = n.callFrame;
    const fn = f.functionName || '(anonymous)';
    return f.url ? `${fn} [${f.url.split('/').pop()}]` : fn;
  };
  const group = (n) => {
    const f = n.callFrame;
    if (/\.wasm$/.test(f.url) || /^\$|wasm-function/.test(f.functionName)) return 'wasm (Rust: core, yew, serde …)';
    if (f.functionName === '(garbage collector)') return 'garbage collector';
    if (f.functionName === '(idle)') return 'idle';
    if (f.functionName === '(program)') return '(program: browser work outside JS — style, layout, paint, events)';
    if (f.functionName === '(root)') return 'root';
    if (f.url && /\/unroll-[0-9a-f]+\.js$/.test(f.url)) return 'JS glue (wasm-bindgen imports)';
    if (!f.url) return 'browser built-ins called from JS (DOM, TextDecoder …)';
    return 'other JS';
  };
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (win && (t < win.from || t > win.to)) return;
    const n = byId.get(id);
    if (!n) return;
    total += dt;
    const k = name(n);
    self.set(k, (self.get(k) ?? 0) + dt);
    const g = group(n);
    groups.set(g, (groups.get(g) ?? 0) + dt);
    const seen = new Set();
    for (let p = id; p !== undefined; p = parent.get(p)) {
      const kk = name(byId.get(p));
      if (!seen.has(kk)) {
        seen.add(kk);
        incl.set(kk, (incl.get(kk) ?? 0) + dt);
      }
    }
  });
  return { total, self, incl, groups };
}

const SHOWN = [
  'FunctionCall', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout',
  'Paint', 'PrePaint', 'Commit', 'MajorGC', 'MinorGC', 'HitTest', 'ResourceFetcher::requestResource',
];

/** Self time per trace event name on the page's main thread within the window, and its tasks. */
function analyseTrace(trace, win) {
  const events = trace.traceEvents ?? trace;
  let thread = win;
  if (!thread) {
    // No marks (a PDF): the renderer main thread busiest in RunTask.
    let best = -1;
    for (const m of events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')) {
      const d = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask').reduce((s, e) => s + (e.dur ?? 0), 0);
      if (d > best) [best, thread] = [d, { pid: m.pid, tid: m.tid }];
    }
  }
  if (!thread) return null;
  const inWin = (e) => !win || (e.ts + (e.dur ?? 0) >= win.from && e.ts <= win.to);
  const xs = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined && inWin(e))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const close = (e) => self.set(e.name, (self.get(e.name) ?? 0) + e.self / 1000);
  for (const e of xs) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) close(stack.pop());
    const ev = { name: e.name, ts: e.ts, dur: e.dur, self: e.dur };
    if (stack.length) stack[stack.length - 1].self -= e.dur;
    stack.push(ev);
  }
  while (stack.length) close(stack.pop());
  const origin = win?.from ?? xs[0]?.ts ?? 0;
  const tasks = xs
    .filter((e) => e.name === 'RunTask' && e.dur >= 5000)
    .map((task) => {
      const inside = xs.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
      const by = new Map();
      for (const e of inside) if (SHOWN.includes(e.name)) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
      const types = [...new Set(inside.filter((e) => e.name === 'EventDispatch').map((e) => e.args?.data?.type))].filter(Boolean);
      const what = [...by].filter(([, v]) => v >= 1).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
      return `  +${((task.ts - origin) / 1000).toFixed(0).padStart(6)} ms  ${(task.dur / 1000).toFixed(1).padStart(7)} ms  ${what}${types.length ? ` (events: ${types.join(', ')})` : ''}`;
    });
  return { busy: xs.filter((e) => e.name === 'RunTask').reduce((s, e) => s + e.dur, 0) / 1000, self, tasks, window: win ? (win.to - win.from) / 1000 : null };
}

const top = (m, n) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
const fmt = (x) => `${x.toFixed(1).padStart(8)} ms`;

const WATCH = [
  'import_files', 'import_group', 'parse_items', 'x_archive::convert', 'Library::add', 'library::Library::add',
  'assemble::assemble', 'library_summaries', 'present::summary', 'more_from_author', 'thread_view',
  'serde_json', 'Clone', 'clone', 'State as yew', 'reduce', 'yew::html', 'yew::dom_bundle', 'Bundle', 'reconcile',
  'appendChild', 'insertBefore', 'createElement', 'createTextNode', 'setAttribute', 'read_as_bytes', 'to_vec', 'memcpy',
  'dealloc', 'alloc', 'drop_in_place', 'format_date', 'plain_text', 'excerpt', 'word_count', 'HashMap', 'hash',
];

function report(title, prof, trace, wall) {
  const lines = [`## ${title}`, '', `wall time of the action: ${wall.toFixed(0)} ms`, ''];
  if (trace) {
    if (trace.window !== null) lines.push(`window from the action to painted (bench-action → bench-painted marks): ${trace.window.toFixed(0)} ms; everything below is cut to it`, '');
    lines.push(`Main thread (trace, self time by event; busy ${trace.busy.toFixed(0)} ms in RunTask):`);
    for (const [k, v] of top(trace.self, 14)) lines.push(`  ${fmt(v)}  ${k}`);
    lines.push('', 'Main-thread tasks of 5 ms or more (start after the action, duration, what ran inside):');
    lines.push(...trace.tasks, '');
  }
  lines.push(`CPU profile: ${prof.total.toFixed(0)} ms sampled. Self time by group:`);
  for (const [k, v] of top(prof.groups, 10)) lines.push(`  ${fmt(v)}  ${k}`);
  lines.push('', 'Top functions by self time:');
  for (const [k, v] of top(prof.self, 30)) lines.push(`  ${fmt(v)}  ${k.slice(0, 150)}`);
  lines.push('', 'Inclusive time of functions whose name contains:');
  for (const w of WATCH) {
    const hits = [...prof.incl.entries()].filter(([k]) => k.includes(w));
    if (!hits.length) continue;
    // The outermost match is the largest inclusive time among them.
    const [k, v] = hits.sort((a, b) => b[1] - a[1])[0];
    lines.push(`  ${fmt(v)}  ${w.padEnd(22)} (largest: ${k.slice(0, 110)})`);
  }
  lines.push('');
  return lines.join('\n');
}

// ---------------------------------------------------------------- scenarios

async function openApp(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.wasmBindings !== undefined && window.__bench?.wasmMemory, null, { timeout: 30_000 });
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

async function measured(browser, app, label, action) {
  await app.cdp.send('HeapProfiler.collectGarbage');
  await app.cdp.send('Profiler.enable');
  await app.cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await browser.startTracing(app.page, { categories: CATEGORIES });
  await app.cdp.send('Profiler.start');
  const t = await action();
  const { profile } = await app.cdp.send('Profiler.stop');
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `${label}.cpuprofile`), JSON.stringify(profile));
  writeFileSync(join(OUT, `${label}.trace.json`), JSON.stringify(trace));
  const win = windowOf(trace);
  return report(label, analyseProfile(profile, win), analyseTrace(trace, win), t);
}

const waitShown = (app) => app.page.evaluate(() => window.__bench.pending.then((t) => t.paintedAt - t.actionAt));

async function load(app, set, check) {
  await app.page.evaluate(([name, a]) => window.__bench.arm(name, a), check);
  await app.page.locator('input[type=file]').first().setInputFiles(files(set));
  return waitShown(app);
}

async function click(app, selector, check) {
  const loc = app.page.locator(selector).first();
  await loc.scrollIntoViewIfNeeded();
  await app.page.evaluate(([name, a]) => window.__bench.arm(name, a), check);
  await loc.click();
  return waitShown(app);
}

async function run(browser, url, scenario) {
  const [kind, arg] = scenario.split('-');
  const app = await openApp(browser, url);
  try {
    if (kind === 'import') {
      return await measured(browser, app, scenario, () => load(app, arg, ['listed', []]));
    }
    if (kind === 'switch') {
      await load(app, arg, ['listed', []]);
      const entry = app.page.locator('aside a.summary').nth(1);
      const id = decodeURIComponent((await entry.getAttribute('href')).replace(/^#t=/, ''));
      const posts = Number((await entry.locator('.read-more').innerText()).replace(/\D/g, ''));
      return await measured(browser, app, scenario, () => click(app, `aside a.summary[href="#t=${id}"]`, ['threadOfLength', [id, posts]]));
    }
    if (kind === 'render') {
      const m = meta('render');
      const big = m.forced.reduce((a, b) => (b.posts > a.posts ? b : a));
      await load(app, 'render', ['threadShown', [big.first, big.last]]);
      const small = m.sampleChains.find((c) => c.posts === 2) ?? m.sampleChains[0];
      await click(app, `nav[aria-label=Library] a[href="#t=${small.first}"]`, ['threadShown', [small.first, small.last]]);
      const c = m.forced.find((x) => x.posts === Number(arg));
      if (!c) throw new Error(`the render archive has no ${arg}-post thread`);
      return await measured(browser, app, scenario, () =>
        click(app, `nav[aria-label=Library] a[href="#t=${c.first}"]`, ['threadShown', [c.first, c.last]]));
    }
    if (kind === 'pdf') {
      // The pdf archive opens on its 200-post thread.
      const c = meta('pdf').forced[0];
      await load(app, 'pdf', ['threadShown', [c.first, c.last]]);
      return await measured(browser, app, scenario, async () => {
        const a = Date.now();
        await app.page.pdf({ format: 'A4' });
        return Date.now() - a;
      });
    }
    throw new Error(`unknown scenario ${scenario}`);
  } finally {
    await app.context.close();
  }
}

async function main() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html missing (bench/run.sh --profile builds it)`);
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const out = [`# Profiles (${new Date().toISOString()}, ${dist})`, ''];
  try {
    for (const s of scenarios) {
      console.error(`[profile] ${s}`);
      out.push(await run(browser, server.url, s));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const text = out.join('\n');
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'report.md'), text);
  console.log(text);
}

main().catch((e) => {
  console.error(`[profile] failed: ${e.stack ?? e}`);
  process.exit(1);
});
