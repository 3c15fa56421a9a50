//! Helpers of the X API v2 and Unroll format tests: the v2 samples under
//! `assets/samples/twitter-v2`, imported through `import_files` (detection included).

use unroll_core::import::{import_files, InputFile};
use unroll_core::{Batch, Library, Post, Segment};

/// The k_sze / noahwp full-archive search (257 posts, newest first).
pub const K_SZE: &str = "academictwitteR_search_all_from_k_sze_OR_noahwp.json";
/// Two tweets with no fields and no expansions.
pub const MINIMAL: &str = "tweepy_get_tweets_minimal_fields.json";

/// The bytes of a file of the repository (path relative to its root).
pub fn repo_file(rel: &str) -> Vec<u8> {
    let path = format!("{}/../{rel}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub fn sample_bytes(name: &str) -> Vec<u8> {
    repo_file(&format!("assets/samples/twitter-v2/{name}"))
}

pub fn input(name: &str, bytes: impl Into<Vec<u8>>) -> InputFile {
    InputFile {
        name: name.to_string(),
        bytes: bytes.into(),
    }
}

pub fn sample(name: &str) -> InputFile {
    input(name, sample_bytes(name))
}

/// Imports files that must import without an error.
pub fn import_ok(files: &[InputFile]) -> Batch {
    let (batch, errors) = import_files(files);
    assert!(errors.is_empty(), "{errors:?}");
    batch
}

pub fn import_sample(name: &str) -> Batch {
    import_ok(&[sample(name)])
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

pub fn text(s: &str) -> Segment {
    Segment::Text {
        text: s.to_string(),
    }
}
