//! Mastodon import on the real statuses of `assets/samples/mastodon` (Mastodon.py's test
//! recordings: genuine server output from a local test instance). No public thread with its
//! context exists among the samples, so the thread tests build one from those real
//! statuses by re-linking their `in_reply_to_id`; every such test says so.

use crate::support::position;
use crate::support::schema_check;
use crate::support::social;

use serde_json::{json, Value};
use social::{
    error_of, ids, import_ok, import_sample, import_value, input, library, link, post, repo_file,
    sample_bytes, sample_json, text,
};
use unroll_core::export::export_thread;
use unroll_core::present::thread_view;
use unroll_core::{
    Author, ImportErrorKind, LinkCard, Media, MediaKind, Network, Poll, PollOption, Quote, ReplyTo,
    Segment, SourceFormat, ThreadItem,
};

const CARD: &str = "mastodon/mastodonpy_status_with_card.json";
const QUOTE: &str = "mastodon/mastodonpy_status_with_quote.json";
const REPLY: &str = "mastodon/mastodonpy_status_reply_with_quote.json";
const EMPTY: &str = "mastodon/mastodonpy_context_empty.json";

/// mastodonpy_test, the author of every sample status.
const ACCOUNT: &str = "117020565966271181";
const AVATAR: &str = "http://localhost:3000/system/accounts/avatars/117/020/565/966/271/181/original/5784df1febb9890a.jpg";

fn john() -> Author {
    Author {
        id: ACCOUNT.into(),
        handle: "mastodonpy_test".into(),
        display_name: "John Lennon".into(),
        avatar_url: Some(AVATAR.into()),
        network: Network::Mastodon {
            instance: "localhost:3000".into(),
        },
        emojis: Vec::new(),
    }
}

#[test]
fn a_status_with_a_link_and_its_card() {
    let batch = import_sample(CARD);
    assert_eq!(batch.authors, [john()]);
    let id = "117020609135389699";
    assert_eq!(ids(&batch), [id]);
    let p = post(&batch, id);
    assert_eq!(p.source, SourceFormat::Mastodon);
    assert_eq!(p.author_id, ACCOUNT);
    assert_eq!(p.created_at, 1_785_592_790); // 2026-08-01T13:59:50.763Z
    assert_eq!(p.lang.as_deref(), Some("en"));
    assert_eq!(
        p.permalink,
        "http://localhost:3000/@mastodonpy_test/117020609135389699"
    );
    // `<span class="invisible">http://</span><span class="">example.org/</span>`.
    assert_eq!(p.segments, [link("example.org/", "http://example.org/")]);
    assert_eq!(
        p.card,
        Some(LinkCard {
            url: "http://example.org/".into(),
            title: Some("Example Domain".into()),
            description: None,
            thumb: None,
        })
    );
    assert_eq!(p.reply_to, None);
    assert_eq!(p.content_warning, None);
    assert!(p.quote.is_none() && p.media.is_empty() && !p.is_repost);

    let lib = library(batch);
    let view = thread_view(&lib, id, 0).unwrap();
    assert_eq!(view.count_label, "1 post");
    assert_eq!(view.original_label, "Read on localhost:3000");
    assert_eq!(view.original_url, p_permalink(CARD));
    assert_eq!(view.date_label, "Aug 1, 2026");
}

fn p_permalink(rel: &str) -> String {
    sample_json(rel)["url"].as_str().unwrap().to_string()
}

#[test]
fn a_quote_replaces_its_re_fallback() {
    let batch = import_sample(QUOTE);
    let p = post(&batch, "117020582925004921");
    // `<p class="quote-inline">RE: <a …>…</a></p><p>yoooooooo</p>`: the quote is shown
    // as a card, so its fallback paragraph goes.
    assert_eq!(p.segments, [text("yoooooooo")]);
    assert_eq!(
        p.quote,
        Some(Quote {
            permalink: "http://localhost:3000/@mastodonpy_test/117020582917124092".into(),
            post_id: Some("117020582917124092".into()),
            author: Some(john()),
            created_at: Some(1_785_592_390), // 13:53:10.704Z
            segments: vec![text("Toot!")],
            media: vec![],
        })
    );
}

#[test]
fn a_self_reply_with_mention_and_quote_whose_parent_is_missing_starts_with_a_gap() {
    let batch = import_sample(REPLY);
    let id = "117020583142008690";
    let p = post(&batch, id);
    assert_eq!(
        p.segments,
        [
            Segment::Mention {
                handle: "mastodonpy_test".into(),
                url: "http://localhost:3000/@mastodonpy_test".into()
            },
            text(" yoooo check this out"),
        ]
    );
    assert_eq!(
        p.reply_to,
        Some(ReplyTo {
            post_id: "117020583129611179".into(),
            user_id: Some(ACCOUNT.into()),
            handle: Some("mastodonpy_test".into()),
        })
    );
    let q = p.quote.as_ref().unwrap();
    assert_eq!(q.post_id.as_deref(), Some("117020583121982310"));
    assert_eq!(q.segments, [text("Toot!")]);

    let lib = library(batch);
    assert_eq!(
        lib.threads()[0].items,
        [
            ThreadItem::Gap {
                missing_id: Some("117020583129611179".into())
            },
            ThreadItem::Post { id: id.into() }
        ]
    );
}

#[test]
fn an_empty_context_imports_nothing_and_says_so() {
    let (batch, errors) = unroll_core::import::import_files(&[input(EMPTY, sample_bytes(EMPTY))]);
    assert!(batch.posts.is_empty() && batch.authors.is_empty());
    assert_eq!(
        errors.iter().map(|e| e.kind.clone()).collect::<Vec<_>>(),
        [ImportErrorKind::NothingToShow { reposts: 0 }]
    );
}

/// The three real statuses, as one JSON array and as JSON Lines.
#[test]
fn arrays_of_statuses_and_json_lines() {
    let parts: Vec<String> = [CARD, QUOTE, REPLY]
        .iter()
        .map(|rel| {
            String::from_utf8(sample_bytes(rel))
                .unwrap()
                .trim()
                .to_string()
        })
        .collect();
    let expected = [
        "117020609135389699",
        "117020582925004921",
        "117020583142008690",
    ];
    for (name, bytes) in [
        ("timeline.json", format!("[{}]", parts.join(",\n"))),
        ("statuses.jsonl", parts.join("\n")),
    ] {
        let batch = import_ok(&[input(name, bytes)]);
        assert_eq!(ids(&batch), expected, "{name}");
        assert_eq!(batch.authors, [john()], "{name}");
    }
    // The same status in two files is kept once.
    let lib = library(import_ok(&[
        input("a.json", sample_bytes(CARD)),
        input("b.json", sample_bytes(CARD)),
    ]));
    assert_eq!(lib.post_count(), 1);
}

/// Statuses for a derived thread: the real quote status as the root, the real reply
/// status re-linked as its self-reply, the real card status as the next one, and a copy of
/// it by someone else (and the author's answer to that person) as noise.
struct Derived {
    root: Value,
    child: Value,
    grandchild: Value,
    other: Value,
    answer: Value,
}

const ROOT: &str = "117020582925004921";
const CHILD: &str = "117020583142008690";
const GRANDCHILD: &str = "117020609135389699";

fn derived() -> Derived {
    let root = sample_json(QUOTE);
    let mut child = sample_json(REPLY);
    child["in_reply_to_id"] = json!(ROOT);
    let mut grandchild = sample_json(CARD);
    grandchild["in_reply_to_id"] = json!(CHILD);
    grandchild["in_reply_to_account_id"] = json!(ACCOUNT);
    let mut other = sample_json(CARD);
    other["id"] = json!("117020600000000001");
    other["in_reply_to_id"] = json!(ROOT);
    other["in_reply_to_account_id"] = json!(ACCOUNT);
    other["account"]["id"] = json!("42");
    other["account"]["acct"] = json!("someone@elsewhere.example");
    other["url"] = json!("https://elsewhere.example/@someone/1");
    let mut answer = sample_json(CARD);
    answer["id"] = json!("117020600000000002");
    answer["in_reply_to_id"] = json!("117020600000000001");
    answer["in_reply_to_account_id"] = json!("42");
    Derived {
        root,
        child,
        grandchild,
        other,
        answer,
    }
}

#[test]
fn a_status_with_its_context_imports_the_authors_self_thread_only() {
    // Derived (see `derived`): descendants come depth first, as Mastodon returns them.
    let d = derived();
    let doc = json!({"status": d.root, "ancestors": [],
                     "descendants": [d.child, d.grandchild, d.other, d.answer]});
    let batch = import_value(&doc);
    assert_eq!(ids(&batch), [ROOT, CHILD, GRANDCHILD]);
    assert_eq!(batch.authors, [john()]);
    assert!(batch
        .posts
        .iter()
        .all(|p| p.conversation_id.as_deref() == Some(ROOT)));
    let lib = library(batch);
    assert_eq!(lib.threads().len(), 1);
    let view = thread_view(&lib, ROOT, 0).unwrap();
    assert_eq!(view.count_label, "3 posts");
    assert_eq!(view.original_label, "Read on localhost:3000");
    assert_eq!(
        view.original_url,
        "http://localhost:3000/@mastodonpy_test/117020582925004921"
    );

    // Asked for the middle status: the same thread.
    let d = derived();
    let doc =
        json!({"status": d.child, "ancestors": [d.root], "descendants": [d.grandchild, d.other]});
    assert_eq!(ids(&import_value(&doc)), [ROOT, CHILD, GRANDCHILD]);
}

#[test]
fn a_bare_context_finds_its_focus_from_the_replies_and_shows_the_gap() {
    // Derived: `/context` of the middle status, saved without the status itself.
    let d = derived();
    let doc = json!({"ancestors": [d.root], "descendants": [d.grandchild, d.other]});
    let batch = import_value(&doc);
    assert_eq!(ids(&batch), [ROOT, GRANDCHILD]);
    let lib = library(batch);
    let items: Vec<String> = lib.threads()[0]
        .items
        .iter()
        .map(|i| match i {
            ThreadItem::Post { id } => id.clone(),
            ThreadItem::Gap { missing_id } => format!("gap:{}", missing_id.clone().unwrap()),
        })
        .collect();
    assert_eq!(
        items,
        [
            ROOT.to_string(),
            format!("gap:{CHILD}"),
            GRANDCHILD.to_string()
        ]
    );
}

#[test]
fn content_warnings_media_and_polls() {
    // Derived: the real card status with a spoiler, attachments and a poll, shaped as
    // Mastodon's API documents them.
    let mut s = sample_json(CARD);
    s["spoiler_text"] = json!("Film spoilers");
    s["media_attachments"] = json!([
        {"id": "1", "type": "image", "url": "https://files.example/a.png",
         "preview_url": "https://files.example/a_small.png", "description": "A cat on a keyboard",
         "meta": {"original": {"width": 640, "height": 480, "aspect": 1.33}}},
        {"id": "2", "type": "gifv", "url": "https://files.example/b.mp4",
         "preview_url": "https://files.example/b.png", "description": null},
        {"id": "3", "type": "video", "url": null, "remote_url": "https://remote.example/c.mp4",
         "preview_url": "https://files.example/c.png", "description": "Trailer",
         "meta": {"original": {"width": 1280.0, "height": 720.0, "duration": 6.5}}},
        {"id": "4", "type": "audio", "url": "https://files.example/d.mp3", "preview_url": null},
        {"id": "5", "type": "unknown", "remote_url": "https://remote.example/e.bin"}
    ]);
    s["poll"] = json!({"id": "9", "expires_at": "2026-08-02T13:59:50.000Z", "expired": false,
        "multiple": false, "votes_count": 3,
        "options": [{"title": "Yes", "votes_count": 2}, {"title": "No", "votes_count": null}]});
    let batch = import_value(&s);
    let p = &batch.posts[0];
    assert_eq!(p.content_warning.as_deref(), Some("Film spoilers"));
    let m =
        |kind, url: &str, alt: Option<&str>, link: Option<&str>, size: Option<(u32, u32)>| Media {
            kind,
            url: url.into(),
            alt: alt.map(str::to_string),
            link: link.map(str::to_string),
            width: size.map(|s| s.0),
            height: size.map(|s| s.1),
        };
    assert_eq!(
        p.media,
        [
            m(
                MediaKind::Photo,
                "https://files.example/a.png",
                Some("A cat on a keyboard"),
                None,
                Some((640, 480))
            ),
            m(
                MediaKind::Gif,
                "https://files.example/b.png",
                None,
                Some("https://files.example/b.mp4"),
                None
            ),
            m(
                MediaKind::Video,
                "https://files.example/c.png",
                Some("Trailer"),
                Some("https://remote.example/c.mp4"),
                Some((1280, 720))
            ),
            m(
                MediaKind::Video,
                "",
                None,
                Some("https://files.example/d.mp3"),
                None
            ),
            // An `unknown` attachment is a link to its file (see
            // `unknown_attachments_are_links_to_their_files` for real ones).
            m(
                MediaKind::File,
                "",
                None,
                Some("https://remote.example/e.bin"),
                None
            ),
        ]
    );
    assert_eq!(
        p.poll,
        Some(Poll {
            options: vec![
                PollOption {
                    label: "Yes".into(),
                    votes: Some(2)
                },
                PollOption {
                    label: "No".into(),
                    votes: None
                },
            ],
            ends_at: Some(1_785_679_190),
            closed: false,
        })
    );
}

#[test]
fn hostile_content_becomes_plain_text() {
    // Derived: the real status with hostile HTML in `content`.
    let mut s = sample_json(CARD);
    s["content"] = json!(concat!(
        r#"<p>Hi <script>alert(1)</script><a href="javascript:alert(1)">click</a> "#,
        r#"<img src=x onerror=alert(1)>&amp;lt;b&amp;gt;<style>*{}</style></p>"#,
        r#"<p><a href="https://ok.example/" onclick="x()">ok</a></p>"#
    ));
    let p = import_value(&s).posts.remove(0);
    assert_eq!(
        p.segments,
        [
            text("Hi click &lt;b&gt;\n\n"),
            link("ok", "https://ok.example/")
        ]
    );
}

#[test]
fn a_file_about_a_boost_shows_the_boosted_status_reposted_by_the_booster() {
    // Derived: a boost of the real card status (`reblog` holds the boosted status). Before,
    // the file showed nothing: a boost has no words of its own.
    let mut boost = sample_json(QUOTE);
    boost["id"] = json!("117020700000000000");
    boost["content"] = json!("");
    boost["quote"] = Value::Null;
    boost["reblog"] = sample_json(CARD);
    let (batch, errors) =
        unroll_core::import::import_files(&[input("boost.json", boost.to_string())]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        ids(&batch),
        ["117020609135389699"],
        "the boosted status itself"
    );
    let p = &batch.posts[0];
    assert!(!p.is_repost);
    assert_eq!(p.segments, [link("example.org/", "http://example.org/")]);
    assert_eq!(
        p.reposted_by.as_deref(),
        Some(boost["account"]["id"].as_str().unwrap())
    );
    let lib = library(batch);
    assert_eq!(lib.threads().len(), 1);
    let view = thread_view(&lib, "117020609135389699", 0).expect("view");
    let reposted = view.items.iter().find_map(|i| match i {
        unroll_core::present::ItemView::Post(p) => p.reposted_label.clone(),
        _ => None,
    });
    assert_eq!(reposted.as_deref(), Some("Reposted by @mastodonpy_test"));
}

#[test]
fn errors_name_the_path_of_the_bad_field() {
    let mut s = sample_json(CARD);
    s["created_at"] = json!("soon");
    let invalid = |path: &str, message: &str| ImportErrorKind::Invalid {
        format: "Mastodon",
        path: path.into(),
        message: message.into(),
    };
    assert_eq!(
        error_of(s.to_string()),
        invalid("created_at", "not an RFC 3339 date: \"soon\"")
    );
    assert_eq!(
        error_of(json!([sample_json(QUOTE), s]).to_string()),
        invalid("[1].created_at", "not an RFC 3339 date: \"soon\"")
    );
    assert_eq!(
        error_of(json!({"ancestors": [], "descendants": [s]}).to_string()),
        invalid(
            "descendants[0].created_at",
            "not an RFC 3339 date: \"soon\""
        )
    );
    let mut s = sample_json(CARD);
    s["account"] = json!({"username": "no id"});
    let text = s.to_string();
    let no_id = r#""account":{"username":"no id"}"#;
    assert_eq!(position::position_of_end(&text, no_id), (1, 31));
    assert_eq!(
        error_of(text),
        invalid("line 1, column 31", "missing field `id`")
    );
    let mut s = sample_json(CARD);
    s["media_attachments"] = json!([{"type": 5}]);
    let text = s.to_string();
    let wrong = r#""media_attachments":[{"type":5"#;
    assert_eq!(position::position_of_end(&text, wrong), (1, 2181));
    match error_of(text) {
        ImportErrorKind::Invalid { path, .. } => assert_eq!(path, "line 1, column 2181"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn exports_match_the_schema_and_read_back_the_same() {
    let schema: Value =
        serde_json::from_slice(&repo_file("assets/unroll-thread.schema.json")).unwrap();
    let d = derived();
    let mut grandchild = d.grandchild;
    grandchild["spoiler_text"] = json!("CW: cables");
    let doc = json!({"status": d.root, "ancestors": [], "descendants": [d.child, grandchild]});
    let lib = library(import_value(&doc));
    let json = export_thread(&lib, ROOT).unwrap();
    let exported: Value = serde_json::from_str(&json).unwrap();
    schema_check::check(&schema, &schema, &exported, "").unwrap();
    assert_eq!(exported["posts"][0]["source"], "mastodon");
    assert_eq!(exported["posts"][2]["content_warning"], "CW: cables");
    assert_eq!(exported["posts"][2]["card"]["title"], "Example Domain");
    let again = library(import_value(&exported));
    assert_eq!(again.threads(), lib.threads());
    for id in [ROOT, CHILD, GRANDCHILD] {
        assert_eq!(again.post(id), lib.post(id));
    }
}

#[test]
fn several_formats_at_once_make_one_library() {
    let d = derived();
    let mastodon = json!({"status": d.root, "ancestors": [], "descendants": [d.child]});
    let lib = library(import_ok(&[
        input(
            "x.json",
            repo_file(
                "assets/samples/twitter-v2/academictwitteR_search_all_from_k_sze_OR_noahwp.json",
            ),
        ),
        input(
            "bsky.json",
            sample_bytes("bluesky/morpho_threadTortureTest.json"),
        ),
        input("toot.json", mastodon.to_string()),
    ]));
    let mut labels: Vec<String> = lib
        .threads()
        .iter()
        .filter_map(|t| thread_view(&lib, &t.id, 0))
        .map(|v| v.original_label)
        .collect();
    labels.sort();
    labels.dedup();
    assert_eq!(
        labels,
        ["Read on Bluesky", "Read on X", "Read on localhost:3000"]
    );
}
