//! The Unroll app: Yew components over `unroll-core`.

pub mod app;
