//! Fixture tests of the thread integrity summary on real data: the alrocar_2022 archive's
//! 22-post thread numbered "1/40 … 20/40" and its 21-post continuation "21/40 … 40/40",
//! a real branch (a "wrong screenshot 😅" correction the thread does not follow), a gap made
//! by removing a post, and the Mastodon sample whose parent is missing. The rules themselves
//! are unit-tested in `present::numbering` and `present::integrity`.

use crate::support::fixtures;

use fixtures::*;
use unroll_core::import::{import_files, InputFile};
use unroll_core::present::{self, find_marker, GapView, Marker};

const THREAD_22: &str = "1579814683803910144";
const THREAD_21: &str = "1579835487627661313";
/// Jun 28, 2022: 11 posts, and a second reply of the author to its 7th.
const THREAD_JUNE: &str = "1541759795451117568";
const NOW: i64 = 1_669_852_800;

#[test]
fn the_22_post_thread_is_numbered_to_40() {
    let lib = alrocar();
    let v = present::thread_view(&lib, THREAD_22, NOW).expect("view");
    let i = &v.integrity;
    assert_eq!(
        i.summary_label,
        "22 tweets · no gaps · no branches · numbering says 40"
    );
    assert!(!i.complete);
    assert!(i.gaps.is_empty() && i.branches.is_empty());
    let n = i.numbering.as_ref().expect("numbered");
    assert!(n.mismatch);
    assert_eq!(
        n.notes,
        [
            "Marked 1/40 to 20/40 on posts #2 to #20.",
            "The markers count 40 posts; this thread has 22 posts.",
            "Numbers 21 to 40 are not in this thread.",
        ]
    );
    // The markers as written: post 2 opens "1/40 - Bank transactions", post 7 covers two
    // numbers ("6-7/40"), so post 8's "8/40" is in step; posts 1, 21 and 22 carry none.
    let markers: Vec<Option<Marker>> = lib
        .thread(THREAD_22)
        .expect("thread")
        .post_ids()
        .map(|id| find_marker(&post(&lib, id).plain_text()))
        .collect();
    let m = |first, last| {
        Some(Marker {
            first,
            last,
            total: Some(40),
        })
    };
    assert_eq!(markers.len(), 22);
    assert_eq!(markers[0], None);
    assert_eq!(markers[1], m(1, 1));
    assert_eq!(markers[6], m(6, 7));
    assert_eq!(markers[7], m(8, 8));
    assert_eq!(markers[19], m(20, 20));
    assert_eq!(markers[20..], [None, None]);
}

#[test]
fn the_21_post_continuation_starts_at_21() {
    let v = present::thread_view(&alrocar(), THREAD_21, NOW).expect("view");
    let i = &v.integrity;
    assert_eq!(
        i.summary_label,
        "21 tweets · no gaps · no branches · numbering says 40"
    );
    assert_eq!(
        i.numbering.as_ref().expect("numbered").notes,
        [
            "Marked 21/40 to 40/40 on posts #2 to #21.",
            "The markers count 40 posts; this thread has 21 posts.",
            "Numbers 1 to 20 are not in this thread; they may be in another.",
        ]
    );
}

#[test]
fn a_second_reply_to_one_post_is_in_the_thread() {
    let lib = alrocar();
    let v = present::thread_view(&lib, THREAD_JUNE, NOW).expect("view");
    // Post 7 (1541759826296012801) has two replies by the author: "The most active user
    // drawn a pixel…", which the thread goes on from, and the one-post "wrong screenshot 😅".
    // Both are in the thread, in time order.
    assert_eq!(v.post_count, 12);
    let ids: Vec<&str> = lib
        .thread(THREAD_JUNE)
        .expect("thread")
        .post_ids()
        .collect();
    assert_eq!(ids[6], "1541759826296012801");
    let wrong = ids.iter().position(|&id| id == "1541761343308668929");
    assert_eq!(wrong, Some(11), "last: it was written after the rest");
    let i = &v.integrity;
    assert_eq!(i.summary_label, "12 tweets · no gaps · 2 replies to #7");
    assert!(i.complete);
    assert_eq!(i.branches.len(), 1);
    assert_eq!(i.branches[0].label, "#7: 2 replies (#8, #12)");
}

#[test]
fn a_removed_post_is_a_gap_with_its_id() {
    let mut b = batch(&archive_files("alrocar_2022", &ALROCAR));
    // Without the 11th post ("11/40"), the archive (which has no conversation ids) splits:
    // the first ten posts, and a tail that opens with a gap.
    b.posts.retain(|p| p.id != "1579814750757990402");
    let lib = library(b);
    let head = present::thread_view(&lib, THREAD_22, NOW).expect("head");
    assert_eq!(
        head.integrity.summary_label,
        "10 tweets · no gaps · no branches · numbering says 40"
    );
    let tail = lib
        .threads()
        .iter()
        .find(|t| t.post_ids().any(|id| id == "1579837072432844800"))
        .expect("tail");
    let v = present::thread_view(&lib, &tail.id, NOW).expect("view");
    let i = &v.integrity;
    assert_eq!(
        i.summary_label,
        "11 tweets · 1 gap · no branches · numbering says 40"
    );
    assert_eq!(
        i.gaps,
        [GapView {
            place_label: "Before #1".into(),
            note: "Before #1: the post it replies to is not in the loaded files.".into(),
            missing_id: Some("1579814750757990402".into()),
            missing_url: Some("https://x.com/alrocar/status/1579814750757990402".into()),
        }]
    );
    assert_eq!(i.gaps_label, "");
    assert_eq!(
        i.numbering.as_ref().expect("numbered").notes,
        [
            "Marked 12/40 to 20/40 on posts #1 to #9.",
            "The markers count 40 posts; this thread has 11 posts.",
            "Numbers 21 to 40 are not in this thread.",
            "Numbers 1 to 11 are not in this thread; they may be in another.",
        ]
    );
}

#[test]
fn a_mastodon_reply_whose_parent_is_missing() {
    let rel = "mastodon/mastodonpy_status_reply_with_quote.json";
    let (batch, errors) = import_files(&[InputFile {
        name: rel.into(),
        bytes: read(rel),
    }]);
    assert!(errors.is_empty(), "{errors:?}");
    let lib = library(batch);
    let id = "117020583142008690";
    let v = present::thread_view(&lib, id, NOW).expect("view");
    let i = &v.integrity;
    assert_eq!(i.summary_label, "1 post · 1 gap · no branches");
    assert_eq!(
        i.gaps,
        [GapView {
            place_label: "Before #1".into(),
            note: "Before #1: the post it replies to is not in the loaded files.".into(),
            missing_id: Some("117020583129611179".into()),
            // Mastodon ids are the server's own: no URL is guessed.
            missing_url: None,
        }]
    );
    assert_eq!(
        i.branches_label,
        "No branches: the author replied once to each post."
    );
    assert_eq!(i.numbering, None);
}
