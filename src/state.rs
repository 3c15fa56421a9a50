//! The page's state and its one reducer: what the worker last showed (the open thread's
//! view, "More from" and the library list), the thread asked for, the error banner's lines,
//! the loads in flight with their progress, the archive media dropped, and the views sent
//! ahead of a click. Every change goes through `State::reduce`, which makes no browser
//! calls, so it is tested natively. The library itself lives in the worker; errors never
//! drop what is shown.

use std::rc::Rc;

use unroll_core::present::ThreadView;
use unroll_core::protocol::{self, Progress, Shown, ThreadList};
use yew::Reducible;

use crate::error::LoadError;
use crate::media_files::{MediaFiles, MediaSource};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    /// The thread the person asked for (from a click or `#t=<id>`). It may name a thread that
    /// is not loaded yet (a reload with `?src` restores it once the file is back).
    pub open: Option<String>,
    /// The thread shown: the open one when loaded, else the newest.
    pub view: Option<Rc<ThreadView>>,
    /// The shown thread's author's other threads.
    pub more: Rc<ThreadList>,
    /// Every loaded thread (the first entries, or all once asked).
    pub library: Rc<ThreadList>,
    /// One banner line each, oldest first.
    pub errors: Vec<LoadError>,
    /// Loads started and not finished yet, oldest first, with their progress once known.
    pub loads: Vec<(u32, Option<Progress>)>,
    /// Archive photos and videos dropped so far, shown instead of their remote copies.
    pub media: Rc<MediaFiles>,
    /// Threads the worker sent ahead (the first "More from" entries), each with the "More
    /// from" it shows: one opened is shown at once, before the worker answers the open.
    pub ahead: Rc<Vec<HeldThread>>,
}

/// A thread sent ahead (`protocol::AheadThread`), held as the state holds what it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct HeldThread {
    pub view: Rc<ThreadView>,
    pub more: Rc<ThreadList>,
}

impl HeldThread {
    fn new(t: protocol::AheadThread) -> Self {
        HeldThread {
            view: Rc::new(t.view),
            more: Rc::new(t.more),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Load `load` was sent to the worker.
    LoadStarted(u32),
    Progress(u32, Progress),
    /// One load ended: what failed, what shows now (None when the library did not change)
    /// and where to read the archive media files that names. Ignored for a load not in
    /// flight (cancelled).
    Loaded {
        load: u32,
        errors: Vec<LoadError>,
        media: Vec<(String, MediaSource)>,
        shown: Option<Shown>,
    },
    /// The person cancelled these loads: they leave the page at once, and whatever the
    /// worker still says of them is ignored.
    Cancelled(Vec<u32>),
    /// The worker's answer to an open or a "Show all", with where to read the archive
    /// media files it names.
    Shown {
        shown: Shown,
        media: Vec<(String, MediaSource)>,
    },
    /// Threads the person may open next, with where to read the archive media they name.
    Ahead {
        threads: Vec<protocol::AheadThread>,
        media: Vec<(String, MediaSource)>,
    },
    /// Problems found on the page (a refused `?src`, an empty paste, a failed export).
    Report(Vec<LoadError>),
    Open(String),
    DismissError,
}

impl State {
    /// The id of the thread shown.
    pub fn current_thread_id(&self) -> Option<String> {
        self.view.as_ref().map(|v| v.id.clone())
    }

    pub fn is_loading(&self) -> bool {
        !self.loads.is_empty()
    }

    /// The progress of every load in flight added up; None while none has reported.
    pub fn progress(&self) -> Option<Progress> {
        self.loads
            .iter()
            .filter_map(|(_, p)| *p)
            .reduce(|a, b| Progress {
                bytes_read: a.bytes_read.saturating_add(b.bytes_read),
                bytes_total: a.bytes_total.saturating_add(b.bytes_total),
                posts: a.posts.saturating_add(b.posts),
            })
    }

    /// Takes what the worker shows; a view or list equal to the one held keeps its `Rc`,
    /// so components comparing by pointer are not rendered again for nothing.
    fn show(&mut self, shown: Shown) {
        self.open = shown.open;
        self.view = match (self.view.take(), shown.view) {
            (old, _) if shown.held => old,
            (Some(old), Some(new)) if *old == new => Some(old),
            (_, new) => new.map(Rc::new),
        };
        if *self.more != shown.more {
            self.more = Rc::new(shown.more);
        }
        if let Some(library) = shown.library {
            if *self.library != library {
                self.library = Rc::new(library);
            }
        }
    }

    /// Shows thread `id` and its "More from" at once when they came ahead; the worker's
    /// answer, which follows, finds them already shown.
    fn open_ahead(&mut self, id: &str) {
        let Some(thread) = self.ahead.iter().find(|t| t.view.id == id) else {
            return;
        };
        self.view = Some(Rc::clone(&thread.view));
        if *self.more != *thread.more {
            self.more = Rc::clone(&thread.more);
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::LoadStarted(load) => next.loads.push((load, None)),
            Action::Progress(load, progress) => {
                match next.loads.iter_mut().find(|(l, _)| *l == load) {
                    Some(entry) => entry.1 = Some(progress),
                    None => return self,
                }
            }
            Action::Loaded {
                load,
                errors,
                media,
                shown,
            } => {
                if !self.loads.iter().any(|(l, _)| *l == load) {
                    return self;
                }
                next.loads.retain(|(l, _)| *l != load);
                next.errors.extend(errors);
                if !media.is_empty() {
                    next.media = Rc::new(self.media.with(media));
                }
                if let Some(shown) = shown {
                    // The library changed: views sent before may be out of date.
                    next.ahead = Rc::default();
                    next.show(shown);
                }
            }
            Action::Cancelled(loads) => next.loads.retain(|(l, _)| !loads.contains(l)),
            Action::Shown { shown, media } => {
                if !media.is_empty() {
                    next.media = Rc::new(self.media.with(media));
                }
                next.show(shown);
            }
            Action::Report(errors) => {
                if errors.is_empty() {
                    return self;
                }
                next.errors.extend(errors);
            }
            Action::Ahead { threads, media } => {
                if !media.is_empty() {
                    next.media = Rc::new(self.media.with(media));
                }
                next.ahead = Rc::new(threads.into_iter().map(HeldThread::new).collect());
            }
            Action::Open(id) => {
                if self.open.as_deref() == Some(id.as_str()) {
                    return self;
                }
                next.open_ahead(&id);
                next.open = Some(id);
            }
            Action::DismissError => {
                if self.errors.is_empty() {
                    return self;
                }
                next.errors.clear();
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests;
