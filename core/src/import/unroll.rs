//! Unroll's own versioned JSON format: the document shape (shared with `export`) and its
//! import. The shape is the model's serde form (read back by `model_json`); `assets/unroll-thread.schema.json` describes
//! it field by field.
//!
//! ```json
//! {"format": "unroll", "version": 1, "exported_at": 1700000000,
//!  "authors": [Author…], "posts": [Post…], "threads": [Thread…]}
//! ```
//!
//! Threads are stored so other readers can use them, but on import the library assembles
//! threads again from the posts; the stored ones are only checked to refer to stored posts.
//! Every URL read is kept only by the one URL rule (`urls`), as in every other importer.

use std::collections::HashSet;

use serde::Serialize;

use super::detect::Envelope;
use super::{invalid, parse_part};
use crate::error::ImportErrorKind;
use crate::model::{Author, Batch, Post, Thread, ThreadItem};

mod model_json;
mod urls;

/// The value of the top-level "format" key.
pub const FORMAT_NAME: &str = "unroll";
/// The version this build writes and the newest it reads.
pub const VERSION: u64 = 1;

const FORMAT: &str = "Unroll JSON";

/// A whole Unroll document, as written by `export`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Document {
    pub format: String,
    pub version: u64,
    /// When the export was made, seconds since the epoch; absent when the exporter had no
    /// clock to ask.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<i64>,
    pub authors: Vec<Author>,
    pub posts: Vec<Post>,
    pub threads: Vec<Thread>,
}

/// Import one Unroll document whose top-level keys `env` has sniffed (its "format" is
/// "unroll"). `line` is set for a value of a JSON Lines file.
pub(crate) fn import(
    doc: &str,
    env: &Envelope<'_>,
    line: Option<usize>,
) -> Result<Batch, ImportErrorKind> {
    let missing = |key: &str| invalid(FORMAT, line, key.to_string(), "missing".to_string());
    let version: u64 = parse_part(
        doc,
        env.version.ok_or_else(|| missing("version"))?,
        "version",
        line,
        FORMAT,
    )?;
    if version == 0 {
        return Err(invalid(
            FORMAT,
            line,
            "version".to_string(),
            "versions start at 1".to_string(),
        ));
    }
    if version > VERSION {
        return Err(ImportErrorKind::UnsupportedVersion {
            found: version,
            supported: VERSION,
        });
    }
    if let Some(raw) = env.exported_at {
        parse_part::<Option<i64>>(doc, raw, "exported_at", line, FORMAT)?;
    }
    let posts: Vec<Post> = parse_part(
        doc,
        env.posts.ok_or_else(|| missing("posts"))?,
        "posts",
        line,
        FORMAT,
    )?;
    let authors: Vec<Author> = match env.authors {
        Some(raw) => parse_part(doc, raw, "authors", line, FORMAT)?,
        None => Vec::new(),
    };
    if let Some(raw) = env.threads {
        let threads: Vec<Thread> = parse_part(doc, raw, "threads", line, FORMAT)?;
        check_threads(&threads, &posts, line)?;
    }
    Ok(urls::keep_safe(Batch { authors, posts }))
}

/// Every post a stored thread lists must be among the stored posts.
fn check_threads(
    threads: &[Thread],
    posts: &[Post],
    line: Option<usize>,
) -> Result<(), ImportErrorKind> {
    let ids: HashSet<&str> = posts.iter().map(|p| p.id.as_str()).collect();
    for (t, thread) in threads.iter().enumerate() {
        for (i, item) in thread.items.iter().enumerate() {
            if let ThreadItem::Post { id } = item {
                if !ids.contains(id.as_str()) {
                    return Err(invalid(
                        FORMAT,
                        line,
                        format!("threads[{t}].items[{i}].id"),
                        format!("post {id} is not in \"posts\""),
                    ));
                }
            }
        }
    }
    Ok(())
}
