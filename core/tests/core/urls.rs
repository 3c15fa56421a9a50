//! One URL rule (`unroll_core::url::safe_url`) in the converters: a real Mastodon status
//! (`assets/samples/mastodon`) given hostile URLs wherever the API puts one keeps only the
//! safe ones, picking a safe alternative where the source offers one; so do Bluesky and
//! X API v2 posts, HTML links and Bluesky link facets.

use crate::support::media_urls;
use crate::support::social::{import_ok, import_value, input, link, sample_json, text};
use serde_json::json;
use unroll_core::{MediaKind, Segment};

const CARD: &str = "mastodon/mastodonpy_status_with_card.json";
const BLUESKY: &str = "bluesky/morpho_threadTortureTest.json";

#[test]
fn a_mastodon_status_keeps_only_safe_urls_and_prefers_a_safe_alternative() {
    let mut status = sample_json(CARD);
    status["url"] = json!("javascript:alert(1)");
    status["uri"] = json!("https://home.example/users/a/statuses/1");
    status["account"]["avatar"] = json!("data:image/png;base64,AAAA");
    status["content"] = json!("<p>hi :blob: :gone:</p>");
    status["emojis"] = json!([
        {"shortcode": "blob", "static_url": "javascript:x", "url": "https://e.example/blob.png"},
        {"shortcode": "gone", "static_url": "data:x", "url": " https://e.example/gone.png"},
    ]);
    status["card"]["url"] = json!("vbscript:x");
    status["card"]["image"] = json!("//cdn.example/thumb.png");
    status["media_attachments"] = json!([
        {"id": "1", "type": "image", "url": "javascript:x", "remote_url": "https://r.example/a.png"},
        {"id": "2", "type": "image", "url": "data:x", "preview_url": "https://p.example/b.png"},
        {"id": "3", "type": "video", "url": "https://v.example/c.mp4", "preview_url": "data:x"},
        {"id": "4", "type": "gifv", "url": "javascript:x", "preview_url": "https://p.example/d.png"},
        {"id": "5", "type": "unknown", "remote_url": "/relative", "url": "https://s.example/e.bin"},
    ]);
    let batch = import_value(&status);
    let p = &batch.posts[0];
    assert_eq!(p.permalink, "https://home.example/users/a/statuses/1");
    assert_eq!(batch.authors[0].avatar_url, None);
    assert_eq!(
        p.segments[1],
        Segment::Emoji {
            shortcode: "blob".into(),
            url: "https://e.example/blob.png".into()
        }
    );
    assert!(
        matches!(&p.segments[2], Segment::Text { text } if text.contains(":gone:")),
        "an emoji with no safe image stays text: {:?}",
        p.segments
    );
    let card = p.card.as_ref().unwrap();
    assert_eq!((card.url.as_str(), card.thumb.as_deref()), ("", None));
    assert_eq!(
        media_urls(&p.media),
        [
            (MediaKind::Photo, "https://r.example/a.png", None),
            (MediaKind::Photo, "https://p.example/b.png", None),
            (MediaKind::Video, "", Some("https://v.example/c.mp4")),
            (MediaKind::File, "", Some("https://s.example/e.bin")),
        ],
        "the GIF with no safe file is dropped, as one with no file"
    );
}

#[test]
fn a_bluesky_post_keeps_only_safe_media_and_card_urls() {
    // The sample's post, its author's avatar and its embed made hostile.
    let import = |embed: serde_json::Value| {
        let mut doc = sample_json(BLUESKY);
        doc["thread"]["post"]["author"]["avatar"] = json!("javascript:x");
        doc["thread"]["post"]["embed"] = embed;
        let id = doc["thread"]["post"]["uri"].clone();
        let batch = import_value(&doc);
        let post = batch.posts.into_iter().find(|p| p.id == id).unwrap();
        let author = batch.authors.into_iter().find(|a| a.id == post.author_id);
        assert_eq!(author.unwrap().avatar_url, None);
        post
    };
    let p = import(json!({"$type": "app.bsky.embed.images#view", "images": [
        {"fullsize": "javascript:x", "thumb": "https://cdn.example/a@jpeg", "alt": ""},
        {"fullsize": "data:x", "alt": "dropped"}
    ]}));
    let urls: Vec<_> = p.media.iter().map(|m| m.url.as_str()).collect();
    assert_eq!(urls, ["https://cdn.example/a@jpeg"]);
    let p = import(
        json!({"$type": "app.bsky.embed.external#view", "external": {
        "uri": "data:text/html,x", "title": "T", "thumb": "javascript:x"}}),
    );
    let card = p.card.expect("the card, unlinked");
    assert_eq!(
        (
            card.url.as_str(),
            card.title.as_deref(),
            card.thumb.as_deref()
        ),
        ("", Some("T"), None)
    );
}

#[test]
fn an_x_v2_post_links_the_first_safe_target_and_drops_unsafe_media() {
    let p = import_ok(&[input(
        "v2.json",
        r#"{"data": [{"id": "21", "author_id": "9", "text": "See https://t.co/a",
            "attachments": {"media_keys": ["3_1", "7_2"]},
            "entities": {"urls": [{"start": 4, "end": 18, "url": "https://t.co/a",
                "unwound_url": "javascript:x", "expanded_url": "https://example.com/b",
                "display_url": "example.com/b"}]}}],
           "includes": {"media": [{"media_key": "3_1", "type": "photo", "url": "data:x"},
                {"media_key": "7_2", "type": "video", "preview_image_url": "https://pbs.twimg.com/p.jpg",
                 "variants": [{"bit_rate": 9, "content_type": "video/mp4", "url": "javascript:x"},
                              {"bit_rate": 1, "content_type": "video/mp4", "url": "https://video.twimg.com/v.mp4"}]}]}}"#,
    )])
    .posts
    .remove(0);
    assert_eq!(
        p.segments[1],
        link("example.com/b", "https://example.com/b")
    );
    let media: Vec<_> = p
        .media
        .iter()
        .map(|m| (m.kind, m.link.as_deref()))
        .collect();
    assert_eq!(
        media,
        [(MediaKind::Video, Some("https://video.twimg.com/v.mp4"))]
    );
}

#[test]
fn html_links_and_bluesky_facets_link_only_safe_targets() {
    // A Mastodon status's HTML: an href may be surrounded by spaces (HTML allows it).
    let mut status = sample_json(CARD);
    status["content"] =
        json!(r#"<p><a href="  https://ok.example/  ">ok</a> <a href="https:evil">no</a></p>"#);
    let p = import_value(&status).posts.remove(0);
    assert_eq!(p.segments, [link("ok", "https://ok.example/"), text(" no")]);
    // A Bluesky post's link facets (UTF-8 byte ranges of its text).
    let mut doc = sample_json(BLUESKY);
    let record = &mut doc["thread"]["post"]["record"];
    record["text"] = json!("good bad");
    let facet = |start: usize, end: usize, uri: &str| {
        json!({"index": {"byteStart": start, "byteEnd": end},
               "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}]})
    };
    record["facets"] = json!([
        facet(0, 4, "https://good.example"),
        facet(5, 8, "javascript:x")
    ]);
    let id = doc["thread"]["post"]["uri"].clone();
    let batch = import_value(&doc);
    let p = batch.posts.iter().find(|p| p.id == id).unwrap();
    assert_eq!(
        p.segments,
        [link("good", "https://good.example"), text(" bad")]
    );
}
