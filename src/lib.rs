//! The Unroll app: the page (Yew components over the views `unroll-core` makes, one reducer
//! in `state`, requests in `session`, the worker's messages in `client`) and the worker's
//! side of the protocol (`worker`, run in a worker by this same module: see `main.rs`). The
//! reducer, the routes and the components compile natively so tests render them without a
//! browser; `io`, `shell`, `client` and `worker` talk to the browser and only run in it.

pub mod app;
pub mod client;
pub mod clock;
pub mod components;
pub mod error;
pub mod hooks;
pub mod io;
pub mod media_files;
pub mod pages;
pub mod route;
pub mod session;
pub mod shell;
pub mod state;
pub mod worker;
