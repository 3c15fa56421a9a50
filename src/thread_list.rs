//! The side column's lists of threads (the library, "More from @handle"), whose summaries
//! (date label, excerpt, "Read N tweets") are made when an entry is first shown.
//!
//! A 10k-post archive holds about a thousand threads and a 100k-post one eight thousand; the
//! lists show 25 of them until the person asks for all. Making every summary up front took
//! tasks of their own after the article appeared, and a second layout of the page when the
//! lists arrived. A list here is only the threads' ids, in order; an entry's summary is made
//! once, when it is rendered.

use std::cell::OnceCell;
use std::rc::Rc;

use unroll_core::present::{summary, ThreadSummary};
use unroll_core::related::threads_by;
use unroll_core::Thread;

use crate::state::SharedLibrary;

pub struct ThreadList {
    /// Where summaries not made yet come from; None for a list made whole.
    library: Option<SharedLibrary>,
    /// Seconds since the epoch: date labels say "Sep 6" in the current year.
    now: i64,
    ids: Vec<String>,
    made: Vec<OnceCell<Option<Rc<ThreadSummary>>>>,
}

impl ThreadList {
    /// Every thread of the library, newest first.
    pub fn library(library: &SharedLibrary, now: i64) -> Self {
        let ids = ids(library.borrow().threads());
        Self::of(library, ids, now)
    }

    /// The threads by the author `author_id`, newest first ("More from").
    pub fn by_author(library: &SharedLibrary, author_id: &str, now: i64) -> Self {
        let ids = ids(threads_by(&library.borrow(), author_id));
        Self::of(library, ids, now)
    }

    fn of(library: &SharedLibrary, ids: Vec<String>, now: i64) -> Self {
        Self {
            library: Some(library.clone()),
            now,
            made: ids.iter().map(|_| OnceCell::new()).collect(),
            ids,
        }
    }

    /// A list of summaries made already (component tests build these from hand-made ones).
    pub fn from_summaries(summaries: Vec<ThreadSummary>) -> Self {
        Self {
            library: None,
            now: 0,
            ids: summaries.iter().map(|s| s.thread_id.clone()).collect(),
            made: summaries
                .into_iter()
                .map(|s| OnceCell::from(Some(Rc::new(s))))
                .collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Entry `index`'s thread id.
    pub fn id(&self, index: usize) -> Option<&str> {
        self.ids.get(index).map(String::as_str)
    }

    /// The ids in list order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }

    /// Entry `index`'s summary, made now if it was not before. None past the end, or when
    /// the thread has left the library since the list was made (a load is adding to it).
    pub fn summary(&self, index: usize) -> Option<Rc<ThreadSummary>> {
        let cell = self.made.get(index)?;
        cell.get_or_init(|| {
            let library = self.library.as_ref()?.borrow();
            let id = self.ids.get(index)?;
            let thread = library.thread(id)?;
            summary(&library, thread, self.now).map(Rc::new)
        })
        .clone()
    }
}

/// The threads' ids. (A thread's id is its first loaded post's, so every thread has a
/// summary.)
fn ids<'a>(threads: impl IntoIterator<Item = &'a Thread>) -> Vec<String> {
    threads.into_iter().map(|t| t.id.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Action, State};
    use unroll_core::import::{import_files, InputFile};
    use yew::Reducible;

    /// The bundled samples: alrocar's X archive (many threads, one author) and a Bluesky
    /// thread by another.
    const SAMPLES: &[&str] = &[
        "assets/samples/twitter-archive/alrocar_2022/account.js",
        "assets/samples/twitter-archive/alrocar_2022/profile.js",
        "assets/samples/twitter-archive/alrocar_2022/tweets.js",
        "assets/samples/bluesky/morpho_threadTortureTest.json",
    ];

    fn loaded(paths: &[&str]) -> State {
        let inputs: Vec<InputFile> = paths
            .iter()
            .map(|p| InputFile {
                name: p.to_string(),
                bytes: std::fs::read(p).unwrap_or_else(|e| panic!("{p}: {e}")),
            })
            .collect();
        let (batch, errors) = import_files(&inputs);
        assert!(errors.is_empty(), "{errors:?}");
        let state = Rc::new(State::default()).reduce(Action::FilesLoaded {
            batch,
            errors: vec![],
            media: vec![],
        });
        (*state).clone()
    }

    #[test]
    fn a_list_made_lazily_gives_the_summaries_made_up_front() {
        let state = loaded(SAMPLES);
        let lib = state.library.borrow();
        let up_front = unroll_core::present::library_summaries(&lib, 1_700_000_000);
        drop(lib);
        assert!(up_front.len() > 25, "the samples hold many threads");
        let lazy = ThreadList::library(&state.library, 1_700_000_000);
        assert_eq!(lazy.len(), up_front.len());
        // Asked out of order, each twice: the same summary, made once.
        for i in (0..lazy.len()).rev().chain(0..lazy.len()) {
            assert_eq!(lazy.summary(i).as_deref(), up_front.get(i));
        }
        assert!(Rc::ptr_eq(
            &lazy.summary(0).expect("first"),
            &lazy.summary(0).expect("first again")
        ));
        assert_eq!(lazy.summary(lazy.len()), None);
        let author = &up_front[0].author_id;
        assert!(
            up_front.iter().any(|s| &s.author_id != author),
            "threads by two authors"
        );
        let by = ThreadList::by_author(&state.library, author, 1_700_000_000);
        let expected: Vec<&str> = up_front
            .iter()
            .filter(|s| &s.author_id == author)
            .map(|s| s.thread_id.as_str())
            .collect();
        assert_eq!(by.ids().collect::<Vec<_>>(), expected);
        assert!(ThreadList::by_author(&state.library, "nobody", 0).is_empty());
    }
}
