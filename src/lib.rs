//! The Unroll app: Yew components over `unroll-core`, which decides what they show
//! (`unroll_core::present`). The reducer (`state`), the routes (`route`) and the components
//! compile natively so tests render them without a browser; `io` talks to the browser and
//! only runs in it.

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
pub mod state;
pub mod worker;
