//! Helpers of the Bluesky and Mastodon fixture tests: the real samples under
//! `assets/samples/{bluesky,mastodon}`, imported through `import_files` (detection
//! included), and JSON surgery for the derived documents some tests build from them.

use serde_json::Value;
use unroll_core::import::import_files;
use unroll_core::{Batch, ImportErrorKind};

pub use super::{ids, import_ok, input, library, link, post, repo_file, text};

/// The bytes of `assets/samples/<rel>`.
pub fn sample_bytes(rel: &str) -> Vec<u8> {
    repo_file(&format!("assets/samples/{rel}"))
}

/// A sample parsed as JSON, to derive documents from.
pub fn sample_json(rel: &str) -> Value {
    serde_json::from_slice(&sample_bytes(rel)).unwrap()
}

pub fn import_sample(rel: &str) -> Batch {
    import_ok(&[input(rel, sample_bytes(rel))])
}

pub fn import_value(v: &Value) -> Batch {
    import_ok(&[input("derived.json", v.to_string())])
}

/// The one error of a file that must fail.
pub fn error_of(bytes: impl Into<Vec<u8>>) -> ImportErrorKind {
    let (batch, mut errors) = import_files(&[input("dropped.json", bytes)]);
    assert!(batch.posts.is_empty(), "{:?}", batch.posts);
    assert_eq!(errors.len(), 1, "{errors:?}");
    errors.remove(0).kind
}
