//! Thread assembly: from every loaded post, each author's self-reply chains in time order,
//! whatever order the files listed them in.
//!
//! - A chain starts at a post that is not a reply to the same author's present post: an
//!   original post, a reply to someone else (still a thread) or a self-reply whose parent is
//!   missing (then it starts with a `Gap`).
//! - A self-reply whose parent is missing joins the thread of its conversation root when
//!   that root is present and by the same author, with a `Gap` between.
//! - Where the author replied twice to one post the longest chain is followed (ties: the
//!   earliest reply); the other branch becomes a thread of its own.
//! - Reposts and replies to other people never extend a chain.
//! - Threads need two posts — unless nothing loaded has two, then every original post is a
//!   one-post thread, so a single-tweet file still shows something.
//!
//! Everything is iterative (no recursion: a 5,000-post chain must not overflow the stack)
//! and O(n log n): one pass builds the children lists, one sort orders them. It runs in one
//! call (`assemble`) or in steps (`Assembly`).

mod steps;

use std::cmp::Reverse;

use crate::fast_hash::FastMap;
use crate::model::{Post, Thread};

pub use steps::{keys_of, Assembly};

/// Assembles the threads of `posts` (keyed by post id), newest first, in one call.
pub fn assemble(posts: &FastMap<String, Post>) -> Vec<Thread> {
    let mut assembly = Assembly::of(posts);
    while !assembly.step(posts, usize::MAX) {}
    assembly.finish()
}

/// Newest first by the first post's time (then by id, for a stable order).
pub fn sort_newest_first(threads: &mut [Thread], posts: &FastMap<String, Post>) {
    crate::sort::sort_by_cached_key(threads, |t| {
        let time = posts.get(&t.id).map_or(i64::MIN, |p| p.created_at);
        Reverse((time, t.id.clone()))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ThreadItem;
    use crate::model::{ReplyTo, Segment, SourceFormat};

    fn post(id: &str, author: &str, t: i64, reply: Option<(&str, &str)>) -> Post {
        Post {
            id: id.into(),
            author_id: author.into(),
            created_at: t,
            segments: vec![Segment::Text { text: id.into() }],
            media: vec![],
            reply_to: reply.map(|(post_id, user)| ReplyTo {
                post_id: post_id.into(),
                user_id: Some(user.into()),
                handle: None,
            }),
            conversation_id: None,
            quote: None,
            is_repost: false,
            lang: None,
            permalink: format!("https://x.com/a/status/{id}"),
            source: SourceFormat::XArchive,
            card: None,
            content_warning: None,
            poll: None,
            reposted_by: None,
            truncated: false,
            standalone: false,
        }
    }

    fn map(posts: Vec<Post>) -> FastMap<String, Post> {
        posts.into_iter().map(|p| (p.id.clone(), p)).collect()
    }

    fn ids(t: &Thread) -> Vec<String> {
        t.items
            .iter()
            .map(|i| match i {
                ThreadItem::Post { id } => id.clone(),
                ThreadItem::Gap { missing_id } => {
                    format!("gap:{}", missing_id.clone().unwrap_or_default())
                }
            })
            .collect()
    }

    #[test]
    fn follows_the_longest_branch_and_keeps_the_other() {
        let posts = map(vec![
            post("1", "a", 1, None),
            post("2", "a", 2, Some(("1", "a"))),
            post("3", "a", 3, Some(("1", "a"))),
            post("4", "a", 4, Some(("3", "a"))),
            post("5", "a", 5, Some(("2", "a"))),
            post("6", "a", 6, Some(("4", "a"))),
        ]);
        let threads = assemble(&posts);
        assert_eq!(threads.len(), 2);
        // Branches 2→5 and 3→4→6: the longer one wins; the other stands alone (and, starting
        // later, sorts first).
        assert_eq!(ids(&threads[1]), ["1", "3", "4", "6"]);
        assert_eq!(ids(&threads[0]), ["2", "5"]);
    }

    #[test]
    fn ties_take_the_earliest_reply() {
        let posts = map(vec![
            post("1", "a", 1, None),
            post("3", "a", 3, Some(("1", "a"))),
            post("2", "a", 2, Some(("1", "a"))),
        ]);
        let threads = assemble(&posts);
        assert_eq!(ids(&threads[0]), ["1", "2"]);
        assert_eq!(threads.len(), 1, "the other branch has one post");
    }

    #[test]
    fn replies_to_others_and_reposts_do_not_chain() {
        let mut rt = post("9", "a", 9, Some(("8", "a")));
        rt.is_repost = true;
        let posts = map(vec![
            post("1", "b", 1, None),
            post("2", "a", 2, Some(("1", "b"))),
            post("3", "a", 3, Some(("2", "a"))),
            post("4", "b", 4, Some(("3", "a"))),
            post("8", "a", 8, None),
            rt,
        ]);
        let threads = assemble(&posts);
        assert_eq!(threads.len(), 1);
        assert_eq!(ids(&threads[0]), ["2", "3"]);
        assert_eq!(threads[0].author_id, "a");
    }

    #[test]
    fn missing_parent_joins_its_conversation_with_a_gap() {
        let mut p4 = post("4", "a", 4, Some(("3", "a")));
        p4.conversation_id = Some("1".into());
        let mut p5 = post("5", "a", 5, Some(("4", "a")));
        p5.conversation_id = Some("1".into());
        let posts = map(vec![
            post("1", "a", 1, None),
            post("2", "a", 2, Some(("1", "a"))),
            p4,
            p5,
        ]);
        let threads = assemble(&posts);
        assert_eq!(threads.len(), 1);
        assert_eq!(ids(&threads[0]), ["1", "2", "gap:3", "4", "5"]);
    }

    #[test]
    fn missing_parent_without_root_starts_with_a_gap() {
        let posts = map(vec![
            post("4", "a", 4, Some(("3", "a"))),
            post("5", "a", 5, Some(("4", "a"))),
        ]);
        let threads = assemble(&posts);
        assert_eq!(ids(&threads[0]), ["gap:3", "4", "5"]);
        assert_eq!(threads[0].id, "4");
    }

    #[test]
    fn single_posts_show_when_there_is_no_thread() {
        let mut rt = post("3", "a", 3, None);
        rt.is_repost = true;
        let posts = map(vec![
            post("1", "a", 1, None),
            post("2", "a", 2, Some(("x", "b"))),
            rt,
        ]);
        let threads = assemble(&posts);
        assert_eq!(
            threads.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
            ["2", "1"]
        );
    }

    #[test]
    fn a_five_thousand_post_chain_does_not_overflow() {
        let mut v = vec![post("0", "a", 0, None)];
        for i in 1..5000 {
            let parent = (i - 1).to_string();
            v.push(post(&i.to_string(), "a", i, Some((&parent, "a"))));
        }
        let threads = assemble(&map(v));
        assert_eq!(threads.len(), 1);
        assert_eq!(threads[0].post_count(), 5000);
    }

    #[test]
    fn reply_cycles_are_not_followed_forever() {
        let posts = map(vec![
            post("1", "a", 1, Some(("2", "a"))),
            post("2", "a", 2, Some(("1", "a"))),
            post("3", "a", 3, Some(("3", "a"))),
        ]);
        let threads = assemble(&posts);
        // The self-reply to itself is a root; the 2-cycle has no root and is skipped.
        assert_eq!(threads.len(), 1);
        assert_eq!(ids(&threads[0]), ["3"]);
    }
}
