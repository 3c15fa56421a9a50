//! The Unroll app: Yew components over `unroll-core`. The reducer (`state`), layout rules
//! (`inline`, `route`) and components compile natively so tests render them without
//! a browser; `io` talks to the browser and only runs in it.

pub mod app;
pub mod client;
pub mod clock;
pub mod components;
pub mod error;
pub mod hooks;
pub mod inline;
pub mod io;
pub mod iso_time;
pub mod media_files;
pub mod pages;
pub mod route;
pub mod session;
pub mod state;
pub mod worker;
