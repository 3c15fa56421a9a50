//! Fixture tests of thread assembly on real archives: thread counts and lengths, order by
//! time whatever the file order, gaps, duplicates, reposts, and the library's merge.

use crate::support::fixtures;

use fixtures::*;
use unroll_core::{Batch, Library, Post, Segment, ThreadItem};

const THREAD_22_FIRST: &str = "1579814683803910144";
const THREAD_22_LAST: &str = "1579837072432844800";

#[test]
fn alrocar_threads_and_lengths() {
    let lib = alrocar();
    assert_eq!(lib.threads().len(), 34);
    let lens = lengths(&lib);
    assert_eq!(lens[..7], [22, 21, 18, 13, 13, 12, 12]);
    assert_eq!(lens.iter().filter(|&&n| n == 2).count(), 14);
    assert!(lens.iter().all(|&n| n >= 2));
    // Every one of the 171 self-replies is in a thread, beside the 34 thread starts.
    assert_eq!(lens.iter().sum::<usize>(), 171 + 34);
}

#[test]
fn the_22_post_thread_in_time_order() {
    let lib = alrocar();
    let t = lib.thread(THREAD_22_FIRST).expect("thread");
    assert_eq!(t.post_count(), 22);
    assert_eq!(t.author_id, "52338276");
    let ids: Vec<&str> = t.post_ids().collect();
    assert_eq!(ids.first(), Some(&THREAD_22_FIRST));
    assert_eq!(ids.last(), Some(&THREAD_22_LAST));
    assert_eq!(ids[1], "1579814689827360768");
    assert!(t.items.iter().all(|i| matches!(i, ThreadItem::Post { .. })));
    let times: Vec<i64> = ids.iter().map(|id| post(&lib, id).created_at).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
    // Each post replies to the one before it.
    for w in ids.windows(2) {
        let reply = post(&lib, w[1]).reply_to.as_ref().expect("reply");
        assert_eq!(reply.post_id, w[0]);
    }
    // Posts 2..=20 are numbered "1/40" … "20/40" (one covers "6-7/40"); the 21st says the
    // rest follows elsewhere.
    let numbers: Vec<String> = ids[1..20]
        .iter()
        .map(|id| {
            let text = post(&lib, id).plain_text();
            text.split_once(" - ")
                .map_or(text.clone(), |(n, _)| n.to_string())
        })
        .collect();
    let mut expected: Vec<String> = (1..=5).map(|n| format!("{n}/40")).collect();
    expected.push("6-7/40".into());
    expected.extend((8..=20).map(|n| format!("{n}/40")));
    assert_eq!(numbers, expected);
    assert!(post(&lib, ids[20])
        .plain_text()
        .starts_with("I can't add more tweets to the thread"));
}

#[test]
fn the_other_long_chains() {
    let lib = alrocar();
    let find = |n: usize| -> Vec<(String, String)> {
        lib.threads()
            .iter()
            .filter(|t| t.post_count() == n)
            .map(|t| {
                let ids: Vec<&str> = t.post_ids().collect();
                (ids[0].to_string(), ids[ids.len() - 1].to_string())
            })
            .collect()
    };
    assert_eq!(
        find(21),
        [("1579835487627661313".into(), "1579835994953875456".into())]
    );
    assert_eq!(
        find(18),
        [("1496534632497561607".into(), "1496534731806101515".into())]
    );
    assert_eq!(
        find(13),
        [
            ("1497870744428191744".into(), "1497871001287282692".into()),
            ("1102341085681106945".into(), "1102341143017254912".into()),
        ]
    );
}

#[test]
fn threads_are_newest_first() {
    let lib = alrocar();
    let times: Vec<i64> = lib
        .threads()
        .iter()
        .map(|t| post(&lib, &t.id).created_at)
        .collect();
    assert!(times.windows(2).all(|w| w[0] >= w[1]));
}

/// Where the author replied twice to one post, both replies are in the thread, in time order.
#[test]
fn both_replies_to_one_post_are_in_its_thread() {
    let lib = alrocar();
    // 1541759826296012801 has two self-replies: 1541759830926450690 (a chain of four) and,
    // 25 minutes later, 1541761343308668929 (alone).
    let t = lib
        .threads()
        .iter()
        .find(|t| t.post_ids().any(|id| id == "1541759826296012801"))
        .expect("thread");
    let ids: Vec<&str> = t.post_ids().collect();
    let at = |id: &str| ids.iter().position(|i| *i == id).expect("in the thread");
    assert_eq!(at("1541759830926450690"), at("1541759826296012801") + 1);
    assert!(at("1541761343308668929") > at("1541759830926450690"));
    let times: Vec<i64> = ids.iter().map(|id| post(&lib, id).created_at).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
}

#[test]
fn dsajgiouawj_longest_chain_is_15() {
    let lib = dsaj();
    assert_eq!(lib.threads().len(), 81);
    let lens = lengths(&lib);
    assert_eq!(lens[..4], [15, 5, 5, 4]);
    let t = lib
        .threads()
        .iter()
        .find(|t| t.post_count() == 15)
        .expect("15");
    let ids: Vec<&str> = t.post_ids().collect();
    assert_eq!(ids[0], "1136989632044752896");
    assert_eq!(ids[14], "1146483350451806208");
    assert_eq!(
        post(&lib, ids[0]).segments,
        vec![Segment::Text {
            text: "土日でレインボーテーブルを実装してみたい".into()
        }]
    );
}

#[test]
fn file_order_does_not_matter() {
    let reference = all_items(&alrocar());
    for seed in [1, 7, 2024] {
        let mut b = batch(&archive_files("alrocar_2022", &ALROCAR));
        shuffle(&mut b.posts, seed);
        // Also loaded in three drops instead of one.
        let mut lib = Library::new();
        let authors = std::mem::take(&mut b.authors);
        let mut chunks: Vec<Vec<Post>> = b.posts.chunks(150).map(<[Post]>::to_vec).collect();
        chunks.reverse();
        for (i, posts) in chunks.into_iter().enumerate() {
            let authors = if i == 0 { authors.clone() } else { Vec::new() };
            lib.add(Batch { authors, posts });
        }
        assert_eq!(all_items(&lib), reference, "seed {seed}");
    }
}

#[test]
fn shuffled_archive_file_gives_the_same_threads() {
    let archive = read_text("twitter-archive/alrocar_2022/tweets.js");
    let body = archive.split_once('=').expect("assignment").1;
    let mut items: Vec<serde_json::Value> = serde_json::from_str(body).expect("json");
    shuffle(&mut items, 99);
    let text = format!(
        "window.YTD.tweets.part0 = {}",
        serde_json::to_string(&items).expect("json")
    );
    let mut files = archive_files("alrocar_2022", &["account.js"]);
    files.push(file("tweets.js", &text));
    assert_eq!(all_items(&library(batch(&files))), all_items(&alrocar()));
}

/// A missing middle post: archives carry no conversation id, so the chain after the hole
/// becomes its own thread, opening with a visible gap (not silently joined, not dropped).
#[test]
fn missing_middle_post_shows_a_gap() {
    let mut b = batch(&archive_files("alrocar_2022", &ALROCAR));
    let full = alrocar();
    let ids: Vec<String> = full
        .thread(THREAD_22_FIRST)
        .expect("thread")
        .post_ids()
        .map(str::to_string)
        .collect();
    let removed = ids[10].clone();
    b.posts.retain(|p| p.id != removed);
    let lib = library(b);
    let head = lib.thread(THREAD_22_FIRST).expect("head");
    assert_eq!(items(head), ids[..10]);
    let tail = lib.thread(&ids[11]).expect("tail");
    let mut expected = vec![format!("gap:{removed}")];
    expected.extend(ids[11..].iter().cloned());
    assert_eq!(items(tail), expected);
    assert_eq!(tail.post_count(), 11);
}

/// With conversation ids (as X API v2 gives them) the two halves are one thread with the
/// gap between them.
#[test]
fn missing_post_with_conversation_id_joins_with_a_gap() {
    let mut b = batch(&archive_files("alrocar_2022", &ALROCAR));
    let ids: Vec<String> = alrocar()
        .thread(THREAD_22_FIRST)
        .expect("thread")
        .post_ids()
        .map(str::to_string)
        .collect();
    let removed = ids[10].clone();
    b.posts.retain(|p| p.id != removed);
    for p in &mut b.posts {
        if ids.contains(&p.id) {
            p.conversation_id = Some(THREAD_22_FIRST.to_string());
        }
    }
    let lib = library(b);
    let t = lib.thread(THREAD_22_FIRST).expect("thread");
    let mut expected: Vec<String> = ids[..10].to_vec();
    expected.push(format!("gap:{removed}"));
    expected.extend(ids[11..].iter().cloned());
    assert_eq!(items(t), expected);
    assert!(lib.thread(&ids[11]).is_none());
    assert_eq!(lib.threads().len(), 34);
}

#[test]
fn a_post_twice_counts_once() {
    let files = archive_files("alrocar_2022", &ALROCAR);
    let mut b = batch(&files);
    let dup = b
        .posts
        .iter()
        .find(|p| p.id == "1579814695464497153")
        .cloned()
        .expect("post");
    b.posts.push(dup);
    let mut lib = library(b);
    assert_eq!(lib.post_count(), 436);
    // And the whole archive dropped a second time.
    lib.add(batch(&files));
    assert_eq!(lib.post_count(), 436);
    assert_eq!(all_items(&lib), all_items(&alrocar()));
}

#[test]
fn retweets_and_replies_to_others_are_not_threads() {
    let lib = alrocar();
    let in_threads: std::collections::HashSet<&str> =
        lib.threads().iter().flat_map(|t| t.post_ids()).collect();
    // A retweet.
    assert!(post(&lib, "1582675209647104001").is_repost);
    assert!(!in_threads.contains("1582675209647104001"));
    // A reply to someone else with no self-reply under it.
    let p = post(&lib, "1591740690974769154");
    assert_eq!(
        p.reply_to.as_ref().and_then(|r| r.handle.as_deref()),
        Some("Dr___Mario")
    );
    assert!(!in_threads.contains("1591740690974769154"));
}

/// A chain whose first post replies to someone else is still a thread.
#[test]
fn chain_starting_with_a_reply_to_someone_else() {
    let lib = alrocar();
    let starts_as_reply: Vec<&str> = lib
        .threads()
        .iter()
        .filter(|t| {
            post(&lib, &t.id)
                .reply_to
                .as_ref()
                .is_some_and(|r| r.user_id.as_deref() != Some("52338276"))
        })
        .map(|t| t.id.as_str())
        .collect();
    assert!(!starts_as_reply.is_empty());
    for id in starts_as_reply {
        assert!(lib.thread(id).expect("thread").post_count() >= 2);
    }
}

#[test]
fn fuller_copy_wins_and_fields_merge() {
    let b = batch(&archive_files("alrocar_2022", &ALROCAR));
    let full = b
        .posts
        .iter()
        .find(|p| p.id == "1579814689827360768")
        .cloned()
        .expect("post");
    let mut thin = full.clone();
    thin.segments.truncate(1);
    thin.media.clear();
    thin.conversation_id = Some(THREAD_22_FIRST.into());
    let mut lib = Library::new();
    lib.add(Batch {
        authors: vec![],
        posts: vec![thin],
    });
    lib.add(b);
    let merged = post(&lib, "1579814689827360768");
    assert_eq!(merged.segments, full.segments);
    assert_eq!(merged.media, full.media);
    assert_eq!(merged.conversation_id.as_deref(), Some(THREAD_22_FIRST));
    assert_eq!(lib.threads().len(), 34);
}

#[test]
fn authors_merge_missing_fields() {
    // tweets.js alone: no avatar; then profile + account: the avatar is filled in.
    let mut lib = library(batch(&archive_files("alrocar_2022", &["tweets.js"])));
    assert_eq!(
        lib.author("52338276").and_then(|a| a.avatar_url.clone()),
        None
    );
    lib.add(batch(&archive_files(
        "alrocar_2022",
        &["account.js", "profile.js"],
    )));
    assert_eq!(
        lib.author("52338276").and_then(|a| a.avatar_url.as_deref()),
        Some("https://pbs.twimg.com/profile_images/1595034476773609472/fUxfpHm5.jpg")
    );
}

#[test]
fn a_hundred_thousand_posts_assemble_quickly() {
    // 100k posts: the real archive repeated with fresh ids (each copy keeps its chains).
    let base = batch(&archive_files("alrocar_2022", &ALROCAR));
    let mut posts = Vec::new();
    let copies = 100_000 / base.posts.len() + 1;
    for c in 0..copies {
        for p in &base.posts {
            let mut p = p.clone();
            p.id = format!("{c}-{}", p.id);
            if let Some(r) = p.reply_to.as_mut() {
                r.post_id = format!("{c}-{}", r.post_id);
            }
            posts.push(p);
        }
    }
    let map: rustc_hash::FxHashMap<String, Post> =
        posts.into_iter().map(|p| (p.id.clone(), p)).collect();
    let map_len = map.len();
    let start = std::time::Instant::now();
    let threads = unroll_core::assemble::assemble(&map);
    let took = start.elapsed();
    assert_eq!(threads.len(), 34 * copies);
    // Generous for unoptimised test builds on a slow machine; release is far faster.
    eprintln!("assembled {} posts in {took:?}", map_len);
    assert!(took.as_secs() < 10, "{took:?}");
}

/// Real archives, one loaded onto the other, keyed as the library keys them.
fn two_archives() -> (Batch, Batch) {
    (
        batch(&archive_files("alrocar_2022", &ALROCAR)),
        batch(&archive_files("dsajgiouawj_2020", &DSAJ)),
    )
}

#[test]
fn adding_a_load_opens_its_longest_thread() {
    let (a, b) = two_archives();
    let first = library(a);
    let mut both = first.clone();
    let picked = both.add(b).expect("a thread of the batch");
    // The thread to open is the batch's longest: dsajgiouawj's 15-post chain.
    let picked = both.thread(&picked).expect("the picked thread is loaded");
    assert_eq!(picked.post_count(), 15);
    assert!(dsaj().thread(&picked.id).is_some());
    assert_ne!(both.threads(), first.threads());
    for t in both.threads() {
        assert!(t.post_ids().all(|id| both.post(id).is_some()));
        assert_eq!(both.thread(&t.id), Some(t));
    }
}

/// The post ids of the loaded thread that holds `id`.
fn thread_of(lib: &Library, id: &str) -> Vec<String> {
    lib.threads()
        .iter()
        .find(|t| t.post_ids().any(|p| p == id))
        .map(|t| t.post_ids().map(str::to_string).collect())
        .unwrap_or_default()
}

/// smithjd's archive (tests/corpus/x-archive): a root with seven self-replies written within
/// two minutes showed 2 of its 8 posts, and 9 of the author's 19 self-replies were in no
/// thread at all.
#[test]
fn fan_shaped_self_thread_keeps_every_reply() {
    let lib = library(batch(&corpus_archive("x-archive/smithjd_2022")));
    assert_eq!(
        thread_of(&lib, "1222539833458868224"),
        [
            "1222539833458868224",
            "1222539969157222400",
            "1222540076787175424",
            "1222540144688807938",
            "1222540216654647297",
            "1222540275475611650",
            "1222540333268918275",
            "1222540395692773377",
        ]
    );
    assert_eq!(
        thread_of(&lib, "1552312411591417860"),
        [
            "1552312411591417860",
            "1552312651593703426",
            "1552312824818458627",
            "1552318600203190273",
        ]
    );
    // The excerpt is every self-reply tree of the archive: 9 threads, 28 posts, none left out.
    assert_eq!(lib.threads().len(), 9);
    assert_eq!(lengths(&lib).iter().sum::<usize>(), 28);
}

/// AlliePinnell's archive: a bare "@FUNimation" ping was shown as #2 while the real
/// follow-up, the author's second reply to the first post, was hidden.
#[test]
fn a_bare_mention_ping_does_not_hide_the_real_follow_up() {
    let lib = library(batch(&corpus_archive("x-archive/AlliePinnell_2025")));
    assert_eq!(
        thread_of(&lib, "1335380509438963719"),
        [
            "1335380509438963719",
            "1335410596750258178",
            "1335726152141447170"
        ]
    );
    assert_eq!(lib.threads().len(), 4);
    assert_eq!(lengths(&lib).iter().sum::<usize>(), 13);
}

/// milahu's archive: the root's first reply goes on as a chain, its second reply came six
/// days later; the late one was hidden. It reads last, and starts a later part.
#[test]
fn a_late_reply_to_the_first_post_reads_last_as_a_later_part() {
    let lib = library(batch(&corpus_archive("x-archive/milahu_2026")));
    let ids = thread_of(&lib, "2027739112069878026");
    assert_eq!(
        ids,
        [
            "2027739112069878026",
            "2027739934979772693",
            "2027739983574888738",
            "2027740004752007577",
            "2029905315156599088",
        ]
    );
    let view = unroll_core::present::thread_view(&lib, "2027739112069878026", 0).expect("view");
    let parts: Vec<Option<String>> = view
        .items
        .iter()
        .filter_map(|i| match i {
            unroll_core::present::ItemView::Post(p) => Some(p.part_label.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        parts,
        [
            None,
            None,
            None,
            None,
            Some("Added 5 days later · Mar 6, 2026".into())
        ]
    );
    assert_eq!(
        view.integrity.summary_label,
        "5 tweets · no gaps · 2 replies to #1"
    );
    assert_eq!(lib.threads().len(), 3);
    assert_eq!(lengths(&lib).iter().sum::<usize>(), 19);
}
