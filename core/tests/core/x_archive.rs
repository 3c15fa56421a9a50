//! Fixture tests of the X archive importer on real archives (`assets/samples/twitter-archive`):
//! golden expectations for authors, text, links, media, quotes and errors.

use crate::support::fixtures;

use fixtures::*;
use unroll_core::import::InputFile;
use unroll_core::{ImportErrorKind, Media, MediaKind, Network, Segment};

fn text(s: &str) -> Segment {
    Segment::Text { text: s.into() }
}

/// A mention as typed, linked by the mentioned account's id.
fn mention(h: &str, id: &str) -> Segment {
    Segment::Mention {
        handle: h.into(),
        url: format!("https://x.com/i/user/{id}"),
    }
}

fn link(text: &str, url: &str) -> Segment {
    Segment::Link {
        text: text.into(),
        url: url.into(),
    }
}

#[test]
fn alrocar_author_comes_from_account_and_profile() {
    let (batch, errors) = import(&archive_files("alrocar_2022", &ALROCAR));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(batch.posts.len(), 436);
    assert_eq!(batch.authors.len(), 1);
    let a = &batch.authors[0];
    assert_eq!(a.id, "52338276");
    assert_eq!(a.handle, "alrocar");
    assert_eq!(a.display_name, "alrocar");
    assert_eq!(
        a.avatar_url.as_deref(),
        Some("https://pbs.twimg.com/profile_images/1595034476773609472/fUxfpHm5.jpg")
    );
    assert_eq!(a.network, Network::X);
    assert!(batch.posts.iter().all(|p| p.author_id == "52338276"));
    let p = batch
        .posts
        .iter()
        .find(|p| p.id == "1591740690974769154")
        .expect("post");
    assert_eq!(
        p.permalink,
        "https://x.com/alrocar/status/1591740690974769154"
    );
    // "Sun Nov 13 10:32:08 +0000 2022"
    assert_eq!(p.created_at, 1_668_335_528);
    assert_eq!(p.lang.as_deref(), Some("es"));
    let reply = p.reply_to.as_ref().expect("a reply");
    assert_eq!(reply.post_id, "1589622463989944321");
    assert_eq!(reply.user_id.as_deref(), Some("253752405"));
    assert_eq!(reply.handle.as_deref(), Some("Dr___Mario"));
}

#[test]
fn first_post_of_the_22_post_thread_reads_exactly() {
    let lib = alrocar();
    let p = post(&lib, "1579814683803910144");
    assert_eq!(
        p.segments,
        vec![text(
            "My recipe to learning data engineering for the last 10 years: study - work - have fun\n\n\
             🩰 1% of what I learnt was studying a master degree\n💼 9% was paid work\n\
             🛹 90% was just for fun: at hackathons and reverse engineering data vizs\n\n\
             20 + 20 pet projects I did \"just for fun\" 👇"
        )]
    );
}

#[test]
fn mentions_links_and_photo_of_a_thread_post() {
    let lib = alrocar();
    let p = post(&lib, "1579814689827360768");
    assert_eq!(
        p.segments,
        vec![
            text("1/40 - Bank transactions in a 3D globe\n\n· Built with "),
            mention("xurxosanz", "14291056"),
            text(" and friends in an anti-corruption conference in Brasilia 🤷\n· We used a small 3D globe library by "),
            mention("philogb", "88892707"),
            text(" \n· The project was completely fake xD but enjoyed the caipirinhas 🍹\n\n- Website: "),
            link("alrocar.github.io/15iacc/", "https://alrocar.github.io/15iacc/"),
        ]
    );
    // The media's own t.co link ("https://t.co/r4AkElQMxJ") is gone; the photo is there.
    assert!(!p.plain_text().contains("t.co"));
    assert_eq!(
        p.media,
        vec![Media {
            kind: MediaKind::Photo,
            url: "https://pbs.twimg.com/media/FexzTO6XoAMWkg9.jpg".into(),
            alt: None,
            link: None,
            width: Some(1152),
            height: Some(693),
        }]
    );
}

/// Regression: X counts entity indices in code points of the entity-encoded text. An emoji
/// (🤷‍♂️ is four code points, 13 bytes) before a link must not shift it.
#[test]
fn emoji_before_link_keeps_the_link_whole() {
    let lib = alrocar();
    let p = post(&lib, "1587061833860538374");
    assert_eq!(p.segments.len(), 2);
    assert_eq!(
        p.segments[0],
        text(
            "Ayer lo intenté, no me cuadraban los resultados del todo y lo dejé a medias 🤷\u{200d}♂\u{fe0f} \n\n\
             Si sigo con esto, lo siguiente sería visualizar lo que hay, porque a ojo no lo voy a sacar. \
             Igual aprovecho y hago un crossover Tinybird - Felt\n\n"
        )
    );
    assert_eq!(
        p.segments[1],
        link("youtu.be/g_hes6DzBgo", "https://youtu.be/g_hes6DzBgo")
    );
}

/// Regression: "=&gt;" before a link counts as four code points in X's indices (the
/// encoded form) and reads "=>" once decoded; emoji before it too.
#[test]
fn encoded_arrow_and_emoji_before_link() {
    let lib = alrocar();
    let p = post(&lib, "1511373798838255619");
    assert_eq!(
        p.segments,
        vec![
            text("🤯🤯🤯\n\nve-nir-sen => "),
            link(
                "tinybird.co/about#join-us",
                "https://www.tinybird.co/about#join-us"
            ),
        ]
    );
    // Its last link is a quoted post: shown as a card, not as text.
    let q = p.quote.as_ref().expect("quote");
    assert_eq!(
        q.permalink,
        "https://x.com/tinybirdco/status/1511329249197801478"
    );
    assert_eq!(q.post_id.as_deref(), Some("1511329249197801478"));
}

#[test]
fn html_entities_are_decoded_once() {
    let lib = alrocar();
    let p = post(&lib, "1582675209647104001");
    assert!(
        p.plain_text().contains("2. < 1 sec API latency"),
        "{}",
        p.plain_text()
    );
    let p = post(&lib, "1582835995619127296");
    assert!(p.plain_text().contains("for a while & we published"));
    // Japanese archive: "t&gt;0" reads "t>0".
    let lib = dsaj();
    let p = post(&lib, "1061245741371285504");
    assert_eq!(
        p.segments,
        vec![text(
            "for(int t=299;t>0;++t)となってたから--tに直したら通ったけどなんでTLEを吐かないの"
        )]
    );
    // The trailing status link became a quote of the author's own earlier post.
    assert_eq!(
        p.quote.as_ref().map(|q| q.permalink.as_str()),
        Some("https://x.com/E31415926/status/1061215895677091840")
    );
}

/// Decoding happens once: "&amp;lt;" (as X stores a typed "&lt;") reads "&lt;", not "<".
/// The replacement keeps the link at code point 9 of the encoded text, as X would.
#[test]
fn double_encoded_text_decodes_to_single_encoded() {
    let archive = read_text("twitter-archive/alrocar_2022/tweets.js");
    let patched = archive.replacen(
        "\"full_text\" : \"Merecido https://t.co/bCJKRwKQ2B\"",
        "\"full_text\" : \"&amp;lt; https://t.co/bCJKRwKQ2B\"",
        1,
    );
    assert_ne!(patched, archive);
    let lib = library(batch(&[file("tweets.js", &patched)]));
    let p = post(&lib, "1593713298352254976");
    // The link is a trailing quote of another post: a card, not text.
    assert_eq!(p.segments, vec![text("&lt;")]);
    assert_eq!(
        p.quote.as_ref().map(|q| q.permalink.as_str()),
        Some("https://x.com/Tim_Bousquet/status/1593246879969865729")
    );
}

#[test]
fn quote_link_in_the_middle_stays_as_link() {
    let lib = alrocar();
    let p = post(&lib, "1587546277734129668");
    assert_eq!(
        p.segments,
        vec![
            text("He seguido este tutorial de "),
            mention("DotCSV", "710476297332506624"),
            text(" (más o menos y pagando GPU) => "),
            link(
                "twitter.com/DotCSV/status/…",
                "https://twitter.com/DotCSV/status/1585313640676139010?t=AA0QMv_U4qIQRJspiZPf_g&s=19"
            ),
            text("\n\nY los prompts de "),
            mention("LexicaArt", "1574829393402245120"),
        ]
    );
    assert_eq!(
        p.quote.as_ref().map(|q| q.permalink.as_str()),
        Some("https://x.com/DotCSV/status/1585313640676139010")
    );
}

#[test]
fn last_post_of_the_thread_is_only_a_quote() {
    let lib = alrocar();
    let p = post(&lib, "1579837072432844800");
    assert!(p.segments.is_empty());
    assert_eq!(
        p.quote.as_ref().and_then(|q| q.post_id.as_deref()),
        Some("1579835487627661313")
    );
}

#[test]
fn retweets_are_reposts() {
    let lib = alrocar();
    let p = post(&lib, "1582675209647104001");
    assert!(p.is_repost);
    assert_eq!(p.segments[0], text("RT "));
    assert_eq!(p.segments[1], mention("tinybirdco", "1121851019636420610"));
    let reposts = (0..1)
        .flat_map(|_| lib.threads())
        .flat_map(|t| t.post_ids())
        .filter(|id| post(&lib, id).is_repost)
        .count();
    assert_eq!(reposts, 0, "no thread holds a retweet");
}

#[test]
fn video_gets_poster_and_best_mp4() {
    let lib = alrocar();
    let p = post(&lib, "1510709432145125380");
    assert_eq!(
        p.media,
        vec![Media {
            kind: MediaKind::Video,
            url: "https://pbs.twimg.com/ext_tw_video_thumb/1510709146533904389/pu/img/3PuIJeFBoOVI0fT2.jpg".into(),
            alt: None,
            link: Some("https://video.twimg.com/ext_tw_video/1510709146533904389/pu/vid/600x600/7eBG-p2XJxszV2h7.mp4?tag=12".into()),
            width: Some(600),
            height: Some(600),
        }]
    );
    let gif = post(&lib, "1582968164731977728");
    assert_eq!(gif.media.len(), 1);
    assert_eq!(gif.media[0].kind, MediaKind::Gif);
    assert_eq!(
        gif.media[0].url,
        "https://pbs.twimg.com/tweet_video_thumb/FffVJvPWQAEHHof.jpg"
    );
    assert_eq!(
        gif.media[0].link.as_deref(),
        Some("https://video.twimg.com/tweet_video/FffVJvPWQAEHHof.mp4")
    );
}

/// Every image of `extended_entities` (entities.media holds only the first), with alt text.
/// No tweet of the sample has alt text, so one is added to the third image of a real tweet.
#[test]
fn every_image_with_its_alt_text() {
    let archive = read_text("twitter-archive/alrocar_2022/tweets.js");
    let third = "\"media_url_https\" : \"https://pbs.twimg.com/media/FggUkKoWYAARwCJ.jpg\",";
    assert_eq!(archive.matches(third).count(), 1);
    let patched = archive.replacen(
        third,
        &format!("\"ext_alt_text\" : \"A &quot;map&quot; of Valencia\",\n{third}"),
        1,
    );
    let lib = library(batch(&[file("tweets.js", &patched)]));
    let p = post(&lib, "1587541485343444992");
    let urls: Vec<&str> = p.media.iter().map(|m| m.url.as_str()).collect();
    assert_eq!(
        urls,
        [
            "https://pbs.twimg.com/media/FggUjyXX0AECGkx.jpg",
            "https://pbs.twimg.com/media/FggUkAsX0AY-GRf.jpg",
            "https://pbs.twimg.com/media/FggUkKoWYAARwCJ.jpg",
            "https://pbs.twimg.com/media/FggUkTwX0AcMc_E.jpg",
        ]
    );
    let alts: Vec<Option<&str>> = p.media.iter().map(|m| m.alt.as_deref()).collect();
    // Alt text is plain text as X stores it (JSON-escaped, not HTML-encoded).
    assert_eq!(
        alts,
        [None, None, Some("A &quot;map&quot; of Valencia"), None]
    );
}

/// A real reply from X (twscrape's TweetDetail capture, the same tweet shape archives use,
/// numbers as JSON numbers): the leading "@Mike48702293" lies outside display_text_range and
/// is hidden; the emoji before the link does not shift it; the trailing emoji stays.
#[test]
fn leading_reply_mention_is_hidden() {
    let tweet = r#"window.YTD.tweets.part0 = [ { "tweet" : {
 "created_at": "Thu Aug 31 17:08:53 +0000 2023",
 "conversation_id_str": "1682072224013099008",
 "display_text_range": [14, 187],
 "entities": {
  "user_mentions": [{"id_str": "1582259046823985153", "name": "Chimichanga015", "screen_name": "Mike48702293", "indices": [0, 13]}],
  "urls": [{"display_url": "fn.gg/VerifyFiles", "expanded_url": "http://fn.gg/VerifyFiles", "url": "https://t.co/1odTH0sntj", "indices": [161, 184]}],
  "hashtags": [], "symbols": []
 },
 "favorite_count": 1,
 "full_text": "@Mike48702293 Hey hey! 🙂 Could you please try verifying your Fortnite files and see if you can launch the game afterwards? Here's a handy guide on how to do it: https://t.co/1odTH0sntj. 🔧",
 "in_reply_to_screen_name": "Mike48702293",
 "in_reply_to_status_id_str": "1697284191950348589",
 "in_reply_to_user_id_str": "1582259046823985153",
 "lang": "en",
 "user_id_str": "1181729392755707904",
 "id_str": "1697295406260953510"
} } ]"#;
    let lib = library(batch(&[file("tweets.js", tweet)]));
    let p = post(&lib, "1697295406260953510");
    assert_eq!(
        p.segments,
        vec![
            text("Hey hey! 🙂 Could you please try verifying your Fortnite files and see if you can launch the game afterwards? Here's a handy guide on how to do it: "),
            link("fn.gg/VerifyFiles", "http://fn.gg/VerifyFiles"),
            text(". 🔧"),
        ]
    );
    // A single post and no thread anywhere: it shows as a one-post thread.
    assert_eq!(lib.threads().len(), 1);
}

#[test]
fn dsajgiouawj_author_and_japanese_text() {
    let (batch, errors) = import(&archive_files("dsajgiouawj_2020", &DSAJ));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(batch.posts.len(), 1163);
    let a = &batch.authors[0];
    assert_eq!(
        (a.id.as_str(), a.handle.as_str(), a.display_name.as_str()),
        ("4688937990", "E31415926", "E")
    );
    assert_eq!(a.avatar_url, None, "profile.js has an empty avatarMediaUrl");
    let lib = library(batch);
    let p = post(&lib, "1146483350451806208");
    assert_eq!(
        p.segments,
        vec![text("データベースのサイズほとんどトランザクションログ用に予約されてるだけだった\nデータは4GBしかない")]
    );
    assert_eq!(p.lang.as_deref(), Some("ja"));
    assert_eq!(
        p.permalink,
        "https://x.com/E31415926/status/1146483350451806208"
    );
    // 140 emoji (one code point each, two UTF-16 units) before a trailing quote link.
    let p = post(&lib, "1068380462177955841");
    assert_eq!(p.segments, vec![text(&"👎".repeat(140))]);
    assert_eq!(
        p.quote.as_ref().map(|q| q.permalink.as_str()),
        Some("https://x.com/nhk_news/status/1068370796530135040")
    );
}

#[test]
fn owner_is_inferred_without_account_js() {
    let (batch, errors) = import(&archive_files("alrocar_2022", &["tweets.js"]));
    assert!(errors.is_empty(), "{errors:?}");
    let a = &batch.authors[0];
    assert_eq!((a.id.as_str(), a.handle.as_str()), ("52338276", "alrocar"));
    assert_eq!(a.avatar_url, None);
    assert!(batch
        .posts
        .iter()
        .all(|p| p.permalink.starts_with("https://x.com/alrocar/status/")));
    let lib = library(batch);
    assert_eq!(lengths(&lib), lengths(&alrocar()));
}

#[test]
fn manifest_names_the_owner_when_account_js_is_absent() {
    let batch = batch(&archive_files(
        "dsajgiouawj_2020",
        &["manifest.js", "tweet.js"],
    ));
    let a = &batch.authors[0];
    assert_eq!(
        (a.id.as_str(), a.handle.as_str(), a.display_name.as_str()),
        ("4688937990", "E31415926", "E")
    );
}

#[test]
fn split_archive_parts_join() {
    let archive = read_text("twitter-archive/alrocar_2022/tweets.js");
    let body = archive.split_once('=').expect("assignment").1;
    let items: Vec<serde_json::Value> = serde_json::from_str(body).expect("json");
    let (a, b) = items.split_at(200);
    let part = |n: usize, items: &[serde_json::Value]| {
        format!(
            "window.YTD.tweets.part{n} = {}",
            serde_json::to_string_pretty(items).expect("json")
        )
    };
    let mut files = archive_files("alrocar_2022", &["account.js", "profile.js"]);
    files.insert(0, file("tweets-part1.js", &part(1, b)));
    files.push(file("tweets.js", &part(0, a)));
    let lib = library(batch(&files));
    assert_eq!(lib.post_count(), 436);
    assert_eq!(all_items(&lib), all_items(&alrocar()));
}

#[test]
fn malformed_archive_names_line_and_column() {
    let archive = read_text("twitter-archive/alrocar_2022/tweets.js");
    // Line 36 is `      "favorite_count" : "8",`: a stray comma after it.
    assert_eq!(
        archive.lines().nth(35),
        Some("      \"favorite_count\" : \"8\",")
    );
    let target = "\"favorite_count\" : \"8\",";
    let at = archive.find(target).expect("target") + target.len();
    let broken = format!("{},{}", &archive[..at], &archive[at..]);
    let mut files = archive_files("alrocar_2022", &["account.js"]);
    files.push(InputFile {
        name: "tweets.js".into(),
        bytes: broken.into_bytes(),
    });
    let (batch, errors) = import(&files);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].file, "tweets.js");
    match &errors[0].kind {
        ImportErrorKind::Syntax {
            line,
            column,
            format,
            ..
        } => {
            assert_eq!(*format, "X data archive");
            // The extra comma itself, right after line 36's text (6 spaces + 23 characters).
            assert_eq!((*line, *column), (36, 30));
        }
        other => panic!("{other:?}"),
    }
    assert!(batch.posts.is_empty());
    // The account still imported.
    assert_eq!(batch.authors.len(), 1);
    assert_eq!(batch.authors[0].handle, "alrocar");
    let msg = errors[0].to_string();
    assert!(
        msg.starts_with("tweets.js: malformed X data archive at line 36, column 30"),
        "{msg}"
    );
}

#[test]
fn archive_files_are_recognised_by_content() {
    use unroll_core::import::x_archive::is_archive_file;
    for f in archive_files(
        "alrocar_2022",
        &["tweets.js", "account.js", "profile.js", "manifest.js"],
    ) {
        assert!(is_archive_file(&f.bytes), "{}", f.name);
    }
    for f in archive_files(
        "dsajgiouawj_2020",
        &["tweet.js", "account.js", "profile.js", "manifest.js"],
    ) {
        assert!(is_archive_file(&f.bytes), "{}", f.name);
    }
    // The same bytes as JSON without the assignment are not an archive file.
    let text = read_text("twitter-archive/dsajgiouawj_2020/account.js");
    let json = text.split_once('=').expect("assignment").1;
    assert!(!is_archive_file(json.as_bytes()));
}

#[test]
fn truncated_archive_reports_the_end_of_the_file() {
    let text = read_text("twitter-archive/dsajgiouawj_2020/tweet.js");
    // Cut in the middle of the Japanese text of a tweet (on a char boundary).
    let cut = text.find("データは4GBしかない").expect("text") + "データは".len();
    let truncated = &text[..cut];
    let (batch, errors) = import(&[file("tweet.js", truncated)]);
    assert!(batch.posts.is_empty());
    let last_line = truncated.lines().count();
    let last_column = truncated.lines().last().map_or(0, |l| l.chars().count());
    match errors.first().map(|e| &e.kind) {
        Some(ImportErrorKind::Syntax {
            line,
            column,
            message,
            ..
        }) => {
            assert_eq!(*line, last_line);
            // Columns count characters, not bytes, on a line of Japanese text.
            assert_eq!(*column, last_column);
            assert!(message.contains("EOF"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}
