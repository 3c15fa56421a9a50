// The renderer process's memory, read from /proc (Linux): which process renders our page,
// its resident set now (VmRSS) and at its peak (VmHWM), and resetting that peak
// (`echo 5 > /proc/<pid>/clear_refs`). This is everything the tab holds — JS heap,
// ArrayBuffers, wasm linear memory, DOM, layout — not only what JS can see.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

/** The command line as one string (Chromium rewrites its own, joining arguments by spaces). */
function cmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …"; comm may hold spaces, so split after the last ')'.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return 0;
  }
}

/** Status fields in kB, e.g. { VmRSS, VmHWM }. */
export function status(pid) {
  const out = {};
  try {
    for (const line of readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')) {
      const m = /^(Vm\w+|Rss\w+):\s+(\d+) kB/.exec(line);
      if (m) out[m[1]] = Number(m[2]) * 1024;
    }
  } catch {
    // process gone
  }
  return out;
}

/** Renderer processes descending from the browser started with `marker` in its arguments. */
export function renderersOf(marker) {
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  const browser = pids.find((p) => `${cmdline(p)} `.includes(`${marker} `) && !cmdline(p).includes(' --type='));
  if (!browser) return [];
  const descends = (p) => {
    for (let q = p, i = 0; q > 1 && i < 10; i++) {
      q = parentOf(q);
      if (q === browser) return true;
    }
    return false;
  };
  return pids.filter((p) => cmdline(p).includes(' --type=renderer') && descends(p));
}

/**
 * The renderer of `page`: among our renderers, the one whose RSS grows when the page fills
 * a 128 MB buffer (freed again afterwards).
 */
export async function rendererOfPage(page, marker) {
  const candidates = renderersOf(marker);
  if (candidates.length === 0) return null;
  const before = new Map(candidates.map((p) => [p, status(p).VmRSS ?? 0]));
  await page.evaluate(() => {
    window.__benchMarker = new Uint8Array(128 << 20).fill(1);
  });
  let best = null;
  let grew = 0;
  for (const p of candidates) {
    const d = (status(p).VmRSS ?? 0) - before.get(p);
    if (d > grew) [best, grew] = [p, d];
  }
  await page.evaluate(() => {
    delete window.__benchMarker;
  });
  return grew > 64 << 20 ? best : null;
}

/** Resets the peak (VmHWM) to the current RSS; false when the kernel refuses. */
export function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples VmRSS every `ms` until stopped; returns { stop() → { max, samples } }. */
export function sampleRss(pid, ms = 25) {
  let max = 0;
  const samples = [];
  const t0 = Date.now();
  const timer = setInterval(() => {
    const rss = status(pid).VmRSS ?? 0;
    if (rss > max) max = rss;
    samples.push([Date.now() - t0, rss]);
  }, ms);
  return {
    stop() {
      clearInterval(timer);
      return { max, samples };
    },
  };
}
