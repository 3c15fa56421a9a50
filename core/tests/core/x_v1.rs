//! X API v1.1 import on real statuses (`assets/samples/twitter-v1.1`, see SOURCES.md in the
//! shared samples): both text modes, compat mode's `extended_tweet`, quoted statuses, video
//! variants, timelines and the threads they assemble to, and the fuller copy winning.

use crate::support::position;
use crate::support::x_formats as x;

use unroll_core::{ImportErrorKind, MediaKind, Network, SourceFormat};
use x::*;

const EXTENDED: &str = "python-twitter_extended_tweet_in_extended_mode.json";
const COMPAT: &str = "python-twitter_extended_tweet_in_compat_mode.json";
const STREAMING: &str = "python-twitter_streaming_extended_tweet.json";
const QUOTED: &str = "python-twitter_status_quoted_tweet_with_media.json";
const VIDEO: &str = "python-twitter_status_promoted_video_tweet.json";
const DEWITT: &str = "python-twitter_user_timeline.json";
const TWITTER: &str = "tweepy_user_timeline_Twitter.json";
const RETWEET: &str = "tweepy_statuses_show_266367358078169089.json";

/// The post both python-twitter "extended tweet" samples hold, in its two text modes.
const LONG_ID: &str = "782737772490600448";
const LONG_TEXT: &str = "has more details about these changes.  Thanks for making more \
expressive!writing requirements to python_twitt python_twitter.egg-info/SOURCE";

#[test]
fn extended_mode_gives_full_text_author_and_media() {
    let batch = import_sample(V1, EXTENDED);
    assert_eq!(ids(&batch), [LONG_ID]);
    let p = post(&batch, LONG_ID);
    assert_eq!(p.source, SourceFormat::XApiV1);
    assert_eq!(p.author_id, "4012966701");
    // "Mon Oct 03 00:23:22 +0000 2016"
    assert_eq!(p.created_at, 1_475_454_202);
    assert_eq!(p.lang.as_deref(), Some("en"));
    assert_eq!(
        p.permalink,
        "https://x.com/notinourselves/status/782737772490600448"
    );
    // display_text_range [0, 140]: the trailing pic.twitter.com link is the photo below.
    assert_eq!(p.segments, [text(LONG_TEXT)]);
    assert_eq!(p.media.len(), 1);
    assert_eq!(p.media[0].kind, MediaKind::Photo);
    assert_eq!(
        p.media[0].url,
        "https://pbs.twimg.com/media/CtzX2fnXEAAMAjK.jpg"
    );
    assert_eq!(
        (p.media[0].width, p.media[0].height),
        (Some(1024), Some(1024))
    );
    assert_eq!(p.media[0].alt, None);

    assert_eq!(batch.authors.len(), 1);
    let a = &batch.authors[0];
    assert_eq!(
        (a.id.as_str(), a.handle.as_str(), a.display_name.as_str()),
        ("4012966701", "notinourselves", "notinourselves")
    );
    assert_eq!(a.network, Network::X);
    assert_eq!(
        a.avatar_url.as_deref(),
        Some("https://abs.twimg.com/sticky/default_profile_images/default_profile_2_400x400.png")
    );
}

#[test]
fn compat_mode_cut_text_keeps_its_words_without_the_read_more_link() {
    let batch = import_sample(V1, COMPAT);
    let p = post(&batch, LONG_ID);
    // `text` is cut at 140 with "… https://t.co/…" linking to /i/web/status/<own id>.
    assert_eq!(
        p.segments,
        [text(
            "has more details about these changes.  Thanks for making more \
             expressive!writing requirements to python_twitt pytho…"
        )]
    );
    assert!(p.media.is_empty());
}

#[test]
fn compat_truncated_status_without_extended_tweet_is_marked_cut() {
    // `truncated: true`, no `extended_tweet`: the file lacks the end of the text.
    let cut = import_sample(V1, COMPAT);
    assert!(post(&cut, LONG_ID).truncated);
    // The same post in extended mode, and compat mode with `extended_tweet`: whole.
    assert!(!post(&import_sample(V1, EXTENDED), LONG_ID).truncated);
    assert!(!post(&import_sample(V1, STREAMING), "971726741583605760").truncated);
    // No status of a timeline is cut.
    assert!(import_sample(V1, DEWITT).posts.iter().all(|p| !p.truncated));
    // The fuller copy wins, and with it, whole.
    let mut lib = library(cut);
    lib.add(import_sample(V1, EXTENDED));
    assert!(!lib.post(LONG_ID).unwrap().truncated);
}

#[test]
fn a_cut_text_without_the_truncated_flag_is_known_by_its_read_more_link() {
    // The compat sample with its `truncated` flag taken away: "pytho… https://t.co/…" to
    // /i/web/status/<own id> still says the text is cut.
    let compat = String::from_utf8(sample_bytes(V1, COMPAT)).unwrap();
    let unflagged = compat.replacen("\"truncated\": true", "\"truncated\": false", 1);
    assert_ne!(unflagged, compat);
    let batch = import_ok(&[input("status.json", unflagged)]);
    assert!(post(&batch, LONG_ID).truncated);
}

#[test]
fn the_fuller_copy_of_a_post_wins_whichever_file_comes_first() {
    let full = import_sample(V1, EXTENDED);
    let cut = import_sample(V1, COMPAT);
    for (first, second) in [(full.clone(), cut.clone()), (cut, full)] {
        let mut lib = library(first);
        lib.add(second);
        assert_eq!(lib.post_count(), 1);
        let p = lib.post(LONG_ID).unwrap();
        assert_eq!(p.segments, [text(LONG_TEXT)]);
        assert_eq!(p.media.len(), 1);
        assert_eq!(threads(&lib), [[LONG_ID]]);
    }
    // The same post in one file twice (a timeline and a search, say): the longer text stays.
    let both = format!(
        "{}\n{}",
        String::from_utf8(sample_bytes(V1, COMPAT)).unwrap(),
        String::from_utf8(sample_bytes(V1, EXTENDED)).unwrap()
    );
    let batch = import_ok(&[input("both.jsonl", both)]);
    assert_eq!(ids(&batch), [LONG_ID]);
    assert_eq!(batch.posts[0].segments, [text(LONG_TEXT)]);
}

#[test]
fn a_v2_copy_and_a_v1_copy_of_one_post_are_kept_once() {
    // No sample holds one post in both APIs: this is the compat text as API v2 returns a
    // long post without note_tweet (`text` cut, the same t.co link at code points 117..140).
    let v2 = r#"{"data": [{"id": "782737772490600448", "author_id": "4012966701",
        "created_at": "2016-10-03T00:23:22.000Z",
        "text": "has more details about these changes.  Thanks for making more expressive!writing requirements to python_twitt pytho… https://t.co/et3OTOxWSa",
        "entities": {"urls": [{"start": 117, "end": 140, "url": "https://t.co/et3OTOxWSa",
            "expanded_url": "https://twitter.com/i/web/status/782737772490600448",
            "display_url": "twitter.com/i/web/status/7…"}]}}],
        "includes": {"users": [{"id": "4012966701", "username": "notinourselves", "name": "notinourselves"}]}}"#;
    let v2 = import_ok(&[input("v2.json", v2)]);
    assert_eq!(v2.posts[0].source, SourceFormat::XApiV2);
    let v1 = import_sample(V1, EXTENDED);
    for (first, second) in [(v2.clone(), v1.clone()), (v1, v2)] {
        let mut lib = library(first);
        lib.add(second);
        assert_eq!(lib.post_count(), 1);
        let p = lib.post(LONG_ID).unwrap();
        assert_eq!(p.source, SourceFormat::XApiV1);
        assert_eq!(p.segments, [text(LONG_TEXT)]);
        assert_eq!(lib.author("4012966701").unwrap().handle, "notinourselves");
    }
}

#[test]
fn compat_mode_prefers_extended_tweet_and_decodes_entities_once() {
    let batch = import_sample(V1, STREAMING);
    let p = post(&batch, "971726741583605760");
    // extended_tweet.full_text (207 code points) with its own entities, "&amp;" read once.
    assert_eq!(
        p.segments,
        [
            text("HIV_AIDS_BiojQuery Mobile Web Development Essentials, Second Edition: "),
            link(
                "amazon.com/gp/product/178…",
                "http://www.amazon.com/gp/product/1782167897/ref=as_li_tf_tl?ie=UTF8&camp=1789&creative=9325&creativeASIN=1782167897&linkCode=as2&tag=hardwaresoftw-20"
            ),
            text(" Quantum AI Big/Small/0 Data Cloud/Fog Computing OutLook from ClouData & Multiverse -  "),
            link(
                "hwswworld.com/index.php?rout…",
                "http://hwswworld.com/index.php?route=product/category&path=13"
            ),
        ]
    );
    assert_eq!(batch.authors[0].handle, "ClouDatAI");
    assert_eq!(batch.authors[0].display_name, "AIBigDataCloudIoTBot");
}

#[test]
fn quoted_status_becomes_a_card_with_author_text_and_media() {
    let batch = import_sample(V1, QUOTED);
    let p = post(&batch, "850413178534211584");
    // The link to the quoted post (outside display_text_range) is shown as the card.
    assert_eq!(
        p.segments,
        [text(
            "Wrong. You use it initially and throughout to gain access to people's homes \
             through deception.  You're immigration agents. Not police."
        )]
    );
    // `retweeted: true` says the requesting user retweeted it; it is no repost.
    assert!(!p.is_repost);
    let q = p.quote.as_ref().expect("a quote");
    assert_eq!(
        q.permalink,
        "https://x.com/ICEgov/status/850408344175222784"
    );
    assert_eq!(q.post_id.as_deref(), Some("850408344175222784"));
    assert_eq!(q.created_at, Some(1_491_588_123)); // Fri Apr 07 18:02:03 +0000 2017
    let author = q.author.as_ref().expect("the quoted author");
    assert_eq!(
        (
            author.id.as_str(),
            author.handle.as_str(),
            author.display_name.as_str()
        ),
        ("39384517", "ICEgov", "ICE")
    );
    assert_eq!(
        q.segments,
        [text(
            "ICE agents & officers may initially ID themselves as “police” in an encounter \
             because it is the universally known term for law enforcement"
        )]
    );
    assert_eq!(q.media.len(), 1);
    assert_eq!(q.media[0].kind, MediaKind::Photo);
    assert_eq!(
        q.media[0].url,
        "https://pbs.twimg.com/media/C805lT_XoAAHDZT.jpg"
    );
    // The quoted author is on the card, not among the batch's authors.
    let handles: Vec<&str> = batch.authors.iter().map(|a| a.handle.as_str()).collect();
    assert_eq!(handles, ["andresegura"]);
}

#[test]
fn video_is_its_poster_linking_to_the_best_mp4() {
    let batch = import_sample(V1, VIDEO);
    let p = post(&batch, "778307811012780032");
    assert_eq!(
        p.segments,
        [
            text("Puzzled on how to use "),
            hashtag("amiibo"),
            text(" in "),
            hashtag("Picross"),
            text(" 3D Round 2? Just follow these six simple steps!\n"),
            link(
                "nintendo.com/games/detail/p…",
                "http://www.nintendo.com/games/detail/picross-3d-round-2-3ds"
            ),
        ]
    );
    assert_eq!(p.media.len(), 1);
    let m = &p.media[0];
    assert_eq!(m.kind, MediaKind::Video);
    assert_eq!(m.url, "https://pbs.twimg.com/media/CswaoY4UAAA8-Zj.jpg");
    // Of 320k, 2176k and 832k mp4s (and m3u8/mpd playlists), the 2176k one.
    assert_eq!(
        m.link.as_deref(),
        Some("https://video.twimg.com/amplify_video/778025997606105089/vid/1280x720/mUiy98wFwECTRNxT.mp4")
    );
}

#[test]
fn a_timeline_assembles_its_self_reply_and_hides_reply_mentions() {
    let batch = import_sample(V1, DEWITT);
    assert_eq!(batch.posts.len(), 20);
    assert_eq!(batch.authors.len(), 1);
    assert_eq!(batch.authors[0].handle, "dewitt");
    let lib = library(batch.clone());
    assert_eq!(
        threads(&lib),
        [["670676153867198464", "670679827960041472"]]
    );
    // "@hemos Come visit Seattle!" — a reply: its leading mention is hidden, as X shows it.
    assert_eq!(
        post(&batch, "674419418957406208").segments,
        [text("Come visit Seattle!")]
    );
    // ".@MicrosoftHelps …" does not start with the mention: it stays.
    let dot = &post(&batch, "673228202894974977").segments;
    assert_eq!(dot[0], text("."));
    assert_eq!(dot[1], mention("MicrosoftHelps", "75691804"));
    // A quote whose quoted_status is embedded.
    let q = post(&batch, "671755091368546304").quote.as_ref().unwrap();
    assert_eq!(q.permalink, "https://x.com/xeni/status/671749140251090944");
    assert_eq!(q.author.as_ref().map(|a| a.id.as_str()), Some("767"));
}

#[test]
fn a_chain_whose_first_parent_is_missing_starts_with_a_gap() {
    let batch = import_sample(V1, TWITTER);
    assert_eq!(batch.posts.len(), 20);
    let lib = library(batch.clone());
    // @Twitter answered itself three times, starting below a post not in the timeline.
    assert_eq!(
        threads(&lib),
        [[
            "gap:1341069743487381504",
            "1341161853343334401",
            "1341161857931874304",
            "1341161863103488003"
        ]]
    );
    let p = post(&batch, "1341161853343334401");
    assert_eq!(
        p.segments,
        [text("🗣 "), mention("_aanittangele", "1233807379034247169")]
    );
    assert_eq!(p.media.len(), 1);
    assert_eq!(
        batch.posts.iter().filter(|p| !p.media.is_empty()).count(),
        14
    );
}

#[test]
fn a_file_about_a_retweet_shows_the_original_reposted_by_the_retweeter() {
    // statuses/show of a retweet: before, the file showed nothing (a repost has no words of
    // its own) and the banner said so; the original is in `retweeted_status`.
    let name = "x-v1.1/python-twitter_retweet_of_jack.extracted.json";
    let bytes = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/corpus")
            .join(name),
    )
    .unwrap();
    let (batch, errors) = import(&[input("retweet.json", bytes)]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(ids(&batch), ["397"], "the original, not the retweet");
    let p = post(&batch, "397");
    assert!(!p.is_repost);
    assert!(p.standalone);
    assert_eq!(p.plain_text(), "getting waxed!");
    assert_eq!(p.reposted_by.as_deref(), Some("2883171442"));
    let lib = library(batch);
    assert_eq!(lib.threads().len(), 1);
    let view = unroll_core::present::thread_view(&lib, "397", 0).expect("view");
    assert_eq!(view.author.handle, "jack");
    assert_eq!(view.date_label, "Mar 26, 2006");
    let reposted = view.items.iter().find_map(|i| match i {
        unroll_core::present::ItemView::Post(p) => p.reposted_label.clone(),
        _ => None,
    });
    assert_eq!(reposted.as_deref(), Some("Reposted by @VeryOldTweets"));
}

/// A retweet whose original is not in the file still says what it held.
#[test]
fn a_retweet_without_its_original_says_it_holds_a_repost() {
    let (batch, errors) = import(&[input(RETWEET, sample_bytes(V1, RETWEET))]);
    assert!(post(&batch, "266367358078169089").is_repost);
    assert!(library(batch).threads().is_empty());
    assert_eq!(
        errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [format!(
            "{RETWEET}: nothing to show: the file holds 1 repost and no post of its own"
        )]
    );
}

/// In a list of statuses a retweet stays a repost: it is no post of the list's author.
#[test]
fn retweets_in_a_timeline_stay_reposts() {
    let name = "x-v1.1/python-twitter_retweet_of_jack.extracted.json";
    let status = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/corpus")
            .join(name),
    )
    .unwrap();
    let (batch, _) = import(&[input("timeline.json", format!("[{status}]"))]);
    assert_eq!(ids(&batch), ["672419773767028736"]);
    assert!(batch.posts[0].is_repost);
}

#[test]
fn search_responses_and_json_lines_are_read_with_paths_in_errors() {
    let status = String::from_utf8(sample_bytes(V1, QUOTED)).unwrap();
    let search = format!(r#"{{"statuses": [{status}], "search_metadata": {{"count": 1}}}}"#);
    let batch = import_ok(&[input("search.json", search)]);
    assert_eq!(ids(&batch), ["850413178534211584"]);

    let bad_date = status.replacen(
        "\"created_at\": \"Fri Apr 07 18:21:16 +0000 2017\"",
        "\"created_at\": \"yesterday\"",
        1,
    );
    assert_ne!(bad_date, status);
    let (batch, errors) = import(&[input("timeline.json", format!("[{status}, {bad_date}]"))]);
    assert!(batch.posts.is_empty());
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].file, "timeline.json");
    assert_eq!(
        errors[0].kind,
        ImportErrorKind::Invalid {
            format: "X API v1.1",
            path: "[1].created_at".into(),
            message: "not a date: \"yesterday\"".into(),
        }
    );

    let lines = format!(
        "{}\n{}",
        status.replace('\n', " "),
        bad_date.replace('\n', " ")
    );
    let (_, errors) = import(&[input("stream.jsonl", lines)]);
    match &errors[0].kind {
        ImportErrorKind::Invalid { path, .. } => assert_eq!(path, "line 2: created_at"),
        other => panic!("{other:?}"),
    }

    let wrong_type = status.replacen(
        "\"in_reply_to_user_id_str\": null",
        "\"in_reply_to_user_id_str\": 5",
        1,
    );
    assert_ne!(wrong_type, status);
    let wrong = "\"in_reply_to_user_id_str\": 5";
    assert_eq!(position::position_of_end(&wrong_type, wrong), (1, 107));
    let (_, errors) = import(&[input("s.json", wrong_type)]);
    match &errors[0].kind {
        ImportErrorKind::Invalid { format, path, .. } => {
            assert_eq!(
                (*format, path.as_str()),
                ("X API v1.1", "line 1, column 107")
            );
        }
        other => panic!("{other:?}"),
    }
}
