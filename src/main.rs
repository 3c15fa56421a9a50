//! Unroll's entry point: takes over the landing page the HTML carries (`shell`) and mounts
//! the Yew app in its place. Everything else lives in the library crate so native tests can
//! render components.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        unroll::shell::hand_over();
        yew::Renderer::<unroll::app::App>::new().render();
    }
}
