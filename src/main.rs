//! Unroll's entry point, one module for the page and its worker: on a page it takes over
//! the landing page the HTML carries (`shell`) and mounts the Yew app in its place; in the
//! worker (`assets/worker.js` instantiates this same module) it does nothing until the
//! worker calls `serve_worker`. Everything else lives in the library crate so native tests
//! can render components.

fn main() {
    #[cfg(target_arch = "wasm32")]
    if web_sys::window().is_some() {
        unroll::shell::hand_over();
        yew::Renderer::<unroll::app::App>::new().render();
    }
}

/// Serves the page from the worker this module runs in (`assets/worker.js` calls it).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn serve_worker() {
    unroll::worker::start_in_worker();
}
