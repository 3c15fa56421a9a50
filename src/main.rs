//! Unroll's entry point: mounts the Yew app in the browser. Everything else lives in the
//! library crate so native tests can render components.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<unroll::app::App>::new().render();
}
