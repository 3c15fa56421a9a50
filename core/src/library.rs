//! The library: every post and author loaded so far, deduplicated by id, and the threads
//! assembled from them. Adding a batch never loses what was loaded before.

use std::collections::HashMap;

use crate::model::{Author, Batch, Post, Thread};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Library {
    authors: HashMap<String, Author>,
    posts: HashMap<String, Post>,
    /// Newest first (by the first post's time).
    threads: Vec<Thread>,
}

impl Library {
    pub fn new() -> Self {
        Self::default()
    }

    /// Merge a batch: posts already present are kept once (the fuller copy wins), authors are
    /// updated with any field the new copy adds, and threads are assembled again.
    pub fn add(&mut self, batch: Batch) {
        let _ = batch;
        todo!("helper: merge + crate::assemble::assemble")
    }

    /// All threads, newest first.
    pub fn threads(&self) -> &[Thread] {
        &self.threads
    }

    pub fn thread(&self, id: &str) -> Option<&Thread> {
        self.threads.iter().find(|t| t.id == id)
    }

    pub fn post(&self, id: &str) -> Option<&Post> {
        self.posts.get(id)
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
