//! What one file shows once imported: a file that holds no thread still shows each of its
//! own posts (as one-post threads), and a file that shows nothing says why, so no file is
//! met with silence.

use crate::error::ImportErrorKind;
use crate::model::{Batch, Post};
use rustc_hash::FxHashMap;

/// When no post of `batch` replies to a post of its own author in it, every post that is not
/// a repost is marked `standalone`: the file's posts are listed one by one. A file that holds
/// a thread lists its threads only (an archive's single posts and replies to others stay out
/// of the list, as they always have).
pub(super) fn mark_threadless(batch: &mut Batch) {
    if !holds_a_thread(batch) {
        for p in batch.posts.iter_mut().filter(|p| !p.is_repost) {
            p.standalone = true;
        }
    }
}

/// Some post of `batch` replies to a post of its own author in it. A reply and its parent
/// stand in some order, so one pass in file order finds the parents that follow their
/// replies and one pass backwards those that come first; each keeps only the parents named
/// so far and stops at the first found. A 100k-post archive (newest first) stops after a few
/// posts, where a map of every post was one long task.
fn holds_a_thread(batch: &Batch) -> bool {
    let forward = batch.posts.iter();
    parent_follows_reply(forward) || parent_follows_reply(batch.posts.iter().rev())
}

/// In `posts`' order, some post is the parent of a reply of its own author seen before it.
fn parent_follows_reply<'a>(posts: impl Iterator<Item = &'a Post>) -> bool {
    // Parent id → the author of a reply to it that may be a self-reply (the source says the
    // reply is to its own author, or does not say to whom).
    let mut wanted: FxHashMap<&str, &str> = FxHashMap::default();
    for p in posts {
        if wanted.get(p.id.as_str()) == Some(&p.author_id.as_str()) {
            return true;
        }
        if let Some(r) = &p.reply_to {
            let maybe_own = r.user_id.as_deref().is_none_or(|u| u == p.author_id);
            if maybe_own && r.post_id != p.id {
                wanted.insert(r.post_id.as_str(), p.author_id.as_str());
            }
        }
    }
    false
}

/// Why a file read without error shows nothing: it holds no posts, or only reposts.
pub(super) fn nothing_shown(batch: &Batch) -> Option<ImportErrorKind> {
    if batch.posts.iter().any(|p| !p.is_repost) {
        return None;
    }
    Some(ImportErrorKind::NothingToShow {
        reposts: batch.posts.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ReplyTo;

    fn post(id: &str, author: &str, parent: Option<(&str, Option<&str>)>) -> Post {
        Post {
            id: id.into(),
            author_id: author.into(),
            reply_to: parent.map(|(post_id, user)| ReplyTo {
                post_id: post_id.into(),
                user_id: user.map(str::to_string),
                handle: None,
            }),
            ..Post::default()
        }
    }

    fn batch(posts: Vec<Post>) -> Batch {
        Batch {
            authors: vec![],
            posts,
        }
    }

    #[test]
    fn a_self_reply_is_found_whichever_comes_first() {
        let newest_first = vec![
            post("3", "a", Some(("2", Some("a")))),
            post("9", "b", None),
            post("2", "a", None),
        ];
        assert!(holds_a_thread(&batch(newest_first.clone())));
        let mut oldest_first = newest_first;
        oldest_first.reverse();
        assert!(holds_a_thread(&batch(oldest_first)));
        // The source may not say whom a reply answers.
        assert!(holds_a_thread(&batch(vec![
            post("2", "a", None),
            post("3", "a", Some(("2", None))),
        ])));
    }

    #[test]
    fn replies_to_others_or_to_missing_posts_are_no_thread() {
        let posts = vec![
            post("3", "a", Some(("2", Some("b")))),
            post("2", "b", None),
            post("4", "a", Some(("1", Some("a")))),
            post("5", "a", Some(("5", Some("a")))),
            post("6", "c", Some(("2", None))),
        ];
        let mut b = batch(posts);
        assert!(!holds_a_thread(&b));
        mark_threadless(&mut b);
        assert!(b.posts.iter().all(|p| p.standalone));
    }
}
