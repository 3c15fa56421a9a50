//! The service's decisions, on hand-made batches of self-reply chains: which thread a load
//! opens, what stays open, and the side column's capped lists.

use super::*;
use crate::model::{Author, Network, Post, ReplyTo, Segment, SourceFormat};

const NOW: i64 = 1_700_000_000;

fn author(id: &str, handle: &str) -> Author {
    Author {
        id: id.into(),
        handle: handle.into(),
        display_name: handle.to_uppercase(),
        network: Network::X,
        ..Author::default()
    }
}

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

/// The thread ids a side-column list holds, in order.
fn ids(list: &ThreadList) -> Vec<&str> {
    list.entries.iter().map(|e| e.thread_id.as_str()).collect()
}

fn shown_id(shown: &Shown) -> Option<&str> {
    shown.view.as_ref().map(|v| v.id.as_str())
}

#[test]
fn a_load_opens_the_longest_thread_it_brought() {
    let mut s = Service::new();
    assert!(s.add(long_and_short()));
    let shown = s.shown(NOW);
    assert_eq!(shown.open.as_deref(), Some("100"));
    assert_eq!(shown_id(&shown), Some("100"));
    assert_eq!(shown.library.map(|l| l.total), Some(2));
}

#[test]
fn longest_prefers_the_newest_of_equal_lengths() {
    let a = author("1", "ann");
    let mut s = Service::new();
    s.add(batch(
        &a,
        vec![
            chain(&a, 100, 2, 1_600_000_000),
            chain(&a, 200, 2, 1_660_000_000),
        ],
    ));
    assert_eq!(s.current(), Some("200"));
}

#[test]
fn a_later_load_keeps_the_open_thread_and_everything_loaded_before() {
    let a = author("1", "ann");
    let z = author("2", "zed");
    let mut s = Service::new();
    s.add(batch(&a, vec![chain(&a, 100, 3, 1_600_000_000)]));
    s.add(batch(&z, vec![chain(&z, 900, 2, 1_700_000_000)]));
    assert_eq!(s.current(), Some("100"), "an open thread stays open");
    assert_eq!(s.library().threads().len(), 2);
    assert!(s.library().thread("900").is_some());
}

#[test]
fn an_empty_batch_changes_nothing() {
    let mut s = Service::new();
    s.add(long_and_short());
    let before = s.library().clone();
    assert!(!s.add(Batch::default()));
    assert_eq!(*s.library(), before);
    assert_eq!(s.current(), Some("100"));
}

#[test]
fn an_id_from_the_url_waits_for_its_thread_and_wins() {
    let mut s = Service::new();
    // `#t=200` on start, before `?src` has loaded anything.
    let shown = s.open("200".into(), NOW);
    assert_eq!(shown.view, None);
    assert_eq!(shown.open.as_deref(), Some("200"));
    s.add(long_and_short());
    assert_eq!(
        s.current(),
        Some("200"),
        "the URL's thread wins over the longest"
    );
}

#[test]
fn an_unknown_open_id_falls_back_to_the_loaded_threads() {
    let a = author("1", "ann");
    let mut s = Service::new();
    s.open("gone".into(), NOW);
    s.add(batch(&a, vec![chain(&a, 100, 2, 1_600_000_000)]));
    let shown = s.shown(NOW);
    assert_eq!(shown.open.as_deref(), Some("100"));
    // Asked for again after the load, an unknown id shows the newest, and stays asked.
    let shown = s.open("gone".into(), NOW);
    assert_eq!(shown_id(&shown), Some("100"));
    assert_eq!(shown.open.as_deref(), Some("gone"));
}

#[test]
fn opening_switches_threads_and_more_from_leaves_out_the_open_one() {
    let mut s = Service::new();
    s.add(long_and_short());
    let shown = s.open("200".into(), NOW);
    assert_eq!(shown_id(&shown), Some("200"));
    let more = ids(&shown.more);
    assert_eq!(more, ["100"]);
    assert_eq!(shown.more.total, 1);
}

/// Ann's `n` two-post threads, newest last, ids 1000, 1002, …
fn many(n: u64) -> Batch {
    let a = author("1", "ann");
    let chains = (0..n)
        .map(|i| chain(&a, 1000 + 2 * i, 2, 1_600_000_000 + i as i64 * 3600))
        .collect();
    batch(&a, chains)
}

#[test]
fn lists_are_capped_until_the_person_asks_for_all() {
    let mut s = Service::new();
    s.add(many(40));
    let shown = s.shown(NOW);
    let library = shown.library.expect("first list");
    assert_eq!((library.entries.len(), library.total), (LIST_CAP, 40));
    assert!(!library.is_whole());
    assert_eq!((shown.more.entries.len(), shown.more.total), (LIST_CAP, 39));
    // The same list again is not sent again.
    assert_eq!(s.shown(NOW).library, None);
    let all = s
        .show_all(ListKind::Library, NOW)
        .library
        .expect("the whole list");
    assert!(all.is_whole());
    assert_eq!(all.entries.len(), 40);
    let more = s.show_all(ListKind::More, NOW).more;
    assert_eq!(more.entries.len(), 39);
}

#[test]
fn the_open_thread_is_always_in_the_capped_library_list() {
    let mut s = Service::new();
    s.add(many(40));
    // The oldest thread sorts last: it takes the last of the capped slots.
    let shown = s.open("1000".into(), NOW);
    let library = shown.library.expect("a new list");
    assert_eq!(library.entries.len(), LIST_CAP);
    assert_eq!(
        library.entries.last().map(|e| e.thread_id.as_str()),
        Some("1000")
    );
    assert_eq!(
        library.entries.first().map(|e| e.thread_id.as_str()),
        Some("1078")
    );
}

#[test]
fn a_load_sends_the_library_list_again() {
    let mut s = Service::new();
    s.add(many(3));
    assert!(s.shown(NOW).library.is_some());
    let z = author("2", "zed");
    s.add(batch(&z, vec![chain(&z, 900, 2, 1_700_000_000)]));
    assert_eq!(s.shown(NOW).library.map(|l| l.total), Some(4));
}

#[test]
fn export_names_the_file_and_refuses_unloaded_threads() {
    let mut s = Service::new();
    s.add(long_and_short());
    let (name, json) = s.export("100", NOW).expect("loaded");
    assert_eq!(name, "unroll-thread-100.json");
    assert!(json.contains("\"exported_at\": 1700000000"), "{json}");
    assert_eq!(
        s.export("nope", NOW),
        Err("thread nope is not loaded".into())
    );
}

#[test]
fn the_page_is_told_of_the_archive_media_of_the_thread_it_shows_only() {
    let a = author("1", "ann");
    let photo = |id: &str| crate::model::Media {
        url: format!("https://pbs.twimg.com/media/P{id}.jpg"),
        ..crate::model::Media::default()
    };
    let mut posts = chain(&a, 100, 2, 1_600_000_000);
    posts[1].media = vec![photo("101")];
    let mut other = chain(&a, 200, 2, 1_500_000_000);
    other[0].media = vec![photo("200")];
    let mut s = Service::new();
    s.add(batch(&a, vec![posts, other]));
    let file = |path: &str| MediaRef {
        file: 7,
        path: path.to_string(),
        entry: None,
    };
    s.add_media(vec![
        file("data/tweets_media/101-P101.jpg"),
        file("data/tweets_media/200-P200.jpg"),
        file("data/tweets_media/999-P999.jpg"),
    ]);
    let shown = s.open("100".into(), NOW);
    assert_eq!(shown.media, vec![file("data/tweets_media/101-P101.jpg")]);
    let shown = s.open("200".into(), NOW);
    assert_eq!(shown.media, vec![file("data/tweets_media/200-P200.jpg")]);
}

#[test]
fn the_first_more_from_entries_come_ahead_as_the_views_an_open_would_show() {
    let mut s = Service::new();
    s.add(many(8));
    let shown = s.shown(NOW);
    let ahead = s.ahead(&shown, NOW);
    let all = ids(&shown.more);
    let first = &all[..AHEAD];
    let views: Vec<&str> = ahead.threads.iter().map(|t| t.view.id.as_str()).collect();
    assert_eq!(views, first, "the first {AHEAD} entries, in their order");
    let opened = s.open(first[1].to_string(), NOW);
    assert_eq!(
        opened.view.as_ref(),
        Some(&ahead.threads[1].view),
        "the same view the open shows"
    );
    assert_eq!(
        opened.more, ahead.threads[1].more,
        "and the same 'More from'"
    );
}

#[test]
fn long_threads_do_not_come_ahead() {
    let a = author("1", "ann");
    let long = AHEAD_POSTS as u64 + 1;
    let mut s = Service::new();
    s.add(batch(
        &a,
        vec![
            chain(&a, 10_000, 2, 1_700_000_000),
            chain(&a, 100, long, 1_600_000_000),
            chain(&a, 20_000, 2, 1_500_000_000),
        ],
    ));
    let shown = s.open("10000".into(), NOW);
    let more = ids(&shown.more);
    assert_eq!(more, ["100", "20000"]);
    let ahead = s.ahead(&shown, NOW);
    let views: Vec<&str> = ahead.threads.iter().map(|t| t.view.id.as_str()).collect();
    assert_eq!(views, ["20000"], "the {long}-post thread is left out");
}

#[test]
fn an_open_of_a_held_view_answers_without_it_unless_another_thread_shows() {
    let mut s = Service::new();
    s.add(long_and_short());
    let held = s.open_held("100".into(), NOW);
    assert!(held.held);
    assert_eq!(held.view, None, "the page has it");
    assert_eq!(held.open.as_deref(), Some("100"));
    let more = ids(&held.more);
    assert_eq!(more, ["200"]);
    let gone = s.open_held("gone".into(), NOW);
    assert!(
        !gone.held,
        "an unloaded thread: the newest shows, and is sent"
    );
    assert_eq!(shown_id(&gone), Some("200"));
}
