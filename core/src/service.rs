//! What the worker holds and decides between requests: the library, the thread the person
//! asked for, and what the page is shown of it (`Shown`: the open thread's view, "More
//! from" and the library list, each capped at `LIST_CAP` entries until the person asks for
//! all), and the views the page gets ahead of a click (`Ahead`). The worker's glue only
//! reads files and carries messages; everything it answers comes from here, so it is
//! tested natively.

use crate::archive_media::ArchiveMedia;
use crate::export::export_thread_at;
use crate::library::Library;
use crate::model::Batch;
use crate::present::{summary, thread_view, ItemView, ThreadView};
use crate::protocol::{Ahead, AheadThread, ListKind, MediaRef, Shown, ThreadList};
use crate::related::threads_by;

/// Entries a list of the side column shows until the person asks for all of them. 25
/// rather than a rounder 20 so the sample archive's "More from" still reaches its 18-post
/// thread of Feb 23, 2022 (21st newest).
pub const LIST_CAP: usize = 25;

/// "More from" entries whose views the page gets ahead: about what the side column shows
/// on a first screen.
pub const AHEAD: usize = 5;
/// Longer threads are not sent ahead: their view is large to send and to decode, and their
/// render, not the round trip, is what a person waits for.
pub const AHEAD_POSTS: usize = 200;

#[derive(Debug, Default)]
pub struct Service {
    library: Library,
    /// The thread the person asked for; it may not be loaded (yet).
    open: Option<String>,
    /// The person asked to see the whole library list.
    whole_library: bool,
    /// The author whose whole "More from" list the person asked to see.
    whole_more_for: Option<String>,
    /// Bumped whenever the library changes.
    revision: u64,
    /// The library list the page was last sent: at which revision, which threads.
    sent: Option<(u64, Vec<String>)>,
    /// The archive media files of every load, by name.
    media: ArchiveMedia<MediaRef>,
}

impl Service {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    /// Adds one load's posts and authors. When the thread asked for is not loaded, the
    /// longest thread holding a post of the batch becomes the one asked for. False when the
    /// batch held nothing.
    pub fn add(&mut self, batch: Batch) -> bool {
        if batch.posts.is_empty() && batch.authors.is_empty() {
            return false;
        }
        let picked = self.library.add(batch);
        if !self.open_is_loaded() && picked.is_some() {
            self.open = picked;
        }
        self.revision = self.revision.wrapping_add(1);
        true
    }

    /// Keeps archive media files a load found (a later file of a name seen replaces it).
    pub fn add_media(&mut self, refs: Vec<MediaRef>) {
        for r in refs {
            let path = r.path.clone();
            let _ = self.media.insert(&path, r);
        }
    }

    /// The archive's copies of what `view` shows: each post's and quote's media, the avatar.
    fn media_of(&self, view: &ThreadView) -> Vec<MediaRef> {
        let mut out = Vec::new();
        if let Some(url) = &view.author.avatar_url {
            out.extend(
                self.media
                    .find_avatar(&view.author.id, url)
                    .map(|(_, r)| r.clone()),
            );
        }
        for item in &view.items {
            let ItemView::Post(p) = item else { continue };
            let quoted = p
                .quote
                .iter()
                .filter_map(|q| Some((q.post_id.as_deref()?, &q.media)));
            for (post_id, media) in std::iter::once((p.id.as_str(), &p.media)).chain(quoted) {
                let found = media.iter().filter_map(|m| self.media.find(post_id, m));
                out.extend(found.map(|(_, r)| r.clone()));
            }
        }
        out
    }

    fn open_is_loaded(&self) -> bool {
        self.open
            .as_deref()
            .is_some_and(|id| self.library.thread(id).is_some())
    }

    /// Asks for thread `id` and tells what the page shows now.
    pub fn open(&mut self, id: String, now: i64) -> Shown {
        self.open = Some(id);
        self.shown(now)
    }

    /// `shown`'s first "More from" entries, the ones a person is likeliest to open next
    /// (AHEAD of them, each of at most AHEAD_POSTS posts): each one's view and "More from"
    /// as an open of it would show them, with their media.
    pub fn ahead(&self, shown: &Shown, now: i64) -> Ahead {
        let mut ahead = Ahead::default();
        let near = shown.more.entries.iter().take(AHEAD);
        for entry in near.filter(|e| e.post_count <= AHEAD_POSTS) {
            if let Some(view) = thread_view(&self.library, &entry.thread_id, now) {
                ahead.media.extend(self.media_of(&view));
                let more = self.more(Some(&entry.thread_id), now);
                ahead.threads.push(AheadThread { view, more });
            }
        }
        ahead
    }

    /// `open` of a thread whose view the page holds (it came ahead): the same answer
    /// without the view and its media (not even made), when that thread is loaded and so
    /// shows.
    pub fn open_held(&mut self, id: String, now: i64) -> Shown {
        self.open = Some(id);
        let held = self.open_is_loaded();
        self.shown_with(now, held)
    }

    /// Lists every entry of `list` from now on (for "More from", while the author stays).
    pub fn show_all(&mut self, list: ListKind, now: i64) -> Shown {
        match list {
            ListKind::Library => self.whole_library = true,
            ListKind::More => self.whole_more_for = self.current_author(),
        }
        self.shown(now)
    }

    /// The thread shown: the one asked for when loaded, else the newest.
    pub fn current(&self) -> Option<&str> {
        match self.open.as_deref() {
            Some(id) if self.library.thread(id).is_some() => Some(id),
            _ => self.library.threads().first().map(|t| t.id.as_str()),
        }
    }

    fn current_author(&self) -> Option<String> {
        let id = self.current()?;
        self.library.thread(id).map(|t| t.author_id.clone())
    }

    /// What the page shows at `now` (seconds since the epoch: date labels say "Sep 6" in
    /// the current year). The library list is left out when the page has it already.
    pub fn shown(&mut self, now: i64) -> Shown {
        self.shown_with(now, false)
    }

    /// `shown`, with the view and its media left out when the page holds the view.
    fn shown_with(&mut self, now: i64, held: bool) -> Shown {
        let current = self.current().map(str::to_string);
        let view = current
            .as_deref()
            .filter(|_| !held)
            .and_then(|id| thread_view(&self.library, id, now));
        let more = self.more(current.as_deref(), now);
        let ids = self.library_ids(current.as_deref());
        let library = match &self.sent {
            Some((revision, sent)) if *revision == self.revision && *sent == ids => None,
            _ => {
                let list = ThreadList {
                    entries: self.summaries(&ids, now),
                    total: self.library.threads().len(),
                };
                self.sent = Some((self.revision, ids));
                Some(list)
            }
        };
        let media = view.as_ref().map(|v| self.media_of(v)).unwrap_or_default();
        Shown {
            open: self.open.clone(),
            view,
            held,
            more,
            library,
            media,
        }
    }

    /// The author's threads other than `current`, newest first: the first LIST_CAP unless
    /// the person asked for all of this author's.
    fn more(&self, current: Option<&str>, now: i64) -> ThreadList {
        let Some(author) = current.and_then(|id| self.library.thread(id)) else {
            return ThreadList::default();
        };
        let author = author.author_id.as_str();
        let whole = self.whole_more_for.as_deref() == Some(author);
        let others =
            || threads_by(&self.library, author).filter(|t| Some(t.id.as_str()) != current);
        let cap = if whole { usize::MAX } else { LIST_CAP };
        ThreadList {
            entries: others()
                .take(cap)
                .filter_map(|t| summary(&self.library, t, now))
                .collect(),
            total: others().count(),
        }
    }

    /// The library threads the page lists: all of them when asked, else the first
    /// LIST_CAP with `current` always among them (taking the last slot when it sorts
    /// further down).
    fn library_ids(&self, current: Option<&str>) -> Vec<String> {
        let threads = self.library.threads();
        if self.whole_library {
            return threads.iter().map(|t| t.id.clone()).collect();
        }
        let mut ids: Vec<String> = threads
            .iter()
            .take(LIST_CAP)
            .map(|t| t.id.clone())
            .collect();
        if let Some(current) = current {
            let listed = ids.iter().any(|id| id == current);
            if !listed && ids.len() == LIST_CAP {
                ids.pop();
                ids.push(current.to_string());
            }
        }
        ids
    }

    fn summaries(&self, ids: &[String], now: i64) -> Vec<crate::present::ThreadSummary> {
        ids.iter()
            .filter_map(|id| self.library.thread(id))
            .filter_map(|t| summary(&self.library, t, now))
            .collect()
    }

    /// Thread `id` as Unroll JSON and the file name to save it as.
    pub fn export(&self, id: &str, exported_at: i64) -> Result<(String, String), String> {
        export_thread_at(&self.library, id, exported_at)
            .map(|json| (format!("unroll-thread-{id}.json"), json))
            .ok_or_else(|| format!("thread {id} is not loaded"))
    }
}

#[cfg(test)]
mod tests;
