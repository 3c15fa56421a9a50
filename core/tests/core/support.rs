//! Helpers shared by the integration tests: the ones every family of samples uses here,
//! and one module per family (each re-exports the shared ones its tests call, so a test
//! imports its whole kit from one place).

pub mod fixtures;
pub mod position;
pub mod schema_check;
pub mod social;
pub mod v2;
pub mod x_formats;

use unroll_core::import::{import_files, InputFile};
use unroll_core::{
    Batch, ImportError, Library, Media, MediaKind, Post, Segment, Thread, ThreadItem,
};

/// The bytes of a file of the repository (path relative to its root).
pub fn repo_file(rel: &str) -> Vec<u8> {
    let path = format!("{}/../{rel}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub fn input(name: &str, bytes: impl Into<Vec<u8>>) -> InputFile {
    InputFile {
        name: name.to_string(),
        bytes: bytes.into(),
    }
}

/// Imports files the way the app does (`import_files`: detection, the archive's files
/// together, what each file shows).
pub fn import(files: &[InputFile]) -> (Batch, Vec<ImportError>) {
    import_files(files)
}

/// Imports files that must import without an error.
pub fn import_ok(files: &[InputFile]) -> Batch {
    let (batch, errors) = import_files(files);
    assert!(errors.is_empty(), "{errors:?}");
    batch
}

/// Each medium as (kind, image URL, link): what the URL rule tests compare.
pub fn media_urls(media: &[Media]) -> Vec<(MediaKind, &str, Option<&str>)> {
    media
        .iter()
        .map(|m| (m.kind, m.url.as_str(), m.link.as_deref()))
        .collect()
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

/// A thread's items as strings: post ids, and "gap:<missing id>".
pub fn items(t: &Thread) -> Vec<String> {
    t.items
        .iter()
        .map(|i| match i {
            ThreadItem::Post { id } => id.clone(),
            ThreadItem::Gap { missing_id } => {
                format!("gap:{}", missing_id.as_deref().unwrap_or("?"))
            }
        })
        .collect()
}

pub fn text(s: &str) -> Segment {
    Segment::Text {
        text: s.to_string(),
    }
}

pub fn link(text: &str, url: &str) -> Segment {
    Segment::Link {
        text: text.to_string(),
        url: url.to_string(),
    }
}
