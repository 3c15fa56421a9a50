//! The app state and its one reducer: the loaded library, the open thread, the error banner's
//! messages and whether a load is in flight. Every change goes through `State::reduce`, which
//! makes no browser calls, so it is tested natively; it adds a load to the shared library in
//! place rather than copying it. Errors never drop loaded threads.

use std::cell::{Cell, Ref, RefCell};
use std::rc::Rc;

use unroll_core::{Addition, Batch, Library};
use yew::Reducible;

use crate::error::LoadError;
use crate::media_files::{MediaFiles, MediaSource};

/// The loaded library, shared by every state value: a load adds to it in place (cloning
/// 100k posts on each load cost 0.2–0.3 s and their memory twice), and `State::revision`
/// says when it changed.
#[derive(Debug, Clone, Default)]
pub struct SharedLibrary(Rc<RefCell<Library>>, Rc<Cell<bool>>);

impl SharedLibrary {
    pub fn borrow(&self) -> Ref<'_, Library> {
        self.0.borrow()
    }

    /// Claims the library for one load's addition, when no other load is adding to it (an
    /// addition walks the posts in chunks, so two must not interleave). False if taken.
    pub fn claim(&self) -> bool {
        !self.1.replace(true)
    }

    /// One step of the claiming load's addition (see `Action::Added`); true once done,
    /// releasing the claim. False, doing nothing, in the unlikely case the library is
    /// borrowed at that moment.
    pub fn add_step(&self, addition: &mut Addition) -> bool {
        let done = match self.0.try_borrow_mut() {
            Ok(mut library) => addition.step(&mut library),
            Err(_) => false,
        };
        if done {
            self.1.set(false);
        }
        done
    }

    /// The thread `addition` (done) picked to open, by id.
    pub fn picked(&self, addition: &Addition) -> Option<String> {
        addition.picked(&self.0.borrow()).map(|t| t.id.clone())
    }
}

/// The same library is equal to itself only: compare `State::revision` to see a change.
impl PartialEq for SharedLibrary {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    pub library: SharedLibrary,
    /// Bumped whenever the library changes; cheap to compare in memo dependencies.
    pub revision: u64,
    /// The thread the person asked for (from a click or `#t=<id>`). It may name a thread that
    /// is not loaded yet (a reload with `?src` restores it once the file is back).
    pub open: Option<String>,
    /// One banner line each, oldest first.
    pub errors: Vec<LoadError>,
    /// Loads started and not finished yet.
    pub loading: u32,
    /// Archive photos and videos dropped so far, shown instead of their remote copies.
    pub media: Rc<MediaFiles>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Files are being read or fetched.
    LoadStarted,
    /// One load finished: what core imported and what failed, together.
    FilesLoaded {
        batch: Batch,
        errors: Vec<LoadError>,
        /// Archive media files found (path, where to read it), read only when shown.
        media: Vec<(String, MediaSource)>,
    },
    /// One load finished whose batch the load itself added to the library, in steps between
    /// which the browser ran (`SharedLibrary::add_step`): whether it changed the library and
    /// the thread to open for it (`Addition::picked`), and the rest as in `FilesLoaded`.
    Added {
        changed: bool,
        picked: Option<String>,
        errors: Vec<LoadError>,
        media: Vec<(String, MediaSource)>,
    },
    /// Problems found before any loading started (e.g. a refused `?src`).
    Report(Vec<LoadError>),
    Open(String),
    DismissError,
}

impl State {
    /// The thread to show: the open one when it is loaded, else the newest.
    pub fn current_thread_id(&self) -> Option<String> {
        let library = self.library.borrow();
        match &self.open {
            Some(id) if library.thread(id).is_some() => Some(id.clone()),
            _ => library.threads().first().map(|t| t.id.clone()),
        }
    }

    pub fn is_loading(&self) -> bool {
        self.loading > 0
    }
}

impl State {
    /// The state once a load's posts are in the library: its errors shown, its media kept,
    /// and (when the library `changed`) the open thread kept if loaded, else `picked`.
    fn loaded(
        self: Rc<Self>,
        changed: bool,
        picked: Option<String>,
        errors: Vec<LoadError>,
        media: Vec<(String, MediaSource)>,
    ) -> Rc<Self> {
        let mut next = (*self).clone();
        next.loading = next.loading.saturating_sub(1);
        next.errors.extend(errors);
        if !media.is_empty() {
            next.media = Rc::new(self.media.with(media));
        }
        if changed {
            let open_is_loaded = next
                .open
                .as_deref()
                .is_some_and(|id| next.library.borrow().thread(id).is_some());
            if !open_is_loaded && picked.is_some() {
                next.open = picked;
            }
            next.revision = next.revision.wrapping_add(1);
        }
        Rc::new(next)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::LoadStarted => Rc::new(State {
                loading: self.loading.saturating_add(1),
                ..(*self).clone()
            }),
            Action::FilesLoaded {
                batch,
                errors,
                media,
            } => {
                let changed = !batch.posts.is_empty() || !batch.authors.is_empty();
                let mut picked = None;
                if changed {
                    // The same addition a load runs in steps, here in one go.
                    let mut library = self.library.0.borrow_mut();
                    let mut addition = Addition::new(batch);
                    while !addition.step(&mut library) {}
                    picked = addition.picked(&library).map(|t| t.id.clone());
                }
                self.loaded(changed, picked, errors, media)
            }
            Action::Added {
                changed,
                picked,
                errors,
                media,
            } => self.loaded(changed, picked, errors, media),
            Action::Report(errors) => {
                if errors.is_empty() {
                    return self;
                }
                let mut next = (*self).clone();
                next.errors.extend(errors);
                Rc::new(next)
            }
            Action::Open(id) => {
                if self.open.as_deref() == Some(id.as_str()) {
                    return self;
                }
                Rc::new(State {
                    open: Some(id),
                    ..(*self).clone()
                })
            }
            Action::DismissError => {
                if self.errors.is_empty() {
                    return self;
                }
                Rc::new(State {
                    errors: Vec::new(),
                    ..(*self).clone()
                })
            }
        }
    }
}

#[cfg(test)]
mod tests;
