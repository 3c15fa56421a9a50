//! Bluesky `app.bsky.feed.getPostThread` output: `{"thread": threadViewPost}`, the asked-for
//! post with its `parent` chain up to the root and its tree of `replies`. Private wire
//! structs (`wire`) and one convert (`convert`).
//!
//! Only the self-thread of the asked-for post's author is imported: its own posts in the
//! unbroken chain of parents above it, the post itself, and the replies below it by the
//! same author (every branch; assembly follows the longest). Other people's posts, and the
//! author's replies to them, are left out, so they never form threads. A parent that is
//! `#notFoundPost` or `#blockedPost` ends the chain; its child keeps the reply link (whose
//! `at://` URI names the parent's author), so assembly shows a gap when it was the
//! author's own. Posts are keyed by their whole `at://` URI.

mod convert;
mod wire;

use std::collections::{HashMap, HashSet};

use crate::json::Raw;

use super::parse_part;
use crate::error::ImportErrorKind;
use crate::model::{Batch, Post};
use convert::{convert_post, to_author};
use wire::{Node, PostView};

const FORMAT: &str = "Bluesky";

/// Where a post sits in the file, for error paths ("thread.parent.parent").
struct Origin {
    line: Option<usize>,
    path: String,
}

/// Import the `thread` of one getPostThread response (`line` is set for a value of a JSON
/// Lines file). A thread whose asked-for post is itself missing imports nothing.
pub(crate) fn import(
    doc: &str,
    thread: Raw<'_>,
    line: Option<usize>,
) -> Result<Batch, ImportErrorKind> {
    let root: Node = parse_part(doc, thread, "thread", line, FORMAT)?;
    let Some(focus) = root.post.as_ref() else {
        return Ok(Batch::default());
    };
    let author = focus.author.did.as_str();

    let mut handles: HashMap<&str, &str> = HashMap::new();
    for_each_post(&root, |p| {
        if let Some(h) = p.author.handle.as_deref().filter(|h| !h.is_empty()) {
            handles.entry(p.author.did.as_str()).or_insert(h);
        }
    });

    let mut seen: HashSet<&str> = HashSet::new();
    let mut posts: Vec<Post> = Vec::new();
    for (path, view) in self_thread(&root, focus, author) {
        if seen.insert(view.uri.as_str()) {
            let origin = Origin { line, path };
            posts.push(convert_post(view, &origin, &handles)?);
        }
    }
    Ok(Batch {
        authors: vec![to_author(&focus.author)],
        posts,
    })
}

/// The author's posts around `focus`, each with its path: the parents by the same author
/// (root first, up to the first post by someone else or missing), the focus, and the
/// same-author replies below it, depth first.
fn self_thread<'a>(
    root: &'a Node,
    focus: &'a PostView,
    author: &str,
) -> Vec<(String, &'a PostView)> {
    let mut up: Vec<(String, &PostView)> = Vec::new();
    let mut node = root;
    let mut path = "thread".to_string();
    while let Some(parent) = node.parent.as_deref() {
        path.push_str(".parent");
        match &parent.post {
            Some(p) if p.author.did == author => up.push((path.clone(), p)),
            _ => break,
        }
        node = parent;
    }
    up.reverse();
    up.push(("thread".to_string(), focus));

    let mut stack: Vec<(String, &Node)> = replies_of(root, "thread");
    while let Some((path, node)) = stack.pop() {
        let Some(p) = &node.post else { continue };
        if p.author.did != author {
            continue;
        }
        stack.extend(replies_of(node, &path));
        up.push((path, p));
    }
    up
}

/// A node's replies with their paths, last first (so a stack pops them in order).
fn replies_of<'a>(node: &'a Node, path: &str) -> Vec<(String, &'a Node)> {
    let mut v: Vec<(String, &Node)> = node
        .replies
        .iter()
        .flatten()
        .enumerate()
        .map(|(i, n)| (format!("{path}.replies[{i}]"), n))
        .collect();
    v.reverse();
    v
}

/// Calls `f` on every post view of the tree (parents and replies), without recursion.
fn for_each_post<'a>(root: &'a Node, mut f: impl FnMut(&'a PostView)) {
    let mut stack: Vec<&Node> = vec![root];
    let mut parent = root.parent.as_deref();
    while let Some(p) = parent {
        stack.push(p);
        parent = p.parent.as_deref();
    }
    while let Some(node) = stack.pop() {
        if let Some(p) = &node.post {
            f(p);
        }
        stack.extend(node.replies.iter().flatten());
    }
}
