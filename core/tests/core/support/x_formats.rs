//! Helpers of the X API v1.1, X web GraphQL and archive long-post tests: the real samples
//! under `assets/samples/<folder>`, imported through `import_files` (detection included),
//! and builders for expected segments.

use serde_json::Value;
use unroll_core::import::{import_files, InputFile};
use unroll_core::{Batch, ImportError, Library, Post, Segment, Thread, ThreadItem};

pub const V1: &str = "twitter-v1.1";
pub const GRAPHQL: &str = "x-graphql-tweetdetail";
pub const NOTES_ARCHIVE: &str = "twitter-archive/alrocar_2024_excerpt";

/// The bytes of `assets/samples/<folder>/<name>`.
pub fn sample_bytes(folder: &str, name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../assets/samples/{folder}/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub fn input(name: &str, bytes: impl Into<Vec<u8>>) -> InputFile {
    InputFile {
        name: name.to_string(),
        bytes: bytes.into(),
    }
}

pub fn sample(folder: &str, name: &str) -> InputFile {
    input(name, sample_bytes(folder, name))
}

pub fn import(files: &[InputFile]) -> (Batch, Vec<ImportError>) {
    import_files(files)
}

/// Imports files that must import without an error.
pub fn import_ok(files: &[InputFile]) -> Batch {
    let (batch, errors) = import_files(files);
    assert!(errors.is_empty(), "{errors:?}");
    batch
}

pub fn import_sample(folder: &str, name: &str) -> Batch {
    import_ok(&[sample(folder, name)])
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

/// Every thread of the library as its items, newest first.
pub fn threads(lib: &Library) -> Vec<Vec<String>> {
    lib.threads().iter().map(items).collect()
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

/// A mention as typed, linked by the mentioned account's id.
pub fn mention(handle: &str, id: &str) -> Segment {
    Segment::Mention {
        handle: handle.to_string(),
        url: format!("https://x.com/i/user/{id}"),
    }
}

/// A mention whose account's id the file does not give: linked by the handle as typed.
pub fn mention_by_handle(handle: &str) -> Segment {
    Segment::Mention {
        handle: handle.to_string(),
        url: format!("https://x.com/{handle}"),
    }
}

pub fn hashtag(tag: &str) -> Segment {
    Segment::Hashtag {
        tag: tag.to_string(),
        url: format!("https://x.com/hashtag/{tag}"),
    }
}

/// A GraphQL sample as a JSON tree, for tests that take a real response apart.
pub fn graphql_value(name: &str) -> Value {
    serde_json::from_slice(&sample_bytes(GRAPHQL, name)).expect("samples are JSON")
}

/// The first post result (`__typename` "Tweet") with `rest_id` == `id` anywhere in `v`.
pub fn find_result<'a>(v: &'a Value, id: &str) -> Option<&'a Value> {
    match v {
        Value::Object(map) => {
            if map.get("rest_id").and_then(Value::as_str) == Some(id) && map.contains_key("legacy")
            {
                return Some(v);
            }
            map.values().find_map(|c| find_result(c, id))
        }
        Value::Array(items) => items.iter().find_map(|c| find_result(c, id)),
        _ => None,
    }
}

/// One real post result of a GraphQL sample, saved alone the way TweetResultByRestId
/// returns it: `{"data": {"tweetResult": {"result": …}}}`.
pub fn graphql_single(name: &str, id: &str) -> InputFile {
    let v = graphql_value(name);
    let result = find_result(&v, id).unwrap_or_else(|| panic!("{id} not in {name}"));
    let doc = serde_json::json!({"data": {"tweetResult": {"result": result}}});
    input(&format!("{id}.json"), serde_json::to_vec(&doc).unwrap())
}
