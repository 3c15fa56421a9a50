//! The branches of a thread: the author's other replies to its posts, which thread assembly
//! did not follow (it takes the longest chain), each with the size of the chain below it and
//! the loaded thread it forms, if any.

use std::collections::{HashMap, HashSet};

use crate::library::Library;
use crate::model::{Author, Post, Thread};
use crate::present::{count_label, excerpt};

/// Characters of a branch's excerpt.
const BRANCH_EXCERPT_CHARS: usize = 80;

/// Another reply of the author to a post of the thread, not followed by it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BranchView {
    /// The number of the post replied to.
    pub from_number: usize,
    /// "From #3".
    pub place_label: String,
    /// The branch's first post.
    pub post_id: String,
    pub permalink: String,
    /// The start of its text.
    pub excerpt: String,
    /// Posts in the branch (its first post and the author's replies below it).
    pub post_count: usize,
    /// "2 tweets".
    pub count_label: String,
    /// The loaded thread the branch's first post belongs to, when it forms one.
    pub thread_id: Option<String>,
    /// The text of the link to it: "Open as a thread", else "Read on X" (its permalink).
    pub link_label: String,
}

/// The author's replies to posts of the thread that the thread does not hold, in thread
/// order, each with the size of the chain below it.
pub(super) fn branches(
    library: &Library,
    thread: &Thread,
    author: &Author,
    number_of: &HashMap<&str, usize>,
) -> Vec<BranchView> {
    // The author's replies to a post (the library's index: no walk over every post).
    let self_replies = |parent: &str| {
        library
            .replies_to(parent)
            .filter(|p| p.author_id == thread.author_id)
            .collect::<Vec<&Post>>()
    };
    let mut starts: Vec<(usize, &Post)> = Vec::new();
    for (&parent, &from) in number_of {
        for p in self_replies(parent) {
            if !number_of.contains_key(p.id.as_str()) {
                starts.push((from, p));
            }
        }
    }
    crate::sort::sort_by(&mut starts, |(a, p), (b, q)| {
        (a, p.created_at, &p.id).cmp(&(b, q.created_at, &q.id))
    });
    starts
        .into_iter()
        .map(|(from, p)| {
            let post_count = chain_size(&self_replies, p);
            let thread_id = library
                .thread_containing(&p.id)
                .filter(|t| t.id != thread.id)
                .map(|t| t.id.clone());
            let link_label = match thread_id {
                Some(_) => "Open as a thread".to_string(),
                None => author.network.read_on_label(),
            };
            BranchView {
                from_number: from,
                place_label: format!("From #{from}"),
                post_id: p.id.clone(),
                permalink: p.permalink.clone(),
                excerpt: excerpt(&p.plain_text(), BRANCH_EXCERPT_CHARS),
                post_count,
                count_label: count_label(&author.network, post_count),
                thread_id,
                link_label,
            }
        })
        .collect()
}

/// `start` and every self-reply below it (iterative; a reply cycle is counted once).
fn chain_size<'a>(replies: &impl Fn(&str) -> Vec<&'a Post>, start: &'a Post) -> usize {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut stack = vec![start];
    while let Some(p) = stack.pop() {
        if seen.insert(p.id.as_str()) {
            stack.extend(replies(p.id.as_str()));
        }
    }
    seen.len()
}
