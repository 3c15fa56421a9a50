//! unroll-core: everything in Unroll that is not UI — the model, one importer per source
//! format, thread assembly, text segmentation, the one rule for URLs (`url`), the library,
//! related threads, export. It has no web dependency, so `cargo test` runs it natively on
//! real fixtures.

pub mod archive_media;
pub mod assemble;
pub mod error;
pub mod export;
pub mod formats;
pub mod import;
pub(crate) mod json;
pub mod library;
pub mod model;
pub mod present;
pub mod protocol;
pub mod related;
pub mod service;
pub(crate) mod sort;
pub(crate) mod text;
pub mod time;
pub mod url;

pub use error::{ImportError, ImportErrorKind};
pub use library::Library;
pub use model::*;
