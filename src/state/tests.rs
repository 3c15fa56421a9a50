//! Reducer tests: loads, opening, errors; built from hand-made batches of self-reply chains.

use std::rc::Rc;

use unroll_core::{
    Author, Batch, ImportError, ImportErrorKind, Network, Post, ReplyTo, Segment, SourceFormat,
};
use yew::Reducible;

use super::{Action, State};
use crate::error::LoadError;

fn author(id: &str, handle: &str) -> Author {
    Author {
        id: id.into(),
        handle: handle.into(),
        display_name: handle.to_uppercase(),
        avatar_url: None,
        network: Network::X,
        emojis: Vec::new(),
    }
}

/// A post of `author`, replying to `parent`; every field the model gains later takes its
/// default.
fn post(id: &str, author: &Author, at: i64, parent: Option<&str>) -> Post {
    Post {
        id: id.into(),
        author_id: author.id.clone(),
        created_at: at,
        segments: vec![Segment::Text {
            text: format!("post {id}"),
        }],
        reply_to: parent.map(|p| ReplyTo {
            post_id: p.into(),
            user_id: Some(author.id.clone()),
            handle: Some(author.handle.clone()),
        }),
        lang: Some("en".into()),
        permalink: format!("https://x.com/{}/status/{id}", author.handle),
        source: SourceFormat::Unroll,
        ..Post::default()
    }
}

/// A self-reply chain `first, first+1, …` of `len` posts starting at time `at`.
fn chain(a: &Author, first: u64, len: u64, at: i64) -> Vec<Post> {
    (0..len)
        .map(|i| {
            let id = (first + i).to_string();
            let parent = (i > 0).then(|| (first + i - 1).to_string());
            post(&id, a, at + i as i64 * 60, parent.as_deref())
        })
        .collect()
}

fn batch(a: &Author, chains: Vec<Vec<Post>>) -> Batch {
    Batch {
        authors: vec![a.clone()],
        posts: chains.into_iter().flatten().collect(),
    }
}

fn syntax_error(file: &str) -> LoadError {
    LoadError::Import(ImportError::new(
        file,
        ImportErrorKind::Syntax {
            format: "Unroll JSON",
            line: 1,
            column: 2,
            message: "expected value".into(),
        },
    ))
}

fn load(state: Rc<State>, batch: Batch, errors: Vec<LoadError>) -> Rc<State> {
    state
        .reduce(Action::LoadStarted)
        .reduce(Action::FilesLoaded {
            batch,
            errors,
            media: vec![],
        })
}

/// Ann's older long chain (3 posts from 100, 2020) and newer short chain (2 from 200, 2022).
fn long_and_short() -> Batch {
    let a = author("1", "ann");
    batch(
        &a,
        vec![
            chain(&a, 100, 3, 1_600_000_000),
            chain(&a, 200, 2, 1_660_000_000),
        ],
    )
}

#[test]
fn a_load_opens_the_longest_thread_it_brought() {
    let b = long_and_short();
    let s = load(Rc::new(State::default()), b, vec![]);
    assert_eq!(s.open.as_deref(), Some("100"));
    assert_eq!(s.current_thread_id().as_deref(), Some("100"));
    assert_eq!(s.library.borrow().threads().len(), 2);
    assert!(!s.is_loading());
    assert_eq!(s.revision, 1);
}

#[test]
fn a_load_added_in_steps_ends_as_a_load_added_at_once() {
    let b = long_and_short();
    let at_once = load(Rc::new(State::default()), b.clone(), vec![]);
    let started = Rc::new(State::default()).reduce(Action::LoadStarted);
    assert!(started.library.claim());
    assert!(
        !started.library.claim(),
        "a second load waits for the first"
    );
    let mut addition = unroll_core::Addition::new(b);
    let mut steps = 1;
    while !started.library.add_step(&mut addition) {
        steps += 1;
        assert_eq!(started.revision, 0, "nothing shows until the load reports");
    }
    assert!(steps > 1);
    assert!(started.library.claim(), "the claim ends with the addition");
    let picked = started.library.picked(&addition);
    let stepped = started.reduce(Action::Added {
        changed: true,
        picked,
        errors: vec![],
        media: vec![],
    });
    assert_eq!(stepped.open, at_once.open);
    assert_eq!(stepped.revision, 1);
    assert!(!stepped.is_loading());
    assert_eq!(*stepped.library.borrow(), *at_once.library.borrow());
}

#[test]
fn longest_prefers_the_newest_of_equal_lengths() {
    let a = author("1", "ann");
    let b = batch(
        &a,
        vec![
            chain(&a, 100, 2, 1_600_000_000),
            chain(&a, 200, 2, 1_660_000_000),
        ],
    );
    let s = load(Rc::new(State::default()), b, vec![]);
    assert_eq!(s.open.as_deref(), Some("200"));
}

#[test]
fn a_later_load_keeps_the_open_thread_and_everything_loaded_before() {
    let a = author("1", "ann");
    let z = author("2", "zed");
    let s = load(
        Rc::new(State::default()),
        batch(&a, vec![chain(&a, 100, 3, 1_600_000_000)]),
        vec![],
    );
    let s = load(s, batch(&z, vec![chain(&z, 900, 2, 1_700_000_000)]), vec![]);
    assert_eq!(s.open.as_deref(), Some("100"), "an open thread stays open");
    assert_eq!(s.library.borrow().threads().len(), 2);
    assert!(s.library.borrow().thread("900").is_some());
    assert_eq!(s.revision, 2);
}

#[test]
fn a_failed_load_reports_and_loses_nothing() {
    let a = author("1", "ann");
    let s = load(
        Rc::new(State::default()),
        batch(&a, vec![chain(&a, 100, 3, 1_600_000_000)]),
        vec![],
    );
    let before = s.library.borrow().clone();
    let s = load(s, Batch::default(), vec![syntax_error("broken.json")]);
    assert_eq!(*s.library.borrow(), before, "library untouched");
    assert_eq!(s.revision, 1);
    assert_eq!(s.open.as_deref(), Some("100"));
    assert_eq!(s.errors, vec![syntax_error("broken.json")]);
    assert!(!s.is_loading());
}

#[test]
fn errors_and_threads_of_one_load_arrive_together() {
    let a = author("1", "ann");
    let s = load(
        Rc::new(State::default()),
        batch(&a, vec![chain(&a, 100, 2, 1_600_000_000)]),
        vec![syntax_error("other.json")],
    );
    assert_eq!(s.open.as_deref(), Some("100"));
    assert_eq!(s.errors.len(), 1);
    let s = s.reduce(Action::DismissError);
    assert!(s.errors.is_empty());
    assert_eq!(
        s.library.borrow().threads().len(),
        1,
        "dismissing keeps the threads"
    );
}

#[test]
fn an_id_from_the_url_waits_for_its_thread_and_wins() {
    let a = author("1", "ann");
    // `#t=200` on start, before `?src` has loaded anything.
    let s = Rc::new(State::default()).reduce(Action::Open("200".into()));
    assert_eq!(s.current_thread_id(), None);
    let s = load(
        s,
        batch(
            &a,
            vec![
                chain(&a, 100, 3, 1_600_000_000),
                chain(&a, 200, 2, 1_660_000_000),
            ],
        ),
        vec![],
    );
    assert_eq!(
        s.open.as_deref(),
        Some("200"),
        "the URL's thread wins over the longest"
    );
}

#[test]
fn an_unknown_open_id_falls_back_to_the_loaded_threads() {
    let a = author("1", "ann");
    let s = Rc::new(State::default()).reduce(Action::Open("gone".into()));
    let s = load(s, batch(&a, vec![chain(&a, 100, 2, 1_600_000_000)]), vec![]);
    assert_eq!(s.open.as_deref(), Some("100"));
}

#[test]
fn opening_switches_threads_and_reopening_changes_nothing() {
    let a = author("1", "ann");
    let s = load(
        Rc::new(State::default()),
        batch(
            &a,
            vec![
                chain(&a, 100, 3, 1_600_000_000),
                chain(&a, 200, 2, 1_660_000_000),
            ],
        ),
        vec![],
    );
    let s = s.reduce(Action::Open("100".into()));
    assert_eq!(s.current_thread_id().as_deref(), Some("100"));
    let again = Rc::clone(&s).reduce(Action::Open("100".into()));
    assert!(Rc::ptr_eq(&s, &again), "no re-render for the same thread");
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

#[test]
fn the_loading_count_never_underflows() {
    let s = Rc::new(State::default())
        .reduce(Action::LoadStarted)
        .reduce(Action::LoadStarted);
    assert!(s.is_loading());
    let done = |s: Rc<State>| {
        s.reduce(Action::FilesLoaded {
            batch: Batch::default(),
            errors: vec![],
            media: vec![],
        })
    };
    let s = done(s);
    assert!(s.is_loading(), "one of two loads still running");
    let s = done(done(s));
    assert_eq!(s.loading, 0);
}
