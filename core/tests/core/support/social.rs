//! Helpers of the Bluesky and Mastodon fixture tests: the real samples under
//! `assets/samples/{bluesky,mastodon}`, imported through `import_files` (detection
//! included), and JSON surgery for the derived documents some tests build from them.

use serde_json::Value;
use unroll_core::import::{import_files, InputFile};
use unroll_core::{Batch, ImportErrorKind, Library, Post, Segment};

/// The bytes of `assets/samples/<rel>`.
pub fn sample_bytes(rel: &str) -> Vec<u8> {
    let path = format!("{}/../assets/samples/{rel}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The bytes of a file of the repository (path relative to its root).
pub fn repo_file(rel: &str) -> Vec<u8> {
    let path = format!("{}/../{rel}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A sample parsed as JSON, to derive documents from.
pub fn sample_json(rel: &str) -> Value {
    serde_json::from_slice(&sample_bytes(rel)).unwrap()
}

pub fn input(name: &str, bytes: impl Into<Vec<u8>>) -> InputFile {
    InputFile {
        name: name.to_string(),
        bytes: bytes.into(),
    }
}

/// Imports files that must import without an error.
pub fn import_ok(files: &[InputFile]) -> Batch {
    let (batch, errors) = import_files(files);
    assert!(errors.is_empty(), "{errors:?}");
    batch
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

pub fn library(batch: Batch) -> Library {
    let mut lib = Library::new();
    lib.add(batch);
    lib
}

pub fn post<'a>(batch: &'a Batch, id: &str) -> &'a Post {
    batch
        .posts
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("post {id} not imported"))
}

pub fn ids(batch: &Batch) -> Vec<&str> {
    batch.posts.iter().map(|p| p.id.as_str()).collect()
}

pub fn text(s: &str) -> Segment {
    Segment::Text {
        text: s.to_string(),
    }
}

pub fn link(t: &str, url: &str) -> Segment {
    Segment::Link {
        text: t.to_string(),
        url: url.to_string(),
    }
}
