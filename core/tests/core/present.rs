//! Fixture tests of the ready-to-show labels (header, sidebar, library list) on real
//! archives: dates, counts, reading time, excerpts, "Read on X" and "More from @handle".

use crate::support::fixtures;

use fixtures::*;
use unroll_core::present::{self, ItemView};
use unroll_core::{related, time, Batch, Post};

const THREAD_22: &str = "1579814683803910144";

/// 2022-12-01T00:00:00Z and 2025-01-01T00:00:00Z.
const NOW_2022: i64 = 1_669_852_800;
const NOW_2025: i64 = 1_735_689_600;

#[test]
fn header_of_the_22_post_thread() {
    let lib = alrocar();
    let v = present::thread_view(&lib, THREAD_22, NOW_2022).expect("view");
    assert_eq!(v.author.handle, "alrocar");
    assert_eq!(v.date_label, "Oct 11, 2022");
    assert_eq!(v.post_count, 22);
    assert_eq!(v.count_label, "22 tweets");
    assert_eq!(
        v.original_url,
        "https://x.com/alrocar/status/1579814683803910144"
    );
    assert_eq!(v.original_label, "Read on X");
    // Reading time: words / 200, rounded up.
    let words: usize = lib
        .thread(THREAD_22)
        .expect("thread")
        .post_ids()
        .map(|id| post(&lib, id).plain_text().split_whitespace().count())
        .sum();
    assert_eq!(words, 648);
    assert_eq!(v.read_label, "4 min read");
    assert_eq!(v.items.len(), 22);
    match (&v.items[0], &v.items[21]) {
        (ItemView::Post(first), ItemView::Post(last)) => {
            assert_eq!(first.number, 1);
            assert_eq!(first.time_label, "12:42 PM · Oct 11, 2022");
            assert_eq!(
                first.permalink,
                "https://x.com/alrocar/status/1579814683803910144"
            );
            assert_eq!(last.number, 22);
            assert_eq!(last.id, "1579837072432844800");
            assert!(last.quote.is_some());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn unknown_thread_has_no_view() {
    assert!(present::thread_view(&alrocar(), "nope", NOW_2022).is_none());
    assert!(related::more_from_author(&alrocar(), "nope", NOW_2022).is_empty());
}

#[test]
fn gap_has_a_visible_label() {
    let mut b = batch(&archive_files("alrocar_2022", &ALROCAR));
    // Remove the 11th post; the remaining tail opens with a gap.
    b.posts.retain(|p| p.id != "1579814750757990402");
    let lib = library(b);
    let tail = lib
        .threads()
        .iter()
        .find(|t| t.post_ids().any(|id| id == "1579837072432844800"))
        .expect("tail");
    let v = present::thread_view(&lib, &tail.id, NOW_2022).expect("view");
    assert_eq!(
        v.items[0],
        ItemView::Gap {
            label: "1 or more posts are missing here".into()
        }
    );
    assert_eq!(v.count_label, "11 tweets");
    match &v.items[1] {
        ItemView::Post(p) => assert_eq!(p.number, 1),
        other => panic!("{other:?}"),
    }
}

#[test]
fn summaries_newest_first_with_dates_and_excerpts() {
    let lib = alrocar();
    let all = present::library_summaries(&lib, NOW_2022);
    assert_eq!(all.len(), 34);
    assert!(all.windows(2).all(|w| w[0].created_at >= w[1].created_at));
    let s = all
        .iter()
        .find(|s| s.thread_id == THREAD_22)
        .expect("summary");
    assert_eq!(s.read_label, "Read 22 tweets");
    assert_eq!(s.post_count, 22);
    assert_eq!(s.date_label, "Oct 11", "no year in the current year");
    assert_eq!(s.author_handle, "alrocar");
    let later = present::library_summaries(&lib, NOW_2025);
    let s2 = later
        .iter()
        .find(|s| s.thread_id == THREAD_22)
        .expect("summary");
    assert_eq!(s2.date_label, "Oct 11, 2022");
    // The excerpt: whitespace collapsed, cut at a word boundary before 200 characters (the
    // 200th falls inside "reverse").
    assert_eq!(
        s.excerpt,
        "My recipe to learning data engineering for the last 10 years: study - work - have fun \
         🩰 1% of what I learnt was studying a master degree 💼 9% was paid work 🛹 90% was just \
         for fun: at hackathons and…"
    );
    assert!(s.excerpt.chars().count() <= 201);
}

#[test]
fn more_from_author_excludes_the_thread_newest_first() {
    let lib = alrocar();
    let more = related::more_from_author(&lib, THREAD_22, NOW_2022);
    assert_eq!(more.len(), 33);
    assert!(more.iter().all(|s| s.thread_id != THREAD_22));
    assert!(more.windows(2).all(|w| w[0].created_at >= w[1].created_at));
    assert_eq!(more[0].thread_id, "1587541485343444992");
    assert_eq!(more[0].date_label, "Nov 1");
    assert_eq!(more[0].read_label, "Read 2 tweets");
    // The 21-post follow-up thread is among them.
    let follow = more
        .iter()
        .find(|s| s.thread_id == "1579835487627661313")
        .expect("21");
    assert_eq!(follow.read_label, "Read 21 tweets");
    assert!(follow
        .excerpt
        .starts_with("And the rest 20 👇 21/40 - Animated 4 color theorem"));
}

#[test]
fn japanese_thread_labels() {
    let lib = dsaj();
    let t = lib
        .threads()
        .iter()
        .find(|t| t.post_count() == 15)
        .expect("15");
    let v = present::thread_view(&lib, &t.id, NOW_2022).expect("view");
    assert_eq!(v.count_label, "15 tweets");
    assert_eq!(v.date_label, "Jun 7, 2019");
    assert_eq!(
        v.original_url,
        "https://x.com/E31415926/status/1136989632044752896"
    );
    // Japanese has no spaces: two characters count as a word (448 "words" in 1,061
    // characters here).
    assert_eq!(v.read_label, "3 min read");
    let s = present::library_summaries(&lib, NOW_2022)
        .into_iter()
        .find(|s| s.thread_id == t.id)
        .expect("summary");
    assert!(s
        .excerpt
        .starts_with("土日でレインボーテーブルを実装してみたい"));
    assert!(s.excerpt.ends_with('…'));
    // Cut at the last space (between two posts) before the 200th character.
    let n = s.excerpt.chars().count();
    assert!((100..=201).contains(&n), "{n}");
    assert!(!s.excerpt.contains("  "));
}

/// A file with one original tweet and no thread still shows it, as a one-tweet thread.
#[test]
fn single_tweet_shows_as_one_tweet() {
    let b = batch(&archive_files("dsajgiouawj_2020", &DSAJ));
    let single = b
        .posts
        .iter()
        .find(|p| p.id == "1302482837803692034")
        .cloned()
        .map(|p| Post {
            // As import marks the posts of a file that holds no thread.
            standalone: true,
            ..p
        })
        .expect("post");
    let lib = library(Batch {
        authors: b.authors.clone(),
        posts: vec![single],
    });
    assert_eq!(lib.threads().len(), 1);
    let v = present::thread_view(&lib, "1302482837803692034", NOW_2022).expect("view");
    assert_eq!(v.date_label, "Sep 6, 2020");
    assert_eq!(v.count_label, "1 tweet");
    assert_eq!(v.read_label, "1 min read");
    assert_eq!(time::format_date(v.created_at), "Sep 6, 2020");
    let s = present::library_summaries(&lib, NOW_2022);
    assert_eq!(s[0].read_label, "Read 1 tweet");
    assert_eq!(s[0].date_label, "Sep 6, 2020");
}

#[test]
fn a_compat_mode_cut_post_says_it_is_cut_and_links_to_the_whole() {
    // python-twitter's compat-mode status: `truncated`, no `extended_tweet`.
    let status = unroll_core::import::InputFile {
        name: "status.json".into(),
        bytes: read("twitter-v1.1/python-twitter_extended_tweet_in_compat_mode.json"),
    };
    let (batch, errors) = unroll_core::import::import_files(&[status]);
    assert!(errors.is_empty(), "{errors:?}");
    let lib = library(batch);
    let v = present::thread_view(&lib, "782737772490600448", NOW_2022).expect("view");
    let [ItemView::Post(p)] = &v.items[..] else {
        panic!("one post: {:?}", v.items)
    };
    let notice = p.cut_notice.as_ref().expect("a cut notice");
    assert_eq!(notice.label, "This post is cut short in the file.");
    assert_eq!(notice.link_label, "Read it whole on X");
    assert_eq!(
        notice.url,
        "https://x.com/notinourselves/status/782737772490600448"
    );
    // A whole post has none.
    let whole = present::thread_view(&alrocar(), THREAD_22, NOW_2022).expect("view");
    assert!(whole.items.iter().all(|i| match i {
        ItemView::Post(p) => p.cut_notice.is_none(),
        ItemView::Gap { .. } => true,
    }));
}

/// A file of one post dropped beside an archive that has threads is listed too: before, one
/// post was a thread only when nothing loaded had two, so it vanished without a word.
#[test]
fn a_single_post_file_beside_an_archive_is_listed() {
    let mut files = archive_files("alrocar_2022", &["tweets.js", "account.js", "profile.js"]);
    let status = "twitter-v1.1/python-twitter_extended_tweet_in_extended_mode.json";
    files.push(unroll_core::import::InputFile {
        name: "status.json".into(),
        bytes: read(status),
    });
    let (b, errors) = unroll_core::import::import_files(&files);
    assert!(errors.is_empty(), "{errors:?}");
    let lib = library(b);
    assert_eq!(
        lib.threads().len(),
        35,
        "alrocar's 34 threads and the status"
    );
    let t = lib
        .thread("782737772490600448")
        .expect("the status is a thread");
    assert_eq!(t.post_count(), 1);
    // The archive's own single posts stay out of the list, as before.
    assert!(lib
        .threads()
        .iter()
        .all(|t| t.id == "782737772490600448" || t.post_count() >= 2));
}
