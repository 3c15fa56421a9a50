//! Mastodon REST output: one `Status`, an array of statuses (an account's timeline), a
//! `/context` result (`{"ancestors", "descendants"}`), or a status with its context
//! (`{"status", "ancestors", "descendants"}`). Private wire structs (`wire`) and one convert
//! (`convert`); the HTML `content` is converted by `text::html_to_segments`, never inserted.
//!
//! A context document imports only its focal author's self-thread: the focal status, the
//! unbroken chain of that author's statuses it replies to, and the author's replies below
//! it (`in_reply_to_id` links, every branch). Other people's replies are left out. Without
//! the status beside it, the focal status is the one the first descendant replies to (its
//! author from `in_reply_to_account_id`), else the last ancestor. A single status or an
//! array is imported whole. Posts are keyed by the server's status id.
//!
//! Which posts are `standalone` (listed even as a one-post thread): a single status, every
//! status of an array (a timeline, favourites or bookmarks hold many people's statuses,
//! each worth listing; the self-reply chains among them still assemble into threads), and
//! a context's focal status.

mod convert;
mod wire;

use std::collections::{HashMap, HashSet};

use super::{parse_part, path_prefix};
use crate::error::ImportErrorKind;
use crate::model::{Author, Batch, Post};
use convert::{convert_status, instance_of, to_author, Shared};
use wire::{Context, Status};

const FORMAT: &str = "Mastodon";

/// What a top-level value holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Status,
    Statuses,
    Context,
}

/// One top-level value of a file, as detected.
pub(crate) struct Part<'a> {
    /// The whole file's text, which `json` is a slice of (for error positions).
    doc: &'a str,
    /// For the Nth value of a JSON Lines file, its line (prefixes error paths).
    line: Option<usize>,
    /// The value's JSON text.
    json: &'a str,
    shape: Shape,
}

impl<'a> Part<'a> {
    pub(crate) fn status(doc: &'a str, line: Option<usize>, json: &'a str) -> Self {
        Part {
            doc,
            line,
            json,
            shape: Shape::Status,
        }
    }

    pub(crate) fn statuses(doc: &'a str, line: Option<usize>, json: &'a str) -> Self {
        Part {
            doc,
            line,
            json,
            shape: Shape::Statuses,
        }
    }

    pub(crate) fn context(doc: &'a str, line: Option<usize>, json: &'a str) -> Self {
        Part {
            doc,
            line,
            json,
            shape: Shape::Context,
        }
    }
}

/// Where a status sits in its value, for error paths ("descendants[2].created_at"), and
/// whether the file is about it.
struct Origin {
    line: Option<usize>,
    /// Empty for a status that is the whole value.
    path: String,
    /// The status is listed even as a thread of one: the single status of a file, every
    /// status of an array (a timeline, favourites, bookmarks), a context's focal status.
    standalone: bool,
}

impl Origin {
    fn prefix(&self) -> String {
        path_prefix(&self.path)
    }
}

/// Import the values of one file together; a status seen twice is kept once (the first).
pub(crate) fn import(parts: &[Part<'_>]) -> Result<Batch, ImportErrorKind> {
    let mut batch = Batch::default();
    let mut post_ids: HashSet<String> = HashSet::new();
    let mut author_ids: HashSet<String> = HashSet::new();
    for part in parts {
        let doc = parse_document(part)?;
        let statuses: Vec<&(String, Status)> = doc.statuses.iter().collect();
        let chosen = match &doc.focus {
            Some(focus) => self_thread(&statuses, focus),
            None => (0..statuses.len()).collect(),
        };
        let accts: HashMap<&str, &str> = statuses
            .iter()
            .filter_map(|(_, s)| Some((s.account.id.as_str(), s.account.acct.as_deref()?)))
            .collect();
        let shared = Shared {
            accts: &accts,
            root: doc.root.as_deref(),
        };
        for i in chosen {
            let Some((path, status)) = statuses.get(i) else {
                continue;
            };
            if !post_ids.insert(status.id.clone()) {
                continue;
            }
            let standalone = match &doc.focus {
                Some(focus) => focus.id.as_deref() == Some(status.id.as_str()),
                None => true,
            };
            // A boost the file is about, or one of a list, shows the boosted status itself,
            // "Reposted by" the booster: the boost has no words of its own.
            let boosted = status.reblog.as_deref().filter(|_| standalone);
            let (shown, at) = match boosted {
                Some(original) => (original, format!("{}reblog", path_prefix(path))),
                None => (status, path.clone()),
            };
            if boosted.is_some() && !post_ids.insert(shown.id.clone()) {
                continue;
            }
            let origin = Origin {
                line: part.line,
                path: at,
                standalone,
            };
            let mut post: Post = convert_status(shown, &origin, &shared)?;
            if boosted.is_some() {
                post.reposted_by = Some(status.account.id.clone());
            }
            for s in [status, shown] {
                if author_ids.insert(s.account.id.clone()) {
                    let author: Author = to_author(&s.account, instance_of(s));
                    batch.authors.push(author);
                }
            }
            batch.posts.push(post);
        }
    }
    Ok(batch)
}

/// The statuses of one value in document order, with their paths, and for a context the
/// focal status and the conversation's root.
struct Document {
    statuses: Vec<(String, Status)>,
    focus: Option<Focus>,
    root: Option<String>,
}

/// The status a context is about. It may be missing from the file; its id and author are
/// then known from the replies to it.
#[derive(Debug)]
struct Focus {
    id: Option<String>,
    author: String,
    parent: Option<String>,
}

fn parse_document(part: &Part<'_>) -> Result<Document, ImportErrorKind> {
    match part.shape {
        Shape::Status => Ok(Document {
            statuses: vec![(String::new(), parse::<Status>(part)?)],
            focus: None,
            root: None,
        }),
        Shape::Statuses => Ok(Document {
            statuses: parse::<Vec<Status>>(part)?
                .into_iter()
                .enumerate()
                .map(|(i, s)| (format!("[{i}]"), s))
                .collect(),
            focus: None,
            root: None,
        }),
        Shape::Context => {
            let ctx = parse::<Context>(part)?;
            let ancestors = ctx.ancestors.unwrap_or_default();
            let descendants = ctx.descendants.unwrap_or_default();
            let focus = focus_of(ctx.status.as_ref(), &ancestors, &descendants);
            let root = match ancestors.first() {
                Some(first) => first.in_reply_to_id.is_none().then(|| first.id.clone()),
                None => focus
                    .as_ref()
                    .filter(|f| f.parent.is_none())
                    .and_then(|f| f.id.clone()),
            };
            let mut statuses: Vec<(String, Status)> = Vec::new();
            let named = |key: &'static str| move |(i, s)| (format!("{key}[{i}]"), s);
            statuses.extend(ancestors.into_iter().enumerate().map(named("ancestors")));
            statuses.extend(ctx.status.map(|s| ("status".to_string(), s)));
            statuses.extend(
                descendants
                    .into_iter()
                    .enumerate()
                    .map(named("descendants")),
            );
            Ok(Document {
                statuses,
                focus,
                root,
            })
        }
    }
}

fn focus_of(
    status: Option<&Status>,
    ancestors: &[Status],
    descendants: &[Status],
) -> Option<Focus> {
    if let Some(s) = status {
        return Some(Focus {
            id: Some(s.id.clone()),
            author: s.account.id.clone(),
            parent: s.in_reply_to_id.clone(),
        });
    }
    // Descendants come depth first: the first one replies to the focal status.
    if let Some(first) = descendants.first() {
        if let (Some(id), Some(author)) = (&first.in_reply_to_id, &first.in_reply_to_account_id) {
            return Some(Focus {
                id: Some(id.clone()),
                author: author.clone(),
                parent: ancestors.last().map(|a| a.id.clone()),
            });
        }
    }
    let last = ancestors.last()?;
    Some(Focus {
        id: Some(last.id.clone()),
        author: last.account.id.clone(),
        parent: last.in_reply_to_id.clone(),
    })
}

/// Indices of the focal author's self-thread through the focus, in document order.
fn self_thread(statuses: &[&(String, Status)], focus: &Focus) -> Vec<usize> {
    let by_id: HashMap<&str, usize> = statuses
        .iter()
        .enumerate()
        .map(|(i, (_, s))| (s.id.as_str(), i))
        .collect();
    let mut children: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (_, s)) in statuses.iter().enumerate() {
        if let Some(parent) = s.in_reply_to_id.as_deref() {
            children.entry(parent).or_default().push(i);
        }
    }
    let by_author = |i: &usize| {
        statuses
            .get(*i)
            .is_some_and(|(_, s)| s.account.id == focus.author)
    };

    let mut chosen: HashSet<usize> = HashSet::new();
    if let Some(&i) = focus.id.as_deref().and_then(|id| by_id.get(id)) {
        chosen.insert(i);
    }
    // Up: the author's statuses the focus replies to, until someone else's or a missing one.
    let mut parent = focus.parent.as_deref();
    while let Some(&i) = parent.and_then(|id| by_id.get(id)).filter(|i| by_author(i)) {
        if !chosen.insert(i) {
            break; // a reply cycle
        }
        parent = statuses
            .get(i)
            .and_then(|(_, s)| s.in_reply_to_id.as_deref());
    }
    // Down: the author's replies to the focus and to those replies.
    let mut frontier: Vec<&str> = focus.id.as_deref().into_iter().collect();
    while let Some(id) = frontier.pop() {
        for &c in children.get(id).into_iter().flatten() {
            if by_author(&c) && chosen.insert(c) {
                if let Some((_, s)) = statuses.get(c) {
                    frontier.push(s.id.as_str());
                }
            }
        }
    }
    let mut v: Vec<usize> = chosen.into_iter().collect();
    crate::sort::sort(&mut v);
    v
}

/// Parses a whole value; a wrong field is reported at its line and column in the file.
fn parse<T: for<'de> crate::json::FromJson<'de>>(part: &Part<'_>) -> Result<T, ImportErrorKind> {
    // The value was read whole before: its text is one JSON value.
    let raw = crate::json::Raw::new(part.json.trim());
    parse_part::<T>(part.doc, raw, "", part.line, FORMAT)
}
