// The landing page works before the app has started: index.html carries it already (the
// app's own first render, kept in step by a test), and this script holds on to what the
// person does with it meanwhile (files picked or dropped, the sample asked for, JSON
// pasted) until the app takes it over (src/shell.rs) and loads it. A first visit so needs
// a few kilobytes, not the app's wasm, before a file can be dropped.
(() => {
  const held = { files: [], sample: false, pasted: null };
  const listeners = [];
  const on = (type, f) => {
    document.addEventListener(type, f);
    listeners.push([type, f]);
  };
  const carriesFiles = (e) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
  const waiting = () => {
    const hint = document.querySelector('#shell .drop-hint');
    const n = held.files.length;
    const what = n ? `${n} file${n === 1 ? '' : 's'}` : 'your request';
    if (hint) hint.textContent = `Starting Unroll… ${what} will load in a moment`;
  };
  on('change', (e) => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files) return;
    held.files.push(...input.files);
    input.value = '';
    waiting();
  });
  on('dragover', (e) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  on('drop', (e) => {
    if (!carriesFiles(e)) return;
    // Without this the browser would leave the page to show the dropped file.
    e.preventDefault();
    held.files.push(...e.dataTransfer.files);
    waiting();
  });
  on('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (!button || !button.closest('#shell')) return;
    if (button.closest('.sample')) held.sample = true;
    else if (button.closest('.paste-box')) held.pasted = document.getElementById('paste-json')?.value ?? '';
    else return;
    waiting();
  });
  // Called once by the app as it starts: stops listening and hands over what was held,
  // with the draft in the paste box and the id of the element that had focus.
  window.unrollEarly = {
    take() {
      for (const [type, f] of listeners) document.removeEventListener(type, f);
      listeners.length = 0;
      const active = document.activeElement;
      return {
        files: held.files,
        sample: held.sample,
        pasted: held.pasted,
        draft: document.getElementById('paste-json')?.value ?? '',
        focused: active && active !== document.body && document.getElementById('shell')?.contains(active) ? active.id : '',
      };
    },
  };
})();
