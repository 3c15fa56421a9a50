//! Unroll's entry point: mounts the Yew app in the browser. Everything else lives in the
//! library crate so native tests can render components.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<unroll::app::App>::new().render();
}
