//! Which posts of a saved conversation (TweetDetail) Unroll keeps: only the focal author's
//! self-thread. A conversation view holds the focal post, the chain of its parents, and
//! everyone's replies; other people's replies (and the author's answers to them) are not
//! part of the thread, and if they were imported they would become threads of their own in
//! the library. So they are left out at import.
//!
//! - The focal post is the last top-level "tweet-<id>" entry (X lists the parent chain
//!   first, root first, then the focal post, then the reply modules).
//! - Going up: the parents listed before it, while they are the focal author's (a deleted
//!   or withheld parent is skipped over; the assembler shows the gap).
//! - Going down: every post of the focal author that replies to a kept post, and any that
//!   replies to the author's own post missing from the file (a tombstone) in the same
//!   conversation.
//!
//! Without a usable focal post (it is unavailable, or the file is a later page of replies),
//! every author's self-replies and the posts they answer are kept; one-off replies are not.

use std::collections::{HashMap, HashSet};

use crate::model::Post;

/// A top-level "tweet-" entry: the post's index among the converted posts, when available.
pub(super) struct TopEntry {
    pub post: Option<usize>,
}

/// The indices of the posts to keep, in their original order.
pub(super) fn self_thread(posts: &[Post], top: &[TopEntry]) -> Vec<usize> {
    let focal = top
        .last()
        .and_then(|e| e.post)
        .filter(|&i| posts.get(i).is_some_and(|p| !p.author_id.is_empty()));
    let mut keep: HashSet<usize> = match focal {
        Some(f) => focal_chain(posts, top, f),
        None => self_replies(posts),
    };
    if let Some(f) = focal {
        follow_replies(posts, f, &mut keep);
    }
    let mut kept: Vec<usize> = keep.into_iter().collect();
    crate::sort::sort(&mut kept);
    kept
}

/// The focal post and its parents by the same author.
fn focal_chain(posts: &[Post], top: &[TopEntry], focal: usize) -> HashSet<usize> {
    let author = posts.get(focal).map_or("", |p| p.author_id.as_str());
    let mut keep = HashSet::from([focal]);
    for entry in top.iter().rev().skip(1) {
        match entry.post.and_then(|i| Some((i, posts.get(i)?))) {
            Some((i, p)) if p.author_id == author => {
                keep.insert(i);
            }
            Some(_) => break,
            None => continue,
        }
    }
    keep
}

/// Adds the focal author's replies to kept posts, and to their own posts missing from the
/// file, transitively.
fn follow_replies(posts: &[Post], focal: usize, keep: &mut HashSet<usize>) {
    let Some(f) = posts.get(focal) else { return };
    let author = f.author_id.as_str();
    let conversation = f.conversation_id.as_deref();
    let present: HashSet<&str> = posts.iter().map(|p| p.id.as_str()).collect();
    let mut children: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut queue: Vec<usize> = keep.iter().copied().collect();
    for (i, p) in posts.iter().enumerate() {
        let Some(r) = p.reply_to.as_ref().filter(|_| p.author_id == author) else {
            continue;
        };
        children.entry(r.post_id.as_str()).or_default().push(i);
        let own_missing_parent = r.user_id.as_deref() == Some(author)
            && !present.contains(r.post_id.as_str())
            && (conversation.is_none() || p.conversation_id.as_deref() == conversation);
        if own_missing_parent && keep.insert(i) {
            queue.push(i);
        }
    }
    while let Some(i) = queue.pop() {
        let Some(p) = posts.get(i) else { continue };
        for &c in children.get(p.id.as_str()).into_iter().flatten() {
            if keep.insert(c) {
                queue.push(c);
            }
        }
    }
}

/// Posts replying to their own author, and the posts they reply to.
fn self_replies(posts: &[Post]) -> HashSet<usize> {
    let index: HashMap<&str, usize> = posts
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let mut keep = HashSet::new();
    for (i, p) in posts.iter().enumerate() {
        let Some(r) = &p.reply_to else { continue };
        if p.author_id.is_empty() || r.user_id.as_deref() != Some(p.author_id.as_str()) {
            continue;
        }
        keep.insert(i);
        if let Some(&parent) = index.get(r.post_id.as_str()) {
            keep.insert(parent);
        }
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ReplyTo, SourceFormat};

    fn post(id: &str, author: &str, reply: Option<(&str, &str)>) -> Post {
        Post {
            id: id.into(),
            author_id: author.into(),
            created_at: 0,
            segments: vec![],
            media: vec![],
            reply_to: reply.map(|(post_id, user)| ReplyTo {
                post_id: post_id.into(),
                user_id: Some(user.into()),
                handle: None,
            }),
            conversation_id: Some("1".into()),
            quote: None,
            is_repost: false,
            lang: None,
            permalink: String::new(),
            source: SourceFormat::XGraphql,
            card: None,
            content_warning: None,
            poll: None,
            reposted_by: None,
            truncated: false,
            standalone: false,
        }
    }

    fn top(ixs: &[Option<usize>]) -> Vec<TopEntry> {
        ixs.iter().map(|&post| TopEntry { post }).collect()
    }

    #[test]
    fn parents_stop_at_another_author_and_gaps_are_stepped_over() {
        // b's root, a's reply to it, a deleted post (None), a's reply to that, the focal.
        let posts = vec![
            post("1", "b", None),
            post("2", "a", Some(("1", "b"))),
            post("4", "a", Some(("3", "a"))),
            post("5", "a", Some(("4", "a"))),
            post("6", "c", Some(("5", "a"))),
            post("7", "a", Some(("6", "c"))),
            post("8", "a", Some(("5", "a"))),
        ];
        let kept = self_thread(&posts, &top(&[Some(0), Some(1), None, Some(2), Some(3)]));
        // 6 is c's; 7 answers c, not the thread; 8 continues the thread.
        assert_eq!(kept, [1, 2, 3, 6]);
    }

    #[test]
    fn replies_past_a_missing_post_of_the_author_are_kept() {
        let posts = vec![
            post("1", "a", None),
            post("3", "a", Some(("2", "a"))),
            post("4", "b", Some(("1", "a"))),
        ];
        assert_eq!(self_thread(&posts, &top(&[Some(0)])), [0, 1]);
    }

    #[test]
    fn without_a_focal_post_only_self_replies_stay() {
        let posts = vec![
            post("1", "a", None),
            post("2", "a", Some(("1", "a"))),
            post("3", "b", Some(("1", "a"))),
            post("4", "c", Some(("3", "b"))),
        ];
        assert_eq!(self_thread(&posts, &top(&[None])), [0, 1]);
        assert_eq!(self_thread(&posts, &[]), [0, 1]);
    }
}
