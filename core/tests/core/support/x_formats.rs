//! Helpers of the X API v1.1, X web GraphQL and archive long-post tests: the real samples
//! under `assets/samples/<folder>`, imported through `import_files` (detection included),
//! and builders for expected segments.

use serde_json::Value;
use unroll_core::import::InputFile;
use unroll_core::{Batch, Library, Segment};

pub use super::{ids, import, import_ok, input, items, library, link, post, text};

pub const V1: &str = "twitter-v1.1";
pub const GRAPHQL: &str = "x-graphql-tweetdetail";
pub const NOTES_ARCHIVE: &str = "twitter-archive/alrocar_2024_excerpt";

/// The bytes of `assets/samples/<folder>/<name>`.
pub fn sample_bytes(folder: &str, name: &str) -> Vec<u8> {
    super::repo_file(&format!("assets/samples/{folder}/{name}"))
}

pub fn sample(folder: &str, name: &str) -> InputFile {
    input(name, sample_bytes(folder, name))
}

pub fn import_sample(folder: &str, name: &str) -> Batch {
    import_ok(&[sample(folder, name)])
}

/// Every thread of the library as its items, newest first.
pub fn threads(lib: &Library) -> Vec<Vec<String>> {
    lib.threads().iter().map(items).collect()
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
