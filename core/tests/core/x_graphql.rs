//! X web GraphQL import on real TweetDetail responses saved by twscrape
//! (`assets/samples/x-graphql-tweetdetail`): only the focal author's self-thread is kept,
//! both user layouts, long posts, media, polls, quotes; tombstones and visibility wrappers
//! (no real sample has them) are made by editing a real response.

use crate::support::position;
use crate::support::schema_check;
use crate::support::x_formats as x;

use serde_json::Value;
use unroll_core::export::export_thread;
use unroll_core::{ImportErrorKind, MediaKind, Poll, PollOption, SourceFormat};
use x::*;

const DETAIL_2026: &str = "twscrape_tweet_details_2026.json";
const DETAIL_2024: &str = "twscrape_tweet_details_selfthread_2024.json";
const NOTE: &str = "twscrape_issue_56_note_tweet.json";
const POLL: &str = "twscrape_card_poll.json";
const VIDEO: &str = "twscrape_tweet_with_video.json";

/// The @XDevelopers self-thread both TweetDetail captures hold.
const XDEV: [&str; 4] = [
    "1649191520250245121",
    "1649191521323995138",
    "1649191522485817345",
    "1649191523697979392",
];

fn bytes_of(v: &Value) -> Vec<u8> {
    serde_json::to_vec(v).unwrap()
}

#[test]
fn a_conversation_keeps_only_the_focal_self_thread() {
    let batch = import_sample(GRAPHQL, DETAIL_2026);
    // 37 posts: the thread plus 33 replies by others (charlesr1971 alone wrote four).
    assert_eq!(ids(&batch), XDEV);
    assert!(batch
        .posts
        .iter()
        .all(|p| p.source == SourceFormat::XGraphql));
    assert!(batch.posts.iter().all(|p| p.author_id == "2244994945"));
    let lib = library(batch);
    assert_eq!(threads(&lib), [XDEV]);
    for other in [
        "1649294965783109640",
        "1649294040985157633",
        "1649263296434806785",
    ] {
        assert!(lib.post(other).is_none(), "{other} is someone else's reply");
    }
    let first = lib.post(XDEV[0]).unwrap();
    assert_eq!(
        first.segments,
        [text(
            "Today, we are deprecating our Premium v1.1 API, including Premium Search and \
             Account Activity API."
        )]
    );
    // "Thu Apr 20 23:21:13 +0000 2023"
    assert_eq!(first.created_at, 1_682_032_873);
    assert_eq!(first.conversation_id.as_deref(), Some(XDEV[0]));
    assert_eq!(
        first.permalink,
        "https://x.com/XDevelopers/status/1649191520250245121"
    );
    let third = lib.post(XDEV[2]).unwrap();
    assert_eq!(
        third.segments,
        [
            text(
                "If you are a Twitter developer with a commercial use case, we recommend that \
                 you apply for our Enterprise tier.\nEnterprise Search and Account Activity API \
                 continue to be available to developers on that Enterprise tier. \n\nApply here: "
            ),
            link("shorturl.at/uwAKZ", "https://shorturl.at/uwAKZ"),
        ]
    );
    let reply = third.reply_to.as_ref().unwrap();
    assert_eq!(reply.post_id, XDEV[1]);
    assert_eq!(reply.user_id.as_deref(), Some("2244994945"));
}

#[test]
fn both_user_layouts_give_the_same_author() {
    let old = import_sample(GRAPHQL, DETAIL_2024); // core.user_results.result.legacy
    let new = import_sample(GRAPHQL, DETAIL_2026); // core.user_results.result.core + avatar
    assert_eq!(old.authors, new.authors);
    assert_eq!(old.authors.len(), 1);
    let a = &new.authors[0];
    assert_eq!(
        (a.id.as_str(), a.handle.as_str(), a.display_name.as_str()),
        ("2244994945", "XDevelopers", "Developers")
    );
    assert_eq!(
        a.avatar_url.as_deref(),
        Some("https://pbs.twimg.com/profile_images/1683501992314798080/xl1POYLw_400x400.jpg")
    );
}

#[test]
fn two_captures_of_one_thread_are_kept_once() {
    let batch = import_ok(&[sample(GRAPHQL, DETAIL_2024), sample(GRAPHQL, DETAIL_2026)]);
    assert_eq!(batch.posts.len(), 8);
    let lib = library(batch);
    assert_eq!(lib.post_count(), 4);
    assert_eq!(threads(&lib), [XDEV]);
}

#[test]
fn a_long_post_reads_its_note_tweet_in_full() {
    let batch = import_sample(GRAPHQL, NOTE);
    // @FortniteStatus answered five people; those answers are not its thread.
    assert_eq!(ids(&batch), ["1682072224013099008"]);
    let p = post(&batch, "1682072224013099008");
    // legacy.full_text stops at "…can be found at…"; note_tweet holds all of it.
    assert_eq!(
        p.segments,
        [
            text("Your one-stop shop for everything live status for "),
            hashtag("Fortnite"),
            text("!\n\n🗣\u{fe0f} Tweet "),
            mention("FortniteStatus", "1181729392755707904"),
            text(" for help!\n\n💁 Reach out to Player Support with issues any time at "),
            link("fn.gg/support", "http://fn.gg/support"),
            text(" by opening a Live Chat or creating a ticket.\n\n📑 Articles for Common Account issues can be found at "),
            link("fn.gg/accounts", "http://fn.gg/accounts"),
            text("\n\n🧩 Check out our Trello board for trending issues: "),
            link(
                "trello.com/b/Bs7hgkma/for…",
                "https://trello.com/b/Bs7hgkma/fortnite-community-issues"
            ),
            text("\n\n🚦 Visit the Status page for server status: "),
            link("status.epicgames.com", "https://status.epicgames.com"),
        ]
    );
    assert_eq!(p.media.len(), 1);
    assert_eq!(p.media[0].kind, MediaKind::Photo);
    assert_eq!(threads(&library(batch)), [["1682072224013099008"]]);

    // Another long post (in the poll sample's suggestions), saved on its own.
    let batch = import_ok(&[graphql_single(POLL, "1780585322025537822")]);
    let text = batch.posts[0].plain_text();
    assert!(text.starts_with("NEW: North Carolina high school student arrested"));
    assert!(text.contains("\n\n“Both Sheriff Kimbrell and myself spent the morning"));
    assert!(text.ends_with("\n\nThe public school system is a mess."));
    assert_eq!(text.chars().count(), 796);
}

#[test]
fn video_is_its_poster_linking_to_the_best_mp4() {
    let batch = import_sample(GRAPHQL, VIDEO);
    // The author's one answer (to @TheBritt2001) is not part of a self-thread.
    assert_eq!(ids(&batch), ["1671508600538161153"]);
    let p = &batch.posts[0];
    assert_eq!(
        p.segments,
        [text(
            "This is not science fiction.\nNightscape in Nanjing, China"
        )]
    );
    let m = &p.media[0];
    assert_eq!(m.kind, MediaKind::Video);
    assert_eq!(
        m.url,
        "https://pbs.twimg.com/ext_tw_video_thumb/1668857866328100864/pu/img/nvEZWP1Yu9-6C23H.jpg"
    );
    assert_eq!(
        m.link.as_deref(),
        Some("https://video.twimg.com/ext_tw_video/1668857866328100864/pu/vid/720x1280/ENfeGwtfyiYvpNy8.mp4?tag=12")
    );
    assert_eq!((m.width, m.height), (Some(1080), Some(1920)));

    // A GIF with alt text, from a reply in the 2026 capture saved on its own.
    let batch = import_ok(&[graphql_single(DETAIL_2026, "1649263296434806785")]);
    let gif = &batch.posts[0].media[0];
    assert_eq!(gif.kind, MediaKind::Gif);
    assert_eq!(gif.alt.as_deref(), Some("James Franco Omg GIF"));
    assert_eq!(
        gif.link.as_deref(),
        Some("https://video.twimg.com/tweet_video/FuNcOVrXoAIGi0f.mp4")
    );
    // A reply: "@TwitterDev " lies outside display_text_range.
    assert!(batch.posts[0]
        .plain_text()
        .starts_with("What data makes you think"));
}

#[test]
fn a_poll_card_gives_options_counts_and_end() {
    let batch = import_sample(GRAPHQL, POLL);
    // Of 31 posts (replies and injected suggestions), the focal post alone is Elon Musk's
    // thread.
    assert_eq!(ids(&batch), ["1780666831310877100"]);
    let p = &batch.posts[0];
    assert_eq!(p.segments, [text("Bring back Vine?")]);
    assert_eq!(
        p.poll,
        Some(Poll {
            options: vec![
                PollOption {
                    label: "Yes".into(),
                    votes: Some(844_386)
                },
                PollOption {
                    label: "No".into(),
                    votes: Some(364_677)
                },
            ],
            ends_at: Some(1_713_465_430), // 2024-04-18T18:37:10Z
            closed: false,                // counts_are_final: false
        })
    );
    // The poll survives an Unroll export, which the schema describes.
    let lib = library(batch);
    let json = export_thread(&lib, "1780666831310877100").unwrap();
    let doc: Value = serde_json::from_str(&json).unwrap();
    let schema: Value = serde_json::from_slice(
        &std::fs::read(format!(
            "{}/../assets/unroll-thread.schema.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap(),
    )
    .unwrap();
    schema_check::check(&schema, &schema, &doc, "").unwrap();
    assert_eq!(doc["posts"][0]["source"], "x_graphql");
    assert_eq!(doc["posts"][0]["poll"]["options"][0]["votes"], 844_386);
    let again = import_ok(&[input("thread.json", json)]);
    assert_eq!(
        again.posts[0].poll,
        lib.post("1780666831310877100").unwrap().poll
    );
}

#[test]
fn a_quoted_post_becomes_a_card() {
    // From the poll sample's suggestions: @MikeBenzCyber quoting @realchrisrufo's video.
    let batch = import_ok(&[graphql_single(POLL, "1780643369758175461")]);
    let p = &batch.posts[0];
    assert_eq!(
        p.segments,
        [text(
            "Who funds the Atlantic Council where Katherine Maher collected a paycheck as a \
             fellow & from which she campaigned to end the First Amendment?\n\nNo less than \
             ELEVEN (11) federal US government agencies. It’s you paying, dear taxpayer."
        )]
    );
    assert_eq!(p.media.len(), 2);
    let q = p.quote.as_ref().expect("a quote");
    assert_eq!(
        q.permalink,
        "https://x.com/realchrisrufo/status/1780597079439446250"
    );
    let author = q.author.as_ref().unwrap();
    assert_eq!(
        (author.id.as_str(), author.handle.as_str()),
        ("3066800573", "realchrisrufo")
    );
    assert_eq!(q.created_at, Some(1_713_362_400));
    assert_eq!(
        q.segments,
        [text(
            "EXCLUSIVE: Katherine Maher says the \"the number one challenge\" in her fight \
             against disinformation is \"the First Amendment in the United States,\" which makes \
             it \"a little bit tricky\" to censor \"bad information\" and \"the influence \
             peddlers\" who spread it.\n\nNPR's censor-in-chief."
        )]
    );
    assert_eq!(q.media.len(), 1);
    assert_eq!(q.media[0].kind, MediaKind::Video);
    assert_eq!(batch.authors.len(), 1);
    assert_eq!(batch.authors[0].handle, "MikeBenzCyber");
}

/// The 2024 capture with the third post's result replaced by `result`.
fn with_third_post(result: impl FnOnce(Value) -> Value) -> Vec<u8> {
    let mut v = graphql_value(DETAIL_2024);
    let slot = &mut v["data"]["threaded_conversation_with_injections_v2"]["instructions"][0]
        ["entries"][1]["content"]["items"][1]["item"]["itemContent"]["tweet_results"]["result"];
    assert_eq!(slot["rest_id"], XDEV[2]);
    *slot = result(slot.take());
    bytes_of(&v)
}

#[test]
fn a_tombstone_leaves_a_gap_and_a_visibility_wrapper_is_opened() {
    for gone in [
        serde_json::json!({"__typename": "TweetTombstone",
            "tombstone": {"__typename": "TextTombstone", "text": {"text": "This Post was deleted by the Post author."}}}),
        serde_json::json!({"__typename": "TweetUnavailable", "reason": "Suspended"}),
    ] {
        let bytes = with_third_post(|_| gone);
        let batch = import_ok(&[input("detail.json", bytes)]);
        assert_eq!(ids(&batch), [XDEV[0], XDEV[1], XDEV[3]]);
        let lib = library(batch);
        assert_eq!(
            threads(&lib),
            [[XDEV[0], XDEV[1], &format!("gap:{}", XDEV[2]), XDEV[3]]]
        );
    }
    let wrapped = with_third_post(|t| {
        serde_json::json!({"__typename": "TweetWithVisibilityResults", "tweet": t,
            "tweetInterstitial": {"__typename": "ContextualTweetInterstitial"}})
    });
    let lib = library(import_ok(&[input("detail.json", wrapped)]));
    assert_eq!(threads(&lib), [XDEV]);
}

#[test]
fn a_wrong_field_is_reported_at_its_json_path() {
    let mut v = graphql_value(DETAIL_2026);
    let focal = &mut v["data"]["threaded_conversation_with_injections_v2"]["instructions"][1]
        ["entries"][0]["content"]["itemContent"]["tweet_results"]["result"];
    focal["legacy"]["created_at"] = Value::from("not a date");
    let (batch, errors) = import(&[input("detail.json", bytes_of(&v))]);
    assert!(batch.posts.is_empty());
    assert_eq!(
        errors[0].kind,
        ImportErrorKind::Invalid {
            format: "X web (GraphQL)",
            path: "data.threaded_conversation_with_injections_v2.instructions[1].entries[0]\
                   .content.itemContent.tweet_results.result.legacy.created_at"
                .into(),
            message: "not a date: \"not a date\"".into(),
        }
    );

    let mut v = graphql_value(DETAIL_2024);
    v["data"]["threaded_conversation_with_injections_v2"]["instructions"][0]["entries"][0]
        ["content"]["itemContent"]["tweet_results"]["result"]["legacy"]["display_text_range"] =
        Value::from("0-98");
    // GraphQL `errors` beside `data` do not make it an X API v2 response.
    v["errors"] = serde_json::json!([{"message": "partial"}]);
    let bytes = bytes_of(&v);
    let text = String::from_utf8(bytes.clone()).unwrap();
    let wrong = r#""display_text_range":"0-98""#;
    assert_eq!(position::position_of_end(&text, wrong), (1, 2556));
    let (_, errors) = import(&[input("detail.json", bytes)]);
    match &errors[0].kind {
        ImportErrorKind::Invalid { format, path, .. } => {
            assert_eq!(*format, "X web (GraphQL)");
            assert_eq!(path, "data (line 1, column 2556)");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn other_timelines_keep_every_post() {
    // The 2026 capture's instructions, as a user timeline, a search and the pre-2022
    // TweetDetail name would hold them.
    let v = graphql_value(DETAIL_2026);
    let timeline = v["data"]["threaded_conversation_with_injections_v2"].clone();
    let shapes = [
        serde_json::json!({"data": {"user": {"result": {"timeline_v2": {"timeline": timeline}}}}}),
        serde_json::json!({"data": {"search_by_raw_query": {"search_timeline": {"timeline": timeline}}}}),
        serde_json::json!({"data": {"threaded_conversation_with_injections": timeline}}),
    ];
    let counts: Vec<usize> = shapes
        .iter()
        .map(|doc| {
            let batch = import_ok(&[input("timeline.json", bytes_of(doc))]);
            let lib = library(batch.clone());
            assert_eq!(threads(&lib), [XDEV]);
            batch.posts.len()
        })
        .collect();
    // Timelines keep all 37 posts (the thread and 33 replies); a conversation keeps its
    // self-thread.
    assert_eq!(counts, [37, 37, 4]);
}
