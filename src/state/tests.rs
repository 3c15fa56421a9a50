//! Reducer tests on the path the app takes: core's `Service` (what the worker runs) imports
//! the bundled samples and says what shows; the reducer takes its replies.

use std::rc::Rc;

use unroll_core::import::{import_files, InputFile};
use unroll_core::protocol::{Progress, Shown};
use unroll_core::service::Service;
use yew::Reducible;

use super::{Action, State};
use crate::error::LoadError;

const NOW: i64 = 1_700_000_000;

/// alrocar's X archive (many threads, one author).
const ARCHIVE: &[&str] = &[
    "assets/samples/twitter-archive/alrocar_2022/account.js",
    "assets/samples/twitter-archive/alrocar_2022/profile.js",
    "assets/samples/twitter-archive/alrocar_2022/tweets.js",
];

fn imported(paths: &[&str]) -> unroll_core::Batch {
    let inputs: Vec<InputFile> = paths
        .iter()
        .map(|p| InputFile {
            name: p.to_string(),
            bytes: std::fs::read(p).unwrap_or_else(|e| panic!("{p}: {e}")),
        })
        .collect();
    let (batch, errors) = import_files(&inputs);
    assert!(errors.is_empty(), "{errors:?}");
    batch
}

/// What the worker answers once `service` added the sample archive.
fn shown_after_archive(service: &mut Service) -> Shown {
    assert!(service.add(imported(ARCHIVE)));
    service.shown(NOW)
}

fn loaded(state: Rc<State>, load: u32, errors: Vec<LoadError>, shown: Option<Shown>) -> Rc<State> {
    state.reduce(Action::Loaded {
        load,
        errors,
        media: vec![],
        shown,
    })
}

#[test]
fn a_load_shows_its_thread_its_lists_and_its_errors_together() {
    let mut service = Service::new();
    let shown = shown_after_archive(&mut service);
    let s = Rc::new(State::default()).reduce(Action::LoadStarted(1));
    assert!(s.is_loading());
    let s = loaded(
        s,
        1,
        vec![LoadError::Reported("other.json: bad".into())],
        Some(shown),
    );
    assert!(!s.is_loading());
    let view = s.view.as_ref().expect("a thread shows");
    assert_eq!(s.current_thread_id().as_deref(), Some(view.id.as_str()));
    assert_eq!(s.open.as_deref(), service.current());
    assert!(s.library.total > 25 && s.library.entries.len() == 25);
    assert!(!s.more.entries.is_empty());
    assert_eq!(s.errors.len(), 1);
}

#[test]
fn a_failed_load_reports_and_loses_nothing() {
    let mut service = Service::new();
    let s = loaded(
        Rc::new(State::default()).reduce(Action::LoadStarted(1)),
        1,
        vec![],
        Some(shown_after_archive(&mut service)),
    );
    let before = Rc::clone(&s);
    let s = loaded(
        s.reduce(Action::LoadStarted(2)),
        2,
        vec![LoadError::Reported("broken.json: malformed".into())],
        None,
    );
    assert!(Rc::ptr_eq(
        s.view.as_ref().unwrap(),
        before.view.as_ref().unwrap()
    ));
    assert!(Rc::ptr_eq(&s.library, &before.library));
    assert_eq!(s.errors.len(), 1);
    let s = s.reduce(Action::DismissError);
    assert!(s.errors.is_empty());
    assert!(s.view.is_some(), "dismissing keeps the thread");
}

#[test]
fn the_same_view_again_keeps_its_rc_so_the_article_is_not_rendered_again() {
    let mut service = Service::new();
    let s = Rc::new(State::default()).reduce(Action::Shown {
        shown: shown_after_archive(&mut service),
        media: vec![],
    });
    let again = Rc::clone(&s).reduce(Action::Shown {
        shown: service.shown(NOW),
        media: vec![],
    });
    assert!(Rc::ptr_eq(
        s.view.as_ref().unwrap(),
        again.view.as_ref().unwrap()
    ));
    assert!(Rc::ptr_eq(&s.more, &again.more));
    assert!(
        Rc::ptr_eq(&s.library, &again.library),
        "no list sent: the page's stays"
    );
}

#[test]
fn opening_another_thread_shows_it_and_reopening_changes_nothing() {
    let mut service = Service::new();
    let s = Rc::new(State::default()).reduce(Action::Shown {
        shown: shown_after_archive(&mut service),
        media: vec![],
    });
    let other = s.more.entries[0].thread_id.clone();
    let s = s.reduce(Action::Open(other.clone()));
    assert_eq!(s.open.as_deref(), Some(other.as_str()));
    let s = s.reduce(Action::Shown {
        shown: service.open(other.clone(), NOW),
        media: vec![],
    });
    assert_eq!(s.current_thread_id().as_deref(), Some(other.as_str()));
    assert!(s.more.entries.iter().all(|e| e.thread_id != other));
    let again = Rc::clone(&s).reduce(Action::Open(other));
    assert!(Rc::ptr_eq(&s, &again), "no re-render for the same thread");
}

#[test]
fn progress_is_kept_per_load_and_added_up() {
    let p = |read, total, posts| Progress {
        bytes_read: read,
        bytes_total: total,
        posts,
    };
    let s = Rc::new(State::default())
        .reduce(Action::LoadStarted(1))
        .reduce(Action::LoadStarted(2));
    assert_eq!(s.progress(), None, "nothing reported yet");
    let s = s
        .reduce(Action::Progress(1, p(10, 100, 5)))
        .reduce(Action::Progress(2, p(1, 50, 0)));
    assert_eq!(s.progress(), Some(p(11, 150, 5)));
    // A report for a load that ended (or never was) changes nothing.
    let same = Rc::clone(&s).reduce(Action::Progress(9, p(1, 1, 1)));
    assert!(Rc::ptr_eq(&s, &same));
    let s = loaded(s, 1, vec![], None);
    assert_eq!(s.progress(), Some(p(1, 50, 0)));
    let s = loaded(s, 2, vec![], None);
    assert!(!s.is_loading());
}

#[test]
fn a_cancelled_load_leaves_at_once_and_its_end_is_ignored() {
    let mut service = Service::new();
    let s = Rc::new(State::default())
        .reduce(Action::LoadStarted(1))
        .reduce(Action::Cancelled(vec![1]));
    assert!(!s.is_loading(), "the bar goes at once");
    let after = loaded(
        Rc::clone(&s),
        1,
        vec![],
        Some(shown_after_archive(&mut service)),
    );
    assert!(Rc::ptr_eq(&s, &after), "nothing of it shows");
}

#[test]
fn reports_add_banner_lines_and_empty_reports_do_nothing() {
    let s = Rc::new(State::default());
    let same = Rc::clone(&s).reduce(Action::Report(vec![]));
    assert!(Rc::ptr_eq(&s, &same));
    let s = s.reduce(Action::Report(vec![LoadError::NothingPasted]));
    assert_eq!(s.errors, vec![LoadError::NothingPasted]);
    assert!(!s.is_loading(), "a report is not a load");
}

/// What the app does: the load's reply, then the views the worker sends ahead of it.
fn loaded_with_ahead(service: &mut Service) -> Rc<State> {
    let shown = shown_after_archive(service);
    let ahead = service.ahead(&shown, NOW);
    let s = loaded(
        Rc::new(State::default()).reduce(Action::LoadStarted(1)),
        1,
        vec![],
        Some(shown),
    );
    s.reduce(Action::Ahead {
        threads: ahead.threads,
        media: vec![],
    })
}

#[test]
fn a_thread_sent_ahead_shows_the_moment_it_is_opened_and_the_answer_keeps_it() {
    let mut service = Service::new();
    let s = loaded_with_ahead(&mut service);
    assert!(!s.ahead.is_empty(), "the sample's 'More from' comes ahead");
    let before = s.current_thread_id().unwrap();
    let next = s.more.entries[0].thread_id.clone();
    let s = s.reduce(Action::Open(next.clone()));
    assert_eq!(
        s.current_thread_id().as_deref(),
        Some(next.as_str()),
        "shown before any answer"
    );
    assert!(
        s.more.entries.iter().all(|e| e.thread_id != next),
        "and out of 'More from'"
    );
    assert!(
        s.more.entries.iter().any(|e| e.thread_id == before),
        "where the thread left is listed"
    );
    let view = Rc::clone(s.view.as_ref().unwrap());
    let more = Rc::clone(&s.more);
    // The page said it holds the view: the answer leaves it out.
    let answer = service.open_held(next.clone(), NOW);
    assert!(answer.held && answer.view.is_none());
    assert!(answer.more.entries.iter().all(|e| e.thread_id != next));
    let s = s.reduce(Action::Shown {
        shown: answer,
        media: vec![],
    });
    assert!(
        Rc::ptr_eq(s.view.as_ref().unwrap(), &view),
        "the held view stays: the article is not rendered again"
    );
    assert!(
        Rc::ptr_eq(&s.more, &more),
        "'More from' was already right: the side column is not rendered again"
    );
}

#[test]
fn a_thread_not_sent_ahead_waits_for_the_worker() {
    let mut service = Service::new();
    let s = loaded_with_ahead(&mut service);
    let before = s.current_thread_id();
    let s = s.reduce(Action::Open("1234".into()));
    assert_eq!(
        s.current_thread_id(),
        before,
        "the thread shown stays until the answer"
    );
    assert_eq!(s.open.as_deref(), Some("1234"));
}

#[test]
fn a_load_drops_the_views_sent_ahead_before_it() {
    let mut service = Service::new();
    let s = loaded_with_ahead(&mut service);
    let s = s.reduce(Action::LoadStarted(2));
    let s = loaded(s, 2, vec![], Some(service.shown(NOW)));
    assert!(
        s.ahead.is_empty(),
        "the library changed: they may be out of date"
    );
}
