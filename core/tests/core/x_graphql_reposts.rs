//! X web GraphQL files about a repost (issue 12, item 2): a TweetDetail whose focal post is
//! a repost, or a TweetResultByRestId of one, shows the original post, marked "Reposted by
//! @handle", with its own permalink. Real captures from twscrape's test data
//! (`tests/corpus/x-graphql`, see its SOURCES.md): two TweetDetails of 2023 (the original
//! in `legacy.retweeted_status_result`, users in `legacy`) and a 2026 repost (users in
//! `core`, avatars in `avatar`).

use crate::support::fixtures;
use crate::support::x_formats as x;

use unroll_core::present::{thread_view, ItemView};
use unroll_core::{Batch, MediaKind, Post};
use x::{hashtag, ids, import_ok, input, library, mention, sample, text, GRAPHQL};

fn corpus(name: &str) -> Batch {
    let bytes = fixtures::read_corpus(&format!("x-graphql/{name}"));
    import_ok(&[input(name, bytes)])
}

fn only_post(batch: &Batch) -> &Post {
    assert_eq!(batch.posts.len(), 1, "{:?}", ids(batch));
    &batch.posts[0]
}

fn handles(batch: &Batch) -> Vec<(&str, &str)> {
    let mut v: Vec<(&str, &str)> = (batch.authors.iter())
        .map(|a| (a.id.as_str(), a.handle.as_str()))
        .collect();
    v.sort_unstable();
    v
}

#[test]
fn graphql_focal_repost_shows_the_original_reposted_by_the_reposter() {
    // @REDROJA4 (1296801970775367680) reposted @SisuMisu3's 1658407192859492355; the file's
    // focal entry is the repost 1658409412799737856, whose own text is "RT @SisuMisu3: …".
    let batch = corpus("twscrape_issue_28_repost_detail.json");
    let p = only_post(&batch);
    assert_eq!(p.id, "1658407192859492355");
    assert_eq!(p.author_id, "2949065723");
    assert_eq!(p.reposted_by.as_deref(), Some("1296801970775367680"));
    assert!(p.standalone);
    assert!(!p.is_repost);
    assert_eq!(
        p.permalink,
        "https://x.com/SisuMisu3/status/1658407192859492355"
    );
    assert_eq!(
        p.segments,
        [
            text(
                "Esta noche el circo está asegurado 😂😂😂\nAyuso se presenta al único debate.\n\
                 Vamos \n"
            ),
            mention("AleJacintoUrang", "1860300192"),
            text(" \nEstamos contigo.\n"),
            hashtag("Sisu"),
        ]
    );
    assert_eq!(p.media.len(), 1);
    assert_eq!(p.media[0].kind, MediaKind::Photo);
    assert_eq!(
        handles(&batch),
        [
            ("1296801970775367680", "REDROJA4"),
            ("2949065723", "SisuMisu3")
        ]
    );

    let lib = library(batch);
    assert_eq!(lib.threads().len(), 1);
    let view = thread_view(&lib, "1658407192859492355", 0).expect("the original is a thread");
    assert_eq!(view.author.handle, "SisuMisu3");
    assert_eq!(view.original_label, "Read on X");
    assert_eq!(
        view.original_url,
        "https://x.com/SisuMisu3/status/1658407192859492355"
    );
    let Some(ItemView::Post(post)) = view.items.first() else {
        panic!("no post in {:?}", view.items)
    };
    assert_eq!(
        post.reposted_label.as_deref(),
        Some("Reposted by @REDROJA4")
    );
}

#[test]
fn graphql_focal_repost_of_a_video_shows_the_original() {
    // @_AVICINTL reposted @ChinaDaily's 1665863576060575744 (a video whose media entity the
    // capture lists as a photo, its thumbnail).
    let batch = corpus("twscrape_issue_42_repost_detail.json");
    let p = only_post(&batch);
    assert_eq!(p.id, "1665863576060575744");
    assert_eq!(p.reposted_by.as_deref(), Some("1539774913967714304"));
    assert_eq!(
        p.segments,
        [text(
            "Today marks the arrival of a traditional Chinese solar term called mangzhong, or \
             Grain in Ear, signifying a busy farming period."
        )]
    );
    assert_eq!(
        p.permalink,
        "https://x.com/ChinaDaily/status/1665863576060575744"
    );
    assert_eq!(
        handles(&batch),
        [
            ("1539774913967714304", "_AVICINTL"),
            ("87775422", "ChinaDaily")
        ]
    );
}

#[test]
fn graphql_repost_in_the_newer_user_layout_shows_the_original() {
    // TweetResultByRestId-shaped: @XDevelopers' 2026 repost of @benjitaylor's post; users
    // carry their names in `core` and avatars in `avatar`.
    let batch = corpus("twscrape_user_tweets_2026_repost.extracted.json");
    let p = only_post(&batch);
    assert_eq!(p.id, "2083289084567724316");
    assert_eq!(p.reposted_by.as_deref(), Some("2244994945"));
    assert!(p.standalone);
    assert_eq!(
        p.permalink,
        "https://x.com/benjitaylor/status/2083289084567724316"
    );
    assert_eq!(
        p.plain_text(),
        "Overhauled the 𝕏 Developer Console with a fresh coat of paint. More improvements to \
         come as we continue investing in our DX! console.x.com"
    );
    let reposter = batch.authors.iter().find(|a| a.id == "2244994945").unwrap();
    assert_eq!(
        (reposter.handle.as_str(), reposter.display_name.as_str()),
        ("XDevelopers", "Developers")
    );
    let lib = library(batch);
    let view = thread_view(&lib, "2083289084567724316", 0).unwrap();
    let Some(ItemView::Post(post)) = view.items.first() else {
        panic!()
    };
    assert_eq!(
        post.reposted_label.as_deref(),
        Some("Reposted by @XDevelopers")
    );
}

#[test]
fn graphql_focal_repost_beside_a_good_file_is_kept_as_its_own_post() {
    // Dropped together with a TweetDetail of a four-post thread: both files give posts, and
    // the original is marked as the post its file is about.
    let name = "twscrape_issue_28_repost_detail.json";
    let files = [
        input(name, fixtures::read_corpus(&format!("x-graphql/{name}"))),
        sample(GRAPHQL, "twscrape_tweet_details_2026.json"),
    ];
    let batch = import_ok(&files);
    let original = x::post(&batch, "1658407192859492355");
    assert!(original.standalone);
    assert_eq!(original.reposted_by.as_deref(), Some("1296801970775367680"));
    assert_eq!(batch.posts.len(), 5, "{:?}", ids(&batch));
}
