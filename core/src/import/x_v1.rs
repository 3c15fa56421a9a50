//! X API v1.1 statuses: one status (`statuses/show`), an array of them (timelines,
//! `statuses/lookup`), a search response (`{"statuses": […]}`, or premium search's
//! `{"results": […]}`), or JSON Lines of any of these (the streaming API, premium pages). Private wire structs (`wire`) and one convert (`convert`).
//!
//! Both text modes are read: `tweet_mode=extended` (`full_text` + `display_text_range`) and
//! compat mode, whose `text` is cut at 140 characters — its `extended_tweet` (full text,
//! range, entities, media) is preferred wherever present. A cut text without one keeps its
//! words and drops the "…/i/web/status/<id>" link that stands for the rest, so a fuller copy
//! of the post loaded later wins; the post is marked `truncated`, so the reader says it is
//! cut and links to the whole. `quoted_status` becomes the quote card; `retweeted_status`
//! marks a repost; `user` is the author. The status of a one-status file is `standalone`: the
//! file is about it, and when it is a retweet the post is its original, `reposted_by` the
//! retweeter.

mod convert;
mod media;
pub(super) mod wire;

pub(in crate::import) use convert::{
    author, post, quote_card, quoted_id, text_segments, Made, TextRules,
};
pub(in crate::import) use media::{media, Fields, MediaFields, Variant};

use std::collections::HashMap;

use super::{invalid, parse_part, path_prefix};
use crate::error::ImportErrorKind;
use crate::model::{Author, Batch, Post, SourceFormat};
use wire::Status;

const FORMAT: &str = "X API v1.1";

/// One top-level value holding statuses.
pub(crate) struct Part<'a> {
    /// The whole file's text, which `json` is a slice of (for error positions).
    doc: &'a str,
    /// For the Nth value of a JSON Lines file, its line (prefixes error paths).
    line: Option<usize>,
    /// The JSON text of a status or of an array of statuses.
    json: &'a str,
    /// Where that JSON sits in the value ("statuses" in a search response).
    path: &'static str,
    many: bool,
}

impl<'a> Part<'a> {
    pub(crate) fn status(doc: &'a str, line: Option<usize>, json: &'a str) -> Self {
        Part {
            doc,
            line,
            json,
            path: "",
            many: false,
        }
    }

    pub(crate) fn array(
        doc: &'a str,
        line: Option<usize>,
        json: &'a str,
        path: &'static str,
    ) -> Self {
        Part {
            doc,
            line,
            json,
            path,
            many: true,
        }
    }
}

/// Import the statuses of one file. A status seen twice (a timeline and a search, say) is
/// kept once: the copy with the longer text.
pub(crate) fn import(parts: &[Part<'_>]) -> Result<Batch, ImportErrorKind> {
    let mut posts: Vec<Post> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut authors: Vec<Author> = Vec::new();
    for part in parts {
        let statuses: Vec<(String, Status)> = if part.many {
            parse::<Vec<Status>>(part)?
                .into_iter()
                .enumerate()
                .map(|(i, s)| (format!("{}[{i}]", part.path), s))
                .collect()
        } else {
            vec![(part.path.to_string(), parse::<Status>(part)?)]
        };
        for (path, status) in &statuses {
            // A file of one status is about it. (A list's statuses are listed one by one
            // when the file holds no thread: `import::shown`.)
            let about = !part.many && part.line.is_none();
            // A file about a retweet shows the original, "Reposted by" the retweeter: the
            // retweet has no words of its own.
            let retweeter = status.user.as_ref().and_then(convert::to_author);
            let (s, path) = match status.retweeted_status.as_deref().filter(|_| about) {
                Some(original) => (original, format!("{}retweeted_status", path_prefix(path))),
                None => (status, path.clone()),
            };
            let author = s.user.as_ref().and_then(convert::to_author);
            let made = Made {
                author_id: author.as_ref().map(|a| a.id.as_str()),
                handle: author.as_ref().map(|a| a.handle.as_str()),
                source: SourceFormat::XApiV1,
            };
            let mut p = post(s, &made).map_err(|(field, message)| {
                let at = if path.is_empty() {
                    field
                } else {
                    format!("{path}.{field}")
                };
                invalid(FORMAT, part.line, at, message)
            })?;
            p.truncated = convert::is_cut(s);
            p.standalone = about;
            if !std::ptr::eq(s, status) {
                p.reposted_by = retweeter.as_ref().map(|a| a.id.clone());
            }
            for a in author.into_iter().chain(retweeter) {
                if !authors.iter().any(|known| known.id == a.id) {
                    authors.push(a);
                }
            }
            match at.get(&p.id).and_then(|&i| posts.get_mut(i)) {
                Some(old) => {
                    if p.plain_text().chars().count() > old.plain_text().chars().count() {
                        *old = p;
                    }
                }
                None => {
                    at.insert(p.id.clone(), posts.len());
                    posts.push(p);
                }
            }
        }
    }
    Ok(Batch { authors, posts })
}

/// Parse a part into its wire type; a wrong type is reported at its line and column in
/// the file ("statuses (line 4, column 17)").
fn parse<T: for<'de> crate::json::FromJson<'de>>(part: &Part<'_>) -> Result<T, ImportErrorKind> {
    // The value was read whole before: its text is one JSON value.
    let raw = crate::json::Raw::new(part.json.trim());
    parse_part::<T>(part.doc, raw, part.path, part.line, FORMAT)
}
