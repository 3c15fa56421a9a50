//! Bluesky getPostThread import on the real samples (`assets/samples/bluesky`, see
//! SOURCES.md in the shared samples): golden posts, text, facets, reply links, threads and
//! labels. Shapes no real sample has (images, quotes, video, missing parents) are derived
//! from a real document by changing the named fields, following the `app.bsky` lexicons;
//! each such test says so.

use crate::support::position;
use crate::support::schema_check;
use crate::support::social;

use serde_json::{json, Value};
use social::{
    error_of, ids, import_sample, import_value, input, library, link, post, repo_file,
    sample_bytes, sample_json, text,
};
use unroll_core::export::export_thread;
use unroll_core::present::thread_view;
use unroll_core::{
    Author, ImportErrorKind, LinkCard, Media, MediaKind, Network, Segment, SourceFormat, ThreadItem,
};

const MID: &str = "bluesky/morpho_threadResponseMidThreadJson.json";
const TORTURE: &str = "bluesky/morpho_threadTortureTest.json";

const ORUAL: &str = "did:plc:yfvwmnlztr4dwkb7hwz55r2g";
const OVNA: &str = "did:plc:jmszivbbbadpztauju5dev26";
const CHAD: &str = "did:plc:uy7ehrx332p6dow5sk32hxzq";
const MATT: &str = "did:plc:mndtiksvxikpsy3zl6ebd2kr";

fn uri(did: &str, rkey: &str) -> String {
    format!("at://{did}/app.bsky.feed.post/{rkey}")
}

#[test]
fn the_torture_thread_imports_only_the_focal_authors_self_thread() {
    let batch = import_sample(TORTURE);
    // 8 posts in the file: ovna.dev and nonbinary.computer alternate above the focus, two
    // others chime in. Orual's own chain is the focus and its one self-reply; Orual's
    // earlier post (a reply to ovna, separated from the focus by ovna's post) is not in it.
    let first = uri(ORUAL, "3kosdondcpl2i");
    let second = uri(ORUAL, "3kosdty4sbj2q");
    assert_eq!(ids(&batch), [first.as_str(), second.as_str()]);
    assert_eq!(
        batch.authors,
        [Author {
            id: ORUAL.into(),
            handle: "nonbinary.computer".into(),
            display_name: "Orual".into(),
            avatar_url: Some("https://cdn.bsky.app/img/avatar/plain/did:plc:yfvwmnlztr4dwkb7hwz55r2g/bafkreig4qtqlzxzsnng5hjkbeca7rz4pxownfxs4zy54ixmrg7lsc4nwbu@jpeg".into()),
            network: Network::Bluesky,
            emojis: Vec::new(),
        }]
    );

    let p = post(&batch, &first);
    assert_eq!(p.source, SourceFormat::Bluesky);
    assert_eq!(p.author_id, ORUAL);
    assert_eq!(p.created_at, 1_711_675_081); // 2024-03-29T01:18:01.792Z
    assert_eq!(p.lang.as_deref(), Some("en"));
    assert_eq!(
        p.permalink,
        "https://bsky.app/profile/nonbinary.computer/post/3kosdondcpl2i"
    );
    assert_eq!(p.segments, [text("Yeah, it's a tradeoff. 5GHz is clearly a lot harder to make cheap, tiny, low-power radios for. It's almost impossible to find an embedded WiFi module that supports it. A client was complaining about it. 900MHz is ok for IoT stuff specifically, but you run into bandwidth limitations HARD.")]);
    let reply = p.reply_to.as_ref().unwrap();
    assert_eq!(reply.post_id, uri(OVNA, "3kosdkjzaua2f"));
    assert_eq!(reply.user_id.as_deref(), Some(OVNA));
    assert_eq!(reply.handle.as_deref(), Some("ovna.dev"));
    assert_eq!(
        p.conversation_id.as_deref(),
        Some(uri(OVNA, "3koscfhae3h2x").as_str())
    );
    assert!(p.media.is_empty() && p.quote.is_none() && p.card.is_none());

    let q = post(&batch, &second);
    assert_eq!(q.created_at, 1_711_675_260);
    assert_eq!(q.segments, [text("One thing that manufacturers don't always do a good job of is choosing case materials with good radio transparency. They also tend to skimp on antennas bc of cost.")]);
    let reply = q.reply_to.as_ref().unwrap();
    assert_eq!(reply.post_id, first);
    assert_eq!(reply.user_id.as_deref(), Some(ORUAL));
    assert_eq!(reply.handle.as_deref(), Some("nonbinary.computer"));

    let lib = library(batch);
    assert_eq!(lib.threads().len(), 1);
    let view = thread_view(&lib, &first, 0).unwrap();
    assert_eq!(view.post_count, 2);
    assert_eq!(view.count_label, "2 posts");
    assert_eq!(view.original_label, "Read on Bluesky");
    assert_eq!(
        view.original_url,
        "https://bsky.app/profile/nonbinary.computer/post/3kosdondcpl2i"
    );
    assert_eq!(view.date_label, "Mar 29, 2024");
    assert_eq!(view.author.display_name, "Orual");
}

#[test]
fn other_peoples_replies_do_not_form_threads() {
    let batch = import_sample(MID);
    // The focus is Chad's reply to Matt Binder; below it dnasis replies twice to
    // themselves and two others reply to Matt Graham. Only Chad's post is imported.
    let chad = uri(CHAD, "3k7rmyigapw2y");
    assert_eq!(ids(&batch), [chad.as_str()]);
    assert_eq!(batch.authors.len(), 1);
    assert_eq!(batch.authors[0].handle, "chadmichael.bsky.social");
    assert_eq!(batch.authors[0].display_name, "Chad");
    let p = post(&batch, &chad);
    assert_eq!(p.created_at, 1_695_158_041);
    assert_eq!(p.segments, [text("If Bluesky is invite only, does this mean that people were sitting on their invites until today or that Bluesky sent more invites to its waiting list or that people are suddenly giving away more invites? Hard to see how there's a correlation when signup isn't open.")]);
    let reply = p.reply_to.as_ref().unwrap();
    assert_eq!(reply.post_id, uri(MATT, "3k7rlrukr4w2v"));
    assert_eq!(reply.handle.as_deref(), Some("mattbinder.bsky.social"));

    let lib = library(batch);
    let threads: Vec<&str> = lib.threads().iter().map(|t| t.id.as_str()).collect();
    assert_eq!(threads, [chad.as_str()], "dnasis's two posts are no thread");
    let view = thread_view(&lib, &chad, 0).unwrap();
    assert_eq!(view.count_label, "1 post");
    assert_eq!(view.original_label, "Read on Bluesky");
    assert_eq!(
        view.original_url,
        "https://bsky.app/profile/chadmichael.bsky.social/post/3k7rmyigapw2y"
    );
}

/// The mid-thread sample's parent (Matt Binder's post, with a link facet and an external
/// embed) as getPostThread returns it when asked for that post: the same node, at the top.
fn matt_document() -> Value {
    let mut doc = sample_json(MID);
    json!({ "thread": doc["thread"]["parent"].take() })
}

const MASHABLE: &str =
    "https://mashable.com/article/bluesky-record-new-signups-after-musk-says-charge-x-twitter-users-fee";

#[test]
fn link_facets_show_their_text_and_external_embeds_become_cards() {
    let batch = import_value(&matt_document());
    let matt = uri(MATT, "3k7rlrukr4w2v");
    assert_eq!(ids(&batch), [matt.as_str()]);
    let p = post(&batch, &matt);
    // Facet bytes 131..159: the shortened URL as the author's client wrote it.
    assert_eq!(
        p.segments,
        [
            text("one day after Elon Musk said he would start charging all users for X, Bluesky is seeing its biggest single-day in new user signups "),
            link("mashable.com/article/blue...", MASHABLE),
        ]
    );
    assert_eq!(
        p.card,
        Some(LinkCard {
            url: MASHABLE.into(),
            title: Some("Bluesky sees record signups day after Musk says X will go paid-only".into()),
            description: Some("The day isn't even over yet Bluesky has already seen its biggest influx of new users in a single-day".into()),
            thumb: Some("https://av-cdn.bsky.app/img/feed_thumbnail/plain/did:plc:mndtiksvxikpsy3zl6ebd2kr/bafkreiejqjdtx4hwolszgugueol4y7ao7ohkjfirnidjmub4fsowqscngm@jpeg".into()),
        })
    );
    assert!(p.media.is_empty() && p.quote.is_none());
    assert_eq!(p.reply_to, None);
    assert_eq!(p.conversation_id.as_deref(), Some(matt.as_str()));
    assert_eq!(
        p.permalink,
        "https://bsky.app/profile/mattbinder.bsky.social/post/3k7rlrukr4w2v"
    );
}

#[test]
fn facet_offsets_are_utf8_bytes_so_an_emoji_before_a_link_does_not_shift_it() {
    // Derived: the real post with multibyte text put before its words, and its facet
    // moved by the prefix's length in bytes, as a Bluesky client would write it.
    let prefix = "🦋 café — ";
    assert_eq!((prefix.len(), prefix.chars().count()), (15, 9));
    let shifted = |by: usize| {
        let mut doc = matt_document();
        let record = &mut doc["thread"]["post"]["record"];
        let old = record["text"].as_str().unwrap().to_string();
        record["text"] = json!(format!("{prefix}{old}"));
        let index = &mut record["facets"][0]["index"];
        index["byteStart"] = json!(131 + by);
        index["byteEnd"] = json!(159 + by);
        import_value(&doc).posts.remove(0).segments
    };
    let segments = shifted(prefix.len());
    assert_eq!(segments.len(), 2);
    assert_eq!(segments[1], link("mashable.com/article/blue...", MASHABLE));
    assert_eq!(
        segments[0],
        text(&format!("{prefix}one day after Elon Musk said he would start charging all users for X, Bluesky is seeing its biggest single-day in new user signups "))
    );
    // Counting code points instead would have cut the link 6 bytes early.
    let wrong = shifted(prefix.chars().count());
    assert_eq!(wrong[1], link("gnups mashable.com/article/b", MASHABLE));
}

/// The torture sample with `embed` set on its focus post.
fn with_embed(embed: Value) -> unroll_core::Post {
    let mut doc = sample_json(TORTURE);
    doc["thread"]["post"]["embed"] = embed;
    import_value(&doc).posts.remove(0)
}

/// ovna.dev's real post from the sample as an `app.bsky.embed.record#viewRecord`.
fn ovna_view_record() -> Value {
    let doc = sample_json(TORTURE);
    let parent = &doc["thread"]["parent"]["post"];
    json!({
        "$type": "app.bsky.embed.record#viewRecord",
        "uri": parent["uri"], "cid": parent["cid"], "author": parent["author"],
        "value": parent["record"], "indexedAt": parent["indexedAt"],
        "embeds": [{"$type": "app.bsky.embed.images#view", "images": [{
            "thumb": "https://cdn.bsky.app/img/feed_thumbnail/plain/x/q@jpeg",
            "fullsize": "https://cdn.bsky.app/img/feed_fullsize/plain/x/q@jpeg",
            "alt": "A router on a shelf"}]}]
    })
}

fn photo(url: &str, alt: Option<&str>, size: Option<(u32, u32)>) -> Media {
    Media {
        kind: MediaKind::Photo,
        url: url.into(),
        alt: alt.map(str::to_string),
        link: None,
        width: size.map(|s| s.0),
        height: size.map(|s| s.1),
    }
}

#[test]
fn images_keep_their_alt_text() {
    // Derived: an app.bsky.embed.images#view on a real post.
    let p = with_embed(json!({
        "$type": "app.bsky.embed.images#view",
        "images": [
            {"thumb": "https://cdn.bsky.app/img/feed_thumbnail/plain/d/a@jpeg",
             "fullsize": "https://cdn.bsky.app/img/feed_fullsize/plain/d/a@jpeg",
             "alt": "A 2.4GHz antenna, disassembled", "aspectRatio": {"width": 2000, "height": 1500}},
            {"thumb": "https://cdn.bsky.app/img/feed_thumbnail/plain/d/b@jpeg",
             "fullsize": "https://cdn.bsky.app/img/feed_fullsize/plain/d/b@jpeg", "alt": ""}
        ]
    }));
    assert_eq!(
        p.media,
        [
            photo(
                "https://cdn.bsky.app/img/feed_fullsize/plain/d/a@jpeg",
                Some("A 2.4GHz antenna, disassembled"),
                Some((2000, 1500))
            ),
            photo(
                "https://cdn.bsky.app/img/feed_fullsize/plain/d/b@jpeg",
                None,
                None
            ),
        ]
    );
    assert!(p.quote.is_none() && p.card.is_none());
}

#[test]
fn record_embeds_become_quote_cards() {
    // Derived: an app.bsky.embed.record#view quoting ovna.dev's real post.
    let p =
        with_embed(json!({"$type": "app.bsky.embed.record#view", "record": ovna_view_record()}));
    let q = p.quote.expect("a quote");
    assert_eq!(
        q.permalink,
        "https://bsky.app/profile/ovna.dev/post/3kosdkjzaua2f"
    );
    assert_eq!(q.post_id, Some(uri(OVNA, "3kosdkjzaua2f")));
    let author = q.author.expect("the quoted author");
    assert_eq!(
        (
            author.id.as_str(),
            author.handle.as_str(),
            author.display_name.as_str()
        ),
        (OVNA, "ovna.dev", "nova 🆒")
    );
    assert_eq!(q.created_at, Some(1_711_674_943)); // 2024-03-29T01:15:43.697Z
    assert!(
        matches!(&q.segments[..], [Segment::Text { text }] if text.starts_with("in denser environments it can be a problem with lesser hardware."))
    );
    assert_eq!(
        q.media,
        [photo(
            "https://cdn.bsky.app/img/feed_fullsize/plain/x/q@jpeg",
            Some("A router on a shelf"),
            None
        )]
    );
    assert!(p.media.is_empty());
}

#[test]
fn record_with_media_gives_both_and_videos_show_a_poster_and_link() {
    // Derived: app.bsky.embed.recordWithMedia#view (a record#view inside `record`) with a
    // video#view as its media.
    let p = with_embed(json!({
        "$type": "app.bsky.embed.recordWithMedia#view",
        "record": {"$type": "app.bsky.embed.record#view", "record": ovna_view_record()},
        "media": {"$type": "app.bsky.embed.video#view", "cid": "bafkreivideo",
                  "playlist": "https://video.bsky.app/watch/did%3Aplc%3Ax/bafkreivideo/playlist.m3u8",
                  "thumbnail": "https://video.bsky.app/watch/did%3Aplc%3Ax/bafkreivideo/thumbnail.jpg",
                  "alt": "Soldering the antenna", "aspectRatio": {"width": 1280, "height": 720}}
    }));
    assert_eq!(
        p.media,
        [Media {
            kind: MediaKind::Video,
            url: "https://video.bsky.app/watch/did%3Aplc%3Ax/bafkreivideo/thumbnail.jpg".into(),
            alt: Some("Soldering the antenna".into()),
            link: Some(
                "https://video.bsky.app/watch/did%3Aplc%3Ax/bafkreivideo/playlist.m3u8".into()
            ),
            width: Some(1280),
            height: Some(720),
        }]
    );
    let q = p.quote.expect("the quote of recordWithMedia");
    assert_eq!(q.post_id, Some(uri(OVNA, "3kosdkjzaua2f")));
}

#[test]
fn unavailable_quotes_keep_their_link_and_feeds_become_cards() {
    // Derived: record#view of a deleted post, and of a feed generator.
    let gone = uri(OVNA, "3kgone");
    let p = with_embed(json!({"$type": "app.bsky.embed.record#view", "record": {
        "$type": "app.bsky.embed.record#viewNotFound", "uri": gone, "notFound": true}}));
    let q = p.quote.expect("a card for the missing quote");
    assert_eq!(
        q.permalink,
        format!("https://bsky.app/profile/{OVNA}/post/3kgone")
    );
    assert!(q.author.is_none() && q.segments.is_empty());

    let p = with_embed(json!({"$type": "app.bsky.embed.record#view", "record": {
        "$type": "app.bsky.feed.defs#generatorView",
        "uri": format!("at://{OVNA}/app.bsky.feed.generator/wires"),
        "did": "did:web:feeds.example", "creator": {"did": OVNA, "handle": "ovna.dev"},
        "displayName": "Wires", "description": "Posts about cables", "indexedAt": "2024-03-01T00:00:00Z"}}));
    assert!(p.quote.is_none());
    assert_eq!(
        p.card,
        Some(LinkCard {
            url: "https://bsky.app/profile/ovna.dev/feed/wires".into(),
            title: Some("Wires".into()),
            description: Some("Posts about cables".into()),
            thumb: None,
        })
    );
}

#[test]
fn a_missing_parent_of_the_authors_own_is_a_gap() {
    // Derived: Orual's real self-reply, asked for on its own, with its parent (Orual's
    // focus post of the sample) gone: deleted (notFoundPost) or blocked (blockedPost).
    let parent_uri = uri(ORUAL, "3kosdondcpl2i");
    let child_uri = uri(ORUAL, "3kosdty4sbj2q");
    for missing in [
        json!({"$type": "app.bsky.feed.defs#notFoundPost", "uri": parent_uri, "notFound": true}),
        json!({"$type": "app.bsky.feed.defs#blockedPost", "uri": parent_uri, "blocked": true,
               "author": {"did": ORUAL, "viewer": {"blockedBy": true}}}),
    ] {
        let mut doc = sample_json(TORTURE);
        let mut child = doc["thread"]["replies"][0].take();
        child["parent"] = missing;
        let batch = import_value(&json!({ "thread": child }));
        assert_eq!(ids(&batch), [child_uri.as_str()]);
        let lib = library(batch);
        assert_eq!(lib.threads().len(), 1);
        assert_eq!(
            lib.threads()[0].items,
            [
                ThreadItem::Gap {
                    missing_id: Some(parent_uri.clone())
                },
                ThreadItem::Post {
                    id: child_uri.clone()
                }
            ]
        );
    }
    // The asked-for post itself gone: nothing to import, and the banner says so.
    let gone = json!({"thread": {
        "$type": "app.bsky.feed.defs#notFoundPost", "uri": parent_uri, "notFound": true}});
    let (batch, errors) =
        unroll_core::import::import_files(&[input("gone.json", gone.to_string())]);
    assert!(batch.posts.is_empty() && batch.authors.is_empty());
    assert_eq!(
        errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["gone.json: no posts found (the format is known, but the file holds no posts)"]
    );
}

#[test]
fn detected_by_content_under_any_name() {
    let bytes = sample_bytes(TORTURE);
    let expected = import_sample(TORTURE);
    for name in ["thread.json", "tweets.js", "notes.txt", ""] {
        let (batch, errors) = unroll_core::import::import_files(&[input(name, bytes.clone())]);
        assert!(errors.is_empty(), "{name}: {errors:?}");
        assert_eq!(batch, expected, "{name}");
    }
    // A "thread" that is no Bluesky node is no Bluesky file; the message lists both new
    // formats.
    let forum = r#"{"thread": {"title": "A forum thread", "posts": []}}"#;
    assert_eq!(error_of(forum), ImportErrorKind::UnknownFormat);
    let message = ImportErrorKind::UnknownFormat.to_string();
    for named in ["Bluesky", "getPostThread", "Mastodon", "/context"] {
        assert!(message.contains(named), "{message:?} lacks {named:?}");
    }
}

#[test]
fn errors_name_the_path_of_the_bad_field() {
    let mut doc = sample_json(TORTURE);
    doc["thread"]["replies"][0]["post"]["record"]["createdAt"] = json!("yesterday");
    doc["thread"]["replies"][0]["post"]["indexedAt"] = json!("today");
    assert_eq!(
        error_of(doc.to_string()),
        ImportErrorKind::Invalid {
            format: "Bluesky",
            path: "thread.replies[0].post.record.createdAt".into(),
            message: "not an RFC 3339 date: \"yesterday\"".into(),
        }
    );
    let mut doc = sample_json(TORTURE);
    doc["thread"]["parent"]["post"]["record"]["text"] = json!(5);
    let text = doc.to_string();
    assert_eq!(position::position_of_end(&text, r#""text":5"#), (1, 8066));
    match error_of(text) {
        ImportErrorKind::Invalid { format, path, .. } => {
            assert_eq!(
                (format, path.as_str()),
                ("Bluesky", "thread (line 1, column 8066)")
            );
        }
        other => panic!("{other:?}"),
    }
    // Cut short: a syntax error with its position.
    let bytes = sample_bytes(TORTURE);
    let cut = &bytes[..bytes.len() / 2];
    assert!(matches!(
        error_of(cut.to_vec()),
        ImportErrorKind::Syntax { .. }
    ));
}

#[test]
fn exports_match_the_schema_and_read_back_the_same() {
    let schema: Value =
        serde_json::from_slice(&repo_file("assets/unroll-thread.schema.json")).unwrap();
    for batch in [import_sample(TORTURE), import_value(&matt_document())] {
        let lib = library(batch);
        let thread = &lib.threads()[0];
        let json = export_thread(&lib, &thread.id).unwrap();
        let doc: Value = serde_json::from_str(&json).unwrap();
        schema_check::check(&schema, &schema, &doc, "").unwrap();
        assert_eq!(doc["posts"][0]["source"], "bluesky");
        let again = library(import_value(&doc));
        assert_eq!(again.threads(), lib.threads());
        for id in thread.post_ids() {
            assert_eq!(again.post(id), lib.post(id));
        }
    }
}
