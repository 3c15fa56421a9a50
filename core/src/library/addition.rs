//! A batch added to the library in steps, for the app to yield between: authors and posts
//! are merged in chunks, threads assembled by `Assembly`, and the indexes built in chunks.
//! The library stays whole meanwhile: its threads and indexes are replaced together by the
//! last step, and a post added early is simply not in a thread until then. Nothing else may
//! change the library until the addition is done (its posts are walked in chunks): the app
//! runs one load's addition at a time.

use super::{merge_author, merge_post, Library};
use crate::assemble::{keys_of, Assembly};
use crate::model::{Author, Batch, Post, Thread};
use rustc_hash::FxHashMap;

/// Work done by one `step`: posts merged, placed or indexed. About a millisecond or two
/// of wasm; the app runs steps until its own time slice is used.
const STEP: usize = 4096;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Posts,
    /// (time, id) of every post, for the assembly, a chunk of the map at a time.
    Keys,
    Assemble,
    ThreadIndex,
    Replies,
    /// The thread to open: the longest holding a post of the batch.
    Pick,
    Done,
}

pub struct Addition {
    phase: Phase,
    authors: Vec<Author>,
    posts: std::vec::IntoIter<Post>,
    assembly: Option<Assembly>,
    threads: Vec<Thread>,
    /// Posts that took part in assembly (reposts left out), oldest first.
    ids: Vec<String>,
    thread_of: FxHashMap<String, usize>,
    replies: FxHashMap<String, Vec<String>>,
    keys: Vec<(i64, String)>,
    /// The batch's post ids, and the (position, post count) of the longest thread holding
    /// one of them so far.
    batch_ids: Vec<String>,
    picked: Option<(usize, usize)>,
    /// Posts of each thread, by position, counted once for the pick.
    counts: Vec<usize>,
    cursor: usize,
}

impl Addition {
    pub fn new(batch: Batch) -> Self {
        Addition {
            phase: Phase::Posts,
            authors: batch.authors,
            posts: batch.posts.into_iter(),
            assembly: None,
            threads: Vec::new(),
            ids: Vec::new(),
            thread_of: FxHashMap::default(),
            replies: FxHashMap::default(),
            keys: Vec::new(),
            batch_ids: Vec::new(),
            picked: None,
            counts: Vec::new(),
            cursor: 0,
        }
    }

    /// Once done, the thread to open for this batch: of the threads holding one of its
    /// posts, the one with the most posts, the newest of equal lengths. (An archive opens on
    /// its long self-thread rather than on whatever one-post thread happens to be newest.)
    pub fn picked<'l>(&self, library: &'l Library) -> Option<&'l Thread> {
        self.picked.and_then(|(at, _)| library.threads.get(at))
    }

    /// One step of adding to `library` (always the same one); true once done.
    pub fn step(&mut self, library: &mut Library) -> bool {
        match self.phase {
            Phase::Posts => self.posts_step(library),
            Phase::Keys => self.keys_step(library),
            Phase::Assemble => {
                if let Some(assembly) = self.assembly.as_mut() {
                    if !assembly.step(&library.posts, STEP) {
                        return false;
                    }
                }
                let (threads, ids) = self
                    .assembly
                    .take()
                    .map(Assembly::into_parts)
                    .unwrap_or_default();
                self.threads = threads;
                self.ids = ids;
                self.thread_of.reserve(self.ids.len());
                self.phase = Phase::ThreadIndex;
            }
            Phase::ThreadIndex => self.thread_index_step(),
            Phase::Replies => self.replies_step(library),
            Phase::Pick => self.pick_step(library),
            Phase::Done => {}
        }
        self.phase == Phase::Done
    }

    /// Authors, then posts in chunks: a post already present is kept once, the fuller copy
    /// winning.
    fn posts_step(&mut self, library: &mut Library) {
        for author in self.authors.drain(..) {
            match library.authors.get_mut(&author.id) {
                Some(old) => merge_author(old, author),
                None => {
                    library.authors.insert(author.id.clone(), author);
                }
            }
        }
        library.posts.reserve(self.posts.len());
        for post in self.posts.by_ref().take(STEP) {
            self.batch_ids.push(post.id.clone());
            match library.posts.get_mut(&post.id) {
                Some(old) => merge_post(old, post),
                None => {
                    library.posts.insert(post.id.clone(), post);
                }
            }
        }
        if self.posts.len() == 0 {
            self.keys.reserve(library.posts.len());
            self.phase = Phase::Keys;
        }
    }

    /// The map is walked from its start to the chunk each time (a step skips what was
    /// read): cheap next to cloning the ids, and nothing else changes the map meanwhile.
    fn keys_step(&mut self, library: &Library) {
        let before = self.cursor;
        let chunk = library.posts.values().skip(before).take(STEP);
        self.keys.extend(keys_of(chunk));
        self.cursor = (before + STEP).min(library.posts.len());
        if self.cursor >= library.posts.len() {
            self.cursor = 0;
            self.assembly = Some(Assembly::new(std::mem::take(&mut self.keys)));
            self.phase = Phase::Assemble;
        }
    }

    /// The thread holding each post.
    fn thread_index_step(&mut self) {
        let end = (self.cursor + STEP / 8).min(self.threads.len());
        for (i, t) in self.threads.iter().enumerate().take(end).skip(self.cursor) {
            for id in t.post_ids() {
                self.thread_of.insert(id.to_string(), i);
            }
        }
        self.cursor = end;
        if self.cursor >= self.threads.len() {
            self.cursor = 0;
            self.phase = Phase::Replies;
        }
    }

    /// The replies to each post (reposts left out, as in assembly).
    fn replies_step(&mut self, library: &mut Library) {
        let end = (self.cursor + STEP).min(self.ids.len());
        for id in self.ids.get(self.cursor..end).unwrap_or_default() {
            let Some(p) = library.posts.get(id) else {
                continue;
            };
            if let Some(r) = p.reply_to.as_ref().filter(|r| r.post_id != p.id) {
                self.replies
                    .entry(r.post_id.clone())
                    .or_default()
                    .push(p.id.clone());
            }
        }
        self.cursor = end;
        if self.cursor >= self.ids.len() {
            // The threads and both indexes change together.
            library.threads = std::mem::take(&mut self.threads);
            library.thread_of = std::mem::take(&mut self.thread_of);
            library.replies = std::mem::take(&mut self.replies);
            self.ids = Vec::new();
            self.counts = library.threads.iter().map(Thread::post_count).collect();
            self.cursor = 0;
            self.phase = Phase::Pick;
        }
    }

    /// `threads()` is newest first: of equal lengths, the lowest position wins.
    fn pick_step(&mut self, library: &Library) {
        let end = (self.cursor + STEP).min(self.batch_ids.len());
        for id in self.batch_ids.get(self.cursor..end).unwrap_or_default() {
            let Some(at) = library.thread_position(id) else {
                continue;
            };
            let count = self.counts.get(at).copied().unwrap_or(0);
            let better = match self.picked {
                Some((best, best_count)) => {
                    (count, std::cmp::Reverse(at)) > (best_count, std::cmp::Reverse(best))
                }
                None => true,
            };
            if better {
                self.picked = Some((at, count));
            }
        }
        self.cursor = end;
        if self.cursor >= self.batch_ids.len() {
            self.batch_ids = Vec::new();
            self.counts = Vec::new();
            self.phase = Phase::Done;
        }
    }
}
