// What the benchmark puts in every page before the app's own scripts run (an init script),
// and the in-page helpers it calls. Times are performance.now() milliseconds.
//
// - longtasks: every main-thread task over 50 ms (PerformanceObserver 'longtask').
// - wasmMemory: the app's WebAssembly.Memory, from Trunk's TrunkApplicationStarted event
//   (its detail is the wasm exports); a Memory only grows, so its size after an import is
//   the import's peak.
// - actionAt: when the last action reached the page — the app's file input firing `change`
//   or a click — taken by capture listeners on window, so before any app handler runs.
//   It and "painted" below are also marked (performance.mark 'bench-action' /
//   'bench-painted'), so a trace can be cut to that window.
// - whenShown(check): resolves once check() is true, with
//     domAt     the first moment the DOM satisfies check() (a MutationObserver callback: the
//               end of the task that changed the DOM),
//     frameAt   the requestAnimationFrame callback after it (the start of the next frame's
//               rendering steps: style, layout, paint),
//     paintedAt a task posted from that callback, which runs once the frame's main-thread
//               work (style, layout, paint, commit to the compositor) is done.
//   "Painted" thus means committed by the main thread; rasterisation and display on the
//   compositor/GPU side are not included.

export function instrument() {
  const bench = {
    longtasks: [],
    wasmMemory: null,
    actionAt: null,
    actionKind: null,
  };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longtasks = null; // not supported
  }
  addEventListener('TrunkApplicationStarted', (e) => {
    bench.wasmMemory = e.detail?.wasm?.memory ?? null;
  });
  addEventListener(
    'change',
    (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'file' && !e.target.dataset.bench) {
        bench.actionAt = performance.now();
        bench.actionKind = 'change';
        performance.mark('bench-action');
      }
    },
    true,
  );
  addEventListener(
    'click',
    () => {
      bench.actionAt = performance.now();
      bench.actionKind = 'click';
      performance.mark('bench-action');
    },
    true,
  );

  bench.whenShown = (check) =>
    new Promise((resolve) => {
      const shown = () => {
        const domAt = performance.now();
        requestAnimationFrame(() => {
          const frameAt = performance.now();
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            performance.mark('bench-painted');
            resolve({ actionAt: bench.actionAt, domAt, frameAt, paintedAt: performance.now() });
          };
          ch.port2.postMessage(0);
        });
      };
      if (check()) {
        shown();
        return;
      }
      const mo = new MutationObserver(() => {
        if (check()) {
          mo.disconnect();
          shown();
        }
      });
      // Attribute changes too (only `id`): a switch between threads of equal length may
      // only patch the existing sections in place.
      mo.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
    });

  // What to wait for, by name: each makes the predicate whenShown checks on DOM changes.
  const checks = {
    // The reader is up: the library nav lists threads and an article is open.
    listed: () => () =>
      document.querySelector('nav[aria-label=Library] li') !== null && document.querySelector('article.thread') !== null,
    // The thread starting with this post has its first screen in the article (a long
    // thread's later posts follow frame by frame).
    threadStarted: (firstId) => () => document.getElementById(`p-${firstId}`) !== null,
    // The thread whose first and last posts are these is in the article.
    threadShown: (firstId, lastId) => () =>
      document.getElementById(`p-${firstId}`) !== null && document.getElementById(`p-${lastId}`) !== null,
    // An element with this id is in the page (the switch floor's swapped-in copy).
    element: (id) => () => document.getElementById(id) !== null,
    // The thread starting with this post is in the article with all its posts.
    threadOfLength: (firstId, posts) => () =>
      document.getElementById(`p-${firstId}`) !== null &&
      document.querySelectorAll('article.thread section.post').length === posts,
  };

  /**
   * Arm a wait for checks[name](...args); `bench.pending` resolves with whenShown's times.
   * With `first` ([name, args]) too, `bench.firstPending` resolves when that check is met
   * (a long thread's first screen), on the same action.
   */
  bench.arm = (name, args = [], first = null) => {
    bench.actionAt = null;
    bench.pending = bench.whenShown(checks[name](...args));
    bench.firstPending = first ? bench.whenShown(checks[first[0]](...first[1])) : null;
  };
}
