//! Thread assembly: from every loaded post, each author's self-reply trees, whatever order
//! the files listed them in. The rule:
//!
//! - **Which posts form a thread.** A thread is a root and every self-reply below it: each
//!   post that replies to a post of its own author that is loaded, and the replies to those,
//!   however the author branched (seven replies to the first post, a chain, or both).
//!   Nothing the author wrote in reply to their own post is left out.
//! - **Roots.** A root is a post that is not a reply to a loaded post of its own author: an
//!   original post, a reply to someone else (still a thread), or a self-reply whose parent is
//!   missing. Such an orphan joins the thread of its conversation root when that root is
//!   loaded and by the same author, with a `Gap` before it; otherwise it starts a thread of
//!   its own, with a `Gap` first.
//! - **Order.** Every post of a thread in time order (then by id), wherever it sits in the
//!   tree; a gap stands just before the post whose parent is missing.
//! - **Late replies.** A reply written long after the rest stays in its thread, in time
//!   order; `present` marks where such a later part starts (`LATE_PART_SECONDS`).
//! - **What is listed.** A thread of two or more posts always; a single post only when it is
//!   `standalone` (its file is about it, or lists it, or holds no thread: see `import`).
//!   Reposts and replies to other people never join a thread.
//!
//! Everything is iterative (no recursion: a 5,000-post chain must not overflow the stack)
//! and O(n log n): one pass builds the children lists, one sort orders them (`trees`).

mod trees;

use crate::model::{Post, Thread};
use rustc_hash::FxHashMap;

pub(crate) use trees::{in_time_order, threads};

/// Assembles the threads of `posts` (keyed by post id), newest first.
pub fn assemble(posts: &FxHashMap<String, Post>) -> Vec<Thread> {
    threads(&in_time_order(posts), posts)
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

    fn map(posts: Vec<Post>) -> FxHashMap<String, Post> {
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
    fn a_fan_and_its_branches_read_as_one_thread_in_time_order() {
        let posts = map(vec![
            post("1", "a", 1, None),
            post("2", "a", 2, Some(("1", "a"))),
            post("3", "a", 3, Some(("1", "a"))),
            post("4", "a", 4, Some(("3", "a"))),
            post("5", "a", 5, Some(("2", "a"))),
            post("6", "a", 6, Some(("4", "a"))),
        ]);
        let threads = assemble(&posts);
        assert_eq!(threads.len(), 1);
        assert_eq!(ids(&threads[0]), ["1", "2", "3", "4", "5", "6"]);
    }

    #[test]
    fn a_fan_of_replies_to_the_first_post_keeps_every_reply() {
        let posts = map(vec![
            post("1", "a", 1, None),
            post("3", "a", 3, Some(("1", "a"))),
            post("2", "a", 2, Some(("1", "a"))),
            post("4", "a", 4, Some(("1", "a"))),
        ]);
        let threads = assemble(&posts);
        assert_eq!(threads.len(), 1);
        assert_eq!(ids(&threads[0]), ["1", "2", "3", "4"]);
    }

    #[test]
    fn a_late_reply_to_the_first_post_comes_last() {
        let week = 7 * 24 * 3600;
        let posts = map(vec![
            post("1", "a", 1, None),
            post("2", "a", 2, Some(("1", "a"))),
            post("3", "a", 3, Some(("2", "a"))),
            post("9", "a", week, Some(("1", "a"))),
            post("4", "a", week + 5, Some(("3", "a"))),
        ]);
        let threads = assemble(&posts);
        assert_eq!(threads.len(), 1);
        assert_eq!(ids(&threads[0]), ["1", "2", "3", "9", "4"]);
    }

    #[test]
    fn any_input_order_gives_the_same_threads() {
        let make = || {
            vec![
                post("1", "a", 1, None),
                post("2", "a", 2, Some(("1", "a"))),
                post("3", "a", 3, Some(("1", "a"))),
                post("4", "a", 4, Some(("2", "a"))),
                post("5", "b", 5, Some(("4", "a"))),
                post("6", "a", 6, Some(("3", "a"))),
                post("7", "a", 7, None),
                post("8", "a", 8, Some(("7", "a"))),
            ]
        };
        let expected = assemble(&map(make()));
        assert_eq!(
            expected.iter().map(ids).collect::<Vec<_>>(),
            [vec!["7", "8"], vec!["1", "2", "3", "4", "6"]]
        );
        for seed in 0..20u64 {
            let mut v = make();
            // A small LCG shuffle: a different order per seed.
            let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            for i in (1..v.len()).rev() {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                v.swap(i, (x >> 33) as usize % (i + 1));
            }
            assert_eq!(assemble(&map(v)), expected, "seed {seed}");
        }
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
    fn one_post_is_a_thread_only_when_standalone() {
        let mut rt = post("3", "a", 3, None);
        rt.is_repost = true;
        rt.standalone = true;
        let mut alone = post("2", "a", 2, Some(("x", "b")));
        alone.standalone = true;
        let posts = map(vec![post("1", "a", 1, None), alone, rt]);
        let threads = assemble(&posts);
        assert_eq!(
            threads.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
            ["2"],
            "the plain post stays out and a repost is never a thread"
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
        let mut posts = map(vec![
            post("1", "a", 1, Some(("2", "a"))),
            post("2", "a", 2, Some(("1", "a"))),
            post("3", "a", 3, Some(("3", "a"))),
        ]);
        posts.values_mut().for_each(|p| p.standalone = true);
        let threads = assemble(&posts);
        // The self-reply to itself is a root; the 2-cycle has no root and is skipped.
        assert_eq!(threads.len(), 1);
        assert_eq!(ids(&threads[0]), ["3"]);
    }
}
