//! The worker's entry point: core's service in a dedicated worker (see `unroll::worker`).
//! Loaded on the page instead, where workers cannot start, it waits for `connect`.

use wasm_bindgen::prelude::*;

fn main() {
    #[cfg(target_arch = "wasm32")]
    unroll::worker::start_in_worker();
}

/// Serves the page through `port`: the page's fallback when it may not start a worker.
#[wasm_bindgen]
pub fn connect(port: web_sys::MessagePort) {
    unroll::worker::serve_port(port);
}
