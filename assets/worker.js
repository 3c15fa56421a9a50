// Unroll's worker: the page's own wasm module (compiled once, sent with the first message)
// and its glue, instantiated here to serve core; src/worker.rs takes the messages after.
self.onmessage = ({ data }) => {
  import(data.glue)
    .then(async (app) => {
      await app.default({ module_or_path: data.module });
      app.serve_worker();
    })
    // Thrown again outside the promise, so the page sees the worker's `error` and serves
    // itself instead.
    .catch((e) => setTimeout(() => { throw e; }));
};
