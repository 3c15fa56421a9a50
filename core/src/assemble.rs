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
//! and O(n log n): one pass builds the children lists, one sort orders them.

use crate::fast_hash::FastMap;
use std::cmp::Reverse;

use crate::model::{Post, Thread, ThreadItem};

/// Index of a post in the time-sorted list.
type Ix = usize;

/// One chain before threads are formed: consecutive self-replies.
struct Chain {
    posts: Vec<Ix>,
    /// The first post's parent is missing (the chain starts with a gap).
    missing_parent: Option<String>,
}

/// Assembles the threads of `posts` (keyed by post id), newest first.
pub fn assemble(posts: &FastMap<String, Post>) -> Vec<Thread> {
    // Stable order independent of the map's: by time, then id.
    let mut list: Vec<&Post> = posts.values().filter(|p| !p.is_repost).collect();
    // Keys side by side, so sorting 100k posts does not chase a pointer per comparison.
    crate::sort::sort_by_cached_key(&mut list, |p| (p.created_at, p.id.as_str()));
    let index: FastMap<&str, Ix> = list
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();

    // Children lists (already in time order since we walk in time order), roots, orphans.
    let mut children: Vec<Vec<Ix>> = vec![Vec::new(); list.len()];
    let mut roots: Vec<Ix> = Vec::new();
    let mut orphan: Vec<Option<String>> = vec![None; list.len()];
    for (i, p) in list.iter().enumerate() {
        match &p.reply_to {
            Some(r) => match index.get(r.post_id.as_str()) {
                Some(&parent) if parent != i && list[parent].author_id == p.author_id => {
                    children[parent].push(i);
                }
                Some(_) => roots.push(i),
                None => {
                    if r.user_id.as_deref() == Some(p.author_id.as_str()) {
                        orphan[i] = Some(r.post_id.clone());
                    }
                    roots.push(i);
                }
            },
            None => roots.push(i),
        }
    }

    let depth = longest_depths(&children, &roots);

    // Walk each root down its longest branch; branches not taken start chains of their own.
    let mut chains: Vec<Chain> = Vec::new();
    let mut chain_of: Vec<Option<usize>> = vec![None; list.len()];
    let mut starts: Vec<Ix> = roots.clone();
    while let Some(start) = starts.pop() {
        let mut chain = Chain {
            posts: Vec::new(),
            missing_parent: orphan[start].clone(),
        };
        let mut node = start;
        loop {
            chain.posts.push(node);
            chain_of[node] = Some(chains.len());
            // Deepest child; `max_by_key` keeps the last of equals, so compare on
            // (depth, Reverse(position)) to prefer the earliest.
            let next = children[node]
                .iter()
                .copied()
                .max_by_key(|&c| (depth[c], Reverse(c)));
            let Some(next) = next else { break };
            starts.extend(children[node].iter().copied().filter(|&c| c != next));
            node = next;
        }
        chains.push(chain);
    }

    // Group chains into threads: an orphan chain joins the chain holding its conversation root.
    let mut group_of: Vec<usize> = (0..chains.len()).collect();
    for (ci, chain) in chains.iter().enumerate() {
        let Some(&first) = chain.posts.first() else {
            continue;
        };
        if chain.missing_parent.is_none() {
            continue;
        }
        let p = list[first];
        let target = p
            .conversation_id
            .as_deref()
            .filter(|c| *c != p.id)
            .and_then(|c| index.get(c))
            .filter(|&&root| list[root].author_id == p.author_id)
            .and_then(|&root| chain_of[root]);
        if let Some(target) = target {
            let t = root_of(&group_of, target);
            if t != ci {
                group_of[ci] = t;
            }
        }
    }
    let mut members_of: Vec<Vec<usize>> = vec![Vec::new(); chains.len()];
    for ci in 0..chains.len() {
        if let Some(m) = members_of.get_mut(root_of(&group_of, ci)) {
            m.push(ci);
        }
    }
    let size =
        |members: &[usize]| -> usize { members.iter().map(|&ci| chains[ci].posts.len()).sum() };
    let min_posts = if members_of.iter().any(|m| size(m) >= 2) {
        2
    } else {
        1
    };

    // (index of the first post, thread): indices are time-sorted, so sorting on them
    // sorts by time without looking posts up again.
    let mut threads: Vec<(Ix, Thread)> = Vec::new();
    for mut members in members_of {
        if members.is_empty() || size(&members) < min_posts {
            continue;
        }
        // Chain heads in time order.
        crate::sort::sort_by_key(&mut members, |&ci| {
            chains[ci].posts.first().copied().unwrap_or(usize::MAX)
        });
        let mut items = Vec::with_capacity(size(&members) + members.len());
        let mut first: Option<Ix> = None;
        for ci in members {
            let chain = &chains[ci];
            if let Some(missing) = &chain.missing_parent {
                items.push(ThreadItem::Gap {
                    missing_id: Some(missing.clone()),
                });
            }
            first = first.or(chain.posts.first().copied());
            items.extend(chain.posts.iter().map(|&i| ThreadItem::Post {
                id: list[i].id.clone(),
            }));
        }
        let Some(first) = first else { continue };
        threads.push((
            first,
            Thread {
                id: list[first].id.clone(),
                author_id: list[first].author_id.clone(),
                items,
            },
        ));
    }
    crate::sort::sort_by_key(&mut threads, |(first, _)| Reverse(*first));
    threads.into_iter().map(|(_, t)| t).collect()
}

/// The chain a chain was joined into (following joins; bounded, joins never form cycles).
fn root_of(group_of: &[usize], ci: usize) -> usize {
    let mut g = ci;
    for _ in 0..group_of.len() {
        match group_of.get(g) {
            Some(&next) if next != g => g = next,
            _ => break,
        }
    }
    g
}

/// Newest first by the first post's time (then by id, for a stable order).
pub fn sort_newest_first(threads: &mut [Thread], posts: &FastMap<String, Post>) {
    crate::sort::sort_by_cached_key(threads, |t| {
        let time = posts.get(&t.id).map_or(i64::MIN, |p| p.created_at);
        Reverse((time, t.id.clone()))
    });
}

/// For every node reachable from `roots`, the number of posts on its longest path down.
/// Iterative post-order, so deep chains cannot overflow the stack.
fn longest_depths(children: &[Vec<Ix>], roots: &[Ix]) -> Vec<usize> {
    let mut depth = vec![1usize; children.len()];
    let mut stack: Vec<(Ix, bool)> = roots.iter().map(|&r| (r, false)).collect();
    while let Some((node, done)) = stack.pop() {
        let kids = children.get(node).map_or(&[][..], Vec::as_slice);
        if done {
            let best = kids.iter().filter_map(|&c| depth.get(c)).max().copied();
            if let (Some(best), Some(d)) = (best, depth.get_mut(node)) {
                *d = best + 1;
            }
        } else {
            stack.push((node, true));
            stack.extend(kids.iter().map(|&c| (c, false)));
        }
    }
    depth
}

#[cfg(test)]
mod tests {
    use super::*;
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
