//! The library: every post and author loaded so far, deduplicated by id, and the threads
//! assembled from them. Adding a batch never loses what was loaded before.

use std::cmp::Reverse;

use rustc_hash::FxHashMap;

use crate::assemble;
use crate::model::{Author, Batch, Post, Segment, Thread};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Library {
    authors: FxHashMap<String, Author>,
    posts: FxHashMap<String, Post>,
    /// Newest first (by the first post's time).
    threads: Vec<Thread>,
    /// Indexes made once per load, so opening a thread never walks every post: the index in
    /// `threads` of the thread holding each post, and the replies to each post (reposts
    /// left out), by its id.
    thread_of: FxHashMap<String, usize>,
    replies: FxHashMap<String, Vec<String>>,
}

impl Library {
    pub fn new() -> Self {
        Self::default()
    }

    /// Merge a batch: posts already present are kept once (the fuller copy wins), authors are
    /// updated with any field the new copy adds, and threads and indexes are made again.
    /// Returns the thread to open for this batch: of the threads holding one of its posts,
    /// the one with the most posts, the newest of equal lengths. (An archive opens on its
    /// long self-thread rather than on whatever one-post thread happens to be newest.)
    pub fn add(&mut self, batch: Batch) -> Option<String> {
        for author in batch.authors {
            match self.authors.get_mut(&author.id) {
                Some(old) => merge_author(old, author),
                None => {
                    self.authors.insert(author.id.clone(), author);
                }
            }
        }
        let mut batch_ids = Vec::with_capacity(batch.posts.len());
        self.posts.reserve(batch.posts.len());
        for post in batch.posts {
            batch_ids.push(post.id.clone());
            match self.posts.get_mut(&post.id) {
                Some(old) => merge_post(old, post),
                None => {
                    self.posts.insert(post.id.clone(), post);
                }
            }
        }
        self.assemble();
        self.longest_holding(&batch_ids).map(|t| t.id.clone())
    }

    /// Assembles the threads again, and the indexes with them.
    fn assemble(&mut self) {
        let order = assemble::in_time_order(&self.posts);
        let threads = assemble::threads(&order, &self.posts);
        // The replies to each post, reposts left out as in assembly, oldest first.
        let mut replies: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for p in &order {
            if let Some(r) = p.reply_to.as_ref().filter(|r| r.post_id != p.id) {
                replies
                    .entry(r.post_id.clone())
                    .or_default()
                    .push(p.id.clone());
            }
        }
        let mut thread_of = FxHashMap::default();
        thread_of.reserve(order.len());
        for (i, t) in threads.iter().enumerate() {
            for id in t.post_ids() {
                thread_of.insert(id.to_string(), i);
            }
        }
        self.threads = threads;
        self.thread_of = thread_of;
        self.replies = replies;
    }

    /// Of the threads holding one of posts `ids`, the one with the most posts; of equal
    /// lengths the first in `threads()`, the newest.
    fn longest_holding(&self, ids: &[String]) -> Option<&Thread> {
        let counts: Vec<usize> = self.threads.iter().map(Thread::post_count).collect();
        let at = ids
            .iter()
            .filter_map(|id| self.thread_position(id))
            .max_by_key(|&at| (counts.get(at).copied().unwrap_or(0), Reverse(at)))?;
        self.threads.get(at)
    }

    /// All threads, newest first.
    pub fn threads(&self) -> &[Thread] {
        &self.threads
    }

    pub fn thread(&self, id: &str) -> Option<&Thread> {
        self.thread_containing(id).filter(|t| t.id == id)
    }

    /// The thread holding post `id`, if any.
    pub fn thread_containing(&self, id: &str) -> Option<&Thread> {
        self.thread_position(id).and_then(|i| self.threads.get(i))
    }

    /// The position in `threads()` of the thread holding post `id`, if any.
    pub fn thread_position(&self, id: &str) -> Option<usize> {
        self.thread_of.get(id).copied()
    }

    /// The loaded posts replying to post `id` (reposts left out), in no particular order.
    pub fn replies_to<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a Post> + 'a {
        let ids = self.replies.get(id).map_or(&[][..], Vec::as_slice);
        ids.iter().filter_map(|r| self.posts.get(r))
    }

    pub fn post(&self, id: &str) -> Option<&Post> {
        self.posts.get(id)
    }

    /// Every loaded post, in no particular order.
    pub fn posts(&self) -> impl Iterator<Item = &Post> {
        self.posts.values()
    }

    pub fn author(&self, id: &str) -> Option<&Author> {
        self.authors.get(id)
    }

    pub fn post_count(&self) -> usize {
        self.posts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.threads.is_empty()
    }
}

/// Fills what `old` lacks from `new` (the first copy's values stay).
fn merge_author(old: &mut Author, new: Author) {
    if old.avatar_url.is_none() {
        old.avatar_url = new.avatar_url;
    }
    let new_has_name = new.display_name != new.handle;
    if old.display_name.is_empty() || (old.display_name == old.handle && new_has_name) {
        old.display_name = new.display_name;
    }
    if old.handle.is_empty() {
        old.handle = new.handle;
    }
}

/// How much of a post a copy holds: its text, then media, then how much of the quote.
/// X's "…/i/web/status/<id>" link (a cut text's "read more") is not counted: it stands for
/// the text the copy lacks.
fn fullness(p: &Post) -> (usize, usize, usize) {
    let text: usize = p
        .segments
        .iter()
        .map(|s| match s {
            Segment::Link { url, .. } if url.contains("/i/web/status/") => 0,
            Segment::Text { text } | Segment::Link { text, .. } => text.chars().count(),
            Segment::Mention { handle, .. } => handle.chars().count() + 1,
            Segment::Hashtag { tag, .. } => tag.chars().count() + 1,
            Segment::Emoji { shortcode, .. } => shortcode.chars().count() + 2,
        })
        .sum();
    let quote = p.quote.as_ref().map_or(0, |q| {
        1 + q.segments.len() + q.media.len() + usize::from(q.author.is_some())
    });
    (text, p.media.len(), quote)
}

/// The fuller copy wins; fields only the other copy has are kept.
fn merge_post(old: &mut Post, mut new: Post) {
    if fullness(&new) > fullness(old) {
        std::mem::swap(old, &mut new);
    }
    // `old` is now the winner, `new` the other copy.
    if old.reply_to.is_none() {
        old.reply_to = new.reply_to;
    } else if let (Some(a), Some(b)) = (old.reply_to.as_mut(), new.reply_to) {
        if a.user_id.is_none() {
            a.user_id = b.user_id;
        }
        if a.handle.is_none() {
            a.handle = b.handle;
        }
    }
    if old.conversation_id.is_none() {
        old.conversation_id = new.conversation_id;
    }
    if old.quote.is_none() {
        old.quote = new.quote;
    }
    if old.lang.is_none() {
        old.lang = new.lang;
    }
    if old.media.is_empty() {
        old.media = new.media;
    }
    if old.card.is_none() {
        old.card = new.card;
    }
    if old.content_warning.is_none() {
        old.content_warning = new.content_warning;
    }
    if old.poll.is_none() {
        old.poll = new.poll;
    }
    if old.reposted_by.is_none() {
        old.reposted_by = new.reposted_by;
    }
    old.is_repost |= new.is_repost;
    old.standalone |= new.standalone;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Media, MediaKind, Network, ReplyTo, SourceFormat};

    fn author(avatar: Option<&str>, name: &str) -> Author {
        Author {
            id: "1".into(),
            handle: "h".into(),
            display_name: name.into(),
            avatar_url: avatar.map(str::to_string),
            network: Network::X,
            emojis: Vec::new(),
        }
    }

    fn post(id: &str, text: &str, t: i64, reply: Option<&str>) -> Post {
        Post {
            id: id.into(),
            author_id: "1".into(),
            created_at: t,
            segments: vec![Segment::Text { text: text.into() }],
            media: vec![],
            reply_to: reply.map(|r| ReplyTo {
                post_id: r.into(),
                user_id: Some("1".into()),
                handle: None,
            }),
            conversation_id: None,
            quote: None,
            is_repost: false,
            lang: None,
            permalink: format!("https://x.com/h/status/{id}"),
            source: SourceFormat::XArchive,
            card: None,
            content_warning: None,
            poll: None,
            reposted_by: None,
            truncated: false,
            standalone: false,
        }
    }

    #[test]
    fn authors_gain_missing_fields_only() {
        let mut a = author(None, "h");
        merge_author(&mut a, author(Some("https://a/1.jpg"), "Name"));
        assert_eq!(a.avatar_url.as_deref(), Some("https://a/1.jpg"));
        assert_eq!(a.display_name, "Name");
        merge_author(&mut a, author(Some("https://a/2.jpg"), "Other"));
        assert_eq!(a.avatar_url.as_deref(), Some("https://a/1.jpg"));
        assert_eq!(a.display_name, "Name");
    }

    #[test]
    fn fuller_post_wins_either_way_round() {
        let thin = post("2", "short…", 2, Some("1"));
        let mut full = post("2", "short text in full", 2, None);
        full.media.push(Media {
            kind: MediaKind::Photo,
            url: "https://p/1.jpg".into(),
            alt: None,
            link: None,
            width: None,
            height: None,
        });
        for (first, second) in [(thin.clone(), full.clone()), (full.clone(), thin.clone())] {
            let mut lib = Library::new();
            lib.add(Batch {
                authors: vec![],
                posts: vec![post("1", "root", 1, None), first],
            });
            lib.add(Batch {
                authors: vec![],
                posts: vec![second],
            });
            let p = lib.post("2").expect("post");
            assert_eq!(p.segments, full.segments);
            assert_eq!(p.media.len(), 1);
            // The reply link only the thin copy had is kept, so the thread survives.
            assert_eq!(p.reply_to.as_ref().map(|r| r.post_id.as_str()), Some("1"));
            assert_eq!(lib.threads().len(), 1);
            assert_eq!(lib.post_count(), 2);
        }
    }

    #[test]
    fn adding_keeps_earlier_threads() {
        let mut lib = Library::new();
        lib.add(Batch {
            authors: vec![author(None, "h")],
            posts: vec![post("1", "a", 1, None), post("2", "b", 2, Some("1"))],
        });
        lib.add(Batch {
            authors: vec![],
            posts: vec![post("3", "c", 3, None), post("4", "d", 4, Some("3"))],
        });
        let ids: Vec<&str> = lib.threads().iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["3", "1"], "newest first");
        assert!(!lib.is_empty());
        assert_eq!(lib.thread("1").map(Thread::post_count), Some(2));
    }
}
