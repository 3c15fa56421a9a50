// Unroll's fallback where the page may not start a worker: the worker's own script
// (worker.js, loaded just before this) runs on the page, and the page talks to it through
// a MessagePort, with the same messages it would send a worker.
self.unrollConnect = (port) =>
  wasm_bindgen("./worker_bg.wasm").then(() => wasm_bindgen.connect(port));
