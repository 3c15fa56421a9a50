//! A thread's integrity, ready to show: how many posts were found, where posts are missing
//! (gaps), where the author replied more than once to one post (branches: every reply is in
//! the thread; this says where it forks), and whether the author's "3/12" numbering agrees
//! with the posts present. One summary line ("8 tweets · no gaps · 7 replies to #1 ·
//! numbering says 40") and the details under it.

mod branches;

use std::collections::HashMap;

use crate::library::Library;
use crate::model::{Author, Network, Thread, ThreadItem};

use super::count_label;
use super::numbering::{self, NumberingView, Slot};

pub use branches::BranchView;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct IntegrityView {
    /// "22 tweets · no gaps · no branches · numbering says 40".
    pub summary_label: String,
    /// Nothing to flag: no gap and no numbering mismatch (branches are a shape, not a loss).
    pub complete: bool,
    pub gaps: Vec<GapView>,
    /// "No gaps: every post replies to a post of the thread." when there are none.
    pub gaps_label: String,
    pub branches: Vec<BranchView>,
    /// "No branches: the author replied once to each post." when there are none, else
    /// "Every reply is in the thread, in time order."
    pub branches_label: String,
    /// None when fewer than two posts carry a "N/M" marker.
    pub numbering: Option<NumberingView>,
}

/// Where posts are missing.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct GapView {
    /// "Before #1", "Between #5 and #6".
    pub place_label: String,
    /// "Before #1: the post it replies to is not in the loaded files."
    pub note: String,
    /// The missing post the next one replies to, when the source says.
    pub missing_id: Option<String>,
    /// Where that post would be on its network (X and Bluesky ids make one).
    pub missing_url: Option<String>,
}

/// The integrity of `thread`, whose posts are numbered 1.. in reading order.
pub fn integrity_view(library: &Library, thread: &Thread, author: &Author) -> IntegrityView {
    // Post numbers, and the slots the numbering check reads.
    let mut number_of: HashMap<&str, usize> = HashMap::new();
    let mut texts: Vec<(usize, String)> = Vec::new();
    let mut layout: Vec<Option<usize>> = Vec::new();
    let mut gaps = Vec::new();
    let mut number = 0;
    for (i, item) in thread.items.iter().enumerate() {
        match item {
            ThreadItem::Post { id } => {
                let Some(p) = library.post(id) else { continue };
                number += 1;
                number_of.insert(id.as_str(), number);
                texts.push((number, p.plain_text()));
                layout.push(Some(texts.len() - 1));
            }
            ThreadItem::Gap { missing_id } => {
                layout.push(None);
                let after_posts = thread.items.get(i + 1..).unwrap_or_default();
                let more_after = after_posts
                    .iter()
                    .any(|it| matches!(it, ThreadItem::Post { .. }));
                let place_label = match (number, more_after) {
                    (0, _) => "Before #1".to_string(),
                    (n, true) => format!("Between #{n} and #{}", n + 1),
                    (n, false) => format!("After #{n}"),
                };
                let note = match missing_id {
                    Some(_) => {
                        format!("{place_label}: the post it replies to is not in the loaded files.")
                    }
                    None => format!("{place_label}: posts are missing."),
                };
                gaps.push(GapView {
                    place_label,
                    note,
                    missing_id: missing_id.clone(),
                    missing_url: missing_id.as_deref().and_then(|m| post_url(author, m)),
                });
            }
        }
    }
    let post_count = number;
    let slots: Vec<Slot<'_>> = layout
        .iter()
        .map(|entry| match entry.and_then(|i| texts.get(i)) {
            Some((number, text)) => Slot::Post {
                number: *number,
                text,
            },
            None => Slot::Gap,
        })
        .collect();
    let numbering = numbering::check(&slots, post_count);
    let branches = branches::branches(library, thread, &number_of);

    let mut parts = vec![count_label(&author.network, post_count)];
    parts.push(match gaps.len() {
        0 => "no gaps".to_string(),
        1 => "1 gap".to_string(),
        n => format!("{n} gaps"),
    });
    parts.push(branches::summary(&branches));
    if let Some(n) = &numbering {
        parts.push(n.summary.clone());
    }
    let complete = gaps.is_empty() && !numbering.as_ref().is_some_and(|n| n.mismatch);
    let gaps_label = if gaps.is_empty() {
        "No gaps: every post replies to a post of the thread.".to_string()
    } else {
        String::new()
    };
    let branches_label = if branches.is_empty() {
        "No branches: the author replied once to each post.".to_string()
    } else {
        "Every reply is in the thread, in time order.".to_string()
    };
    IntegrityView {
        summary_label: parts.join(" · "),
        complete,
        gaps,
        gaps_label,
        branches,
        branches_label,
        numbering,
    }
}

/// Where a post of `author` with id `id` is on their network: X status ids and Bluesky
/// `at://` URIs make a URL; Mastodon ids are local to the server that gave them, so none.
pub fn post_url(author: &Author, id: &str) -> Option<String> {
    match &author.network {
        Network::X => {
            let digits = !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit());
            digits.then(|| format!("https://x.com/{}/status/{id}", author.handle))
        }
        Network::Bluesky => {
            let rest = id.strip_prefix("at://")?;
            let (did, rest) = rest.split_once('/')?;
            let rkey = rest.strip_prefix("app.bsky.feed.post/")?;
            let ok = |s: &str| {
                !s.is_empty()
                    && s.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"._:~-".contains(&b))
            };
            (ok(did) && ok(rkey)).then(|| format!("https://bsky.app/profile/{did}/post/{rkey}"))
        }
        Network::Mastodon { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Batch, Post, ReplyTo, Segment, SourceFormat};

    fn author(network: Network) -> Author {
        Author {
            id: "a".into(),
            handle: "ann".into(),
            display_name: "Ann".into(),
            avatar_url: None,
            network,
            emojis: Vec::new(),
        }
    }

    fn post(id: &str, t: i64, reply: Option<&str>, text: &str) -> Post {
        Post {
            id: id.into(),
            author_id: "a".into(),
            created_at: t,
            segments: vec![Segment::Text { text: text.into() }],
            media: vec![],
            reply_to: reply.map(|r| ReplyTo {
                post_id: r.into(),
                user_id: Some("a".into()),
                handle: None,
            }),
            conversation_id: Some("1".into()),
            quote: None,
            is_repost: false,
            lang: None,
            permalink: format!("https://x.com/ann/status/{id}"),
            source: SourceFormat::XApiV2,
            card: None,
            content_warning: None,
            poll: None,
            reposted_by: None,
            truncated: false,
            standalone: false,
        }
    }

    fn view(posts: Vec<Post>, thread_id: &str) -> (Library, IntegrityView) {
        let mut lib = Library::new();
        lib.add(Batch {
            authors: vec![author(Network::X)],
            posts,
        });
        let thread = lib.thread(thread_id).expect("thread").clone();
        let v = integrity_view(&lib, &thread, &author(Network::X));
        (lib, v)
    }

    #[test]
    fn a_straight_chain_is_complete() {
        let (_, v) = view(
            vec![
                post("1", 1, None, "1/3 a"),
                post("2", 2, Some("1"), "2/3 b"),
                post("3", 3, Some("2"), "3/3 c"),
            ],
            "1",
        );
        assert_eq!(
            v.summary_label,
            "3 tweets · no gaps · no branches · numbering matches"
        );
        assert!(v.complete);
        assert!(v.gaps.is_empty() && v.branches.is_empty());
        assert_eq!(
            v.gaps_label,
            "No gaps: every post replies to a post of the thread."
        );
    }

    #[test]
    fn branches_say_where_the_thread_forks_and_hide_nothing() {
        // 1 has replies 2 and 3; 2 has replies 4 and 7; 3 → 5, 4 → 6.
        let (lib, v) = view(
            vec![
                post("1", 1, None, "Start"),
                post("2", 2, Some("1"), "Second"),
                post("3", 3, Some("1"), "Another take on the start"),
                post("4", 4, Some("2"), "Third"),
                post("5", 5, Some("3"), "Its follow-up"),
                post("6", 6, Some("4"), "Fourth"),
                post("7", 7, Some("2"), "Oops, wrong link"),
            ],
            "1",
        );
        assert_eq!(lib.thread("1").map(Thread::post_count), Some(7));
        assert_eq!(
            v.summary_label,
            "7 tweets · no gaps · branches at #1 and #2"
        );
        assert!(v.complete, "every reply is in the thread");
        let got: Vec<_> = v.branches.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(got, ["#1: 2 replies (#2, #3)", "#2: 2 replies (#4, #7)"]);
        assert_eq!(
            v.branches_label,
            "Every reply is in the thread, in time order."
        );
    }

    #[test]
    fn a_fan_is_summed_up_as_replies_to_its_post() {
        let mut posts = vec![post("1", 1, None, "Start")];
        for i in 2..=8 {
            posts.push(post(&i.to_string(), i, Some("1"), "more"));
        }
        let (_, v) = view(posts, "1");
        assert_eq!(v.summary_label, "8 tweets · no gaps · 7 replies to #1");
        assert_eq!(v.branches[0].reply_numbers, [2, 3, 4, 5, 6, 7, 8]);
    }

    #[test]
    fn gaps_say_where_and_link_the_missing_post() {
        let (_, v) = view(
            vec![
                post("1", 1, None, "a"),
                post("2", 2, Some("1"), "b"),
                post("4", 4, Some("3"), "d"),
                post("5", 5, Some("4"), "e"),
            ],
            "1",
        );
        assert_eq!(v.summary_label, "4 tweets · 1 gap · no branches");
        assert_eq!(
            v.gaps,
            [GapView {
                place_label: "Between #2 and #3".into(),
                note: "Between #2 and #3: the post it replies to is not in the loaded files."
                    .into(),
                missing_id: Some("3".into()),
                missing_url: Some("https://x.com/ann/status/3".into()),
            }]
        );
        let (_, v) = view(
            vec![post("4", 4, Some("3"), "d"), post("5", 5, Some("4"), "e")],
            "4",
        );
        assert_eq!(v.gaps[0].place_label, "Before #1");
    }

    #[test]
    fn missing_posts_link_only_where_the_id_makes_a_url() {
        let x = author(Network::X);
        assert_eq!(post_url(&x, "javascript:alert(1)"), None);
        assert_eq!(post_url(&x, ""), None);
        let bsky = author(Network::Bluesky);
        assert_eq!(
            post_url(&bsky, "at://did:plc:abc/app.bsky.feed.post/3k7r").as_deref(),
            Some("https://bsky.app/profile/did:plc:abc/post/3k7r")
        );
        assert_eq!(
            post_url(&bsky, "at://did:plc:abc/app.bsky.feed.like/3k"),
            None
        );
        assert_eq!(
            post_url(&bsky, "at://did:plc:a b/app.bsky.feed.post/3"),
            None
        );
        let masto = author(Network::Mastodon {
            instance: "m.example".into(),
        });
        assert_eq!(post_url(&masto, "109"), None);
    }
}
