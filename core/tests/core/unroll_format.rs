//! Unroll's own format: export → import round trips on real data (the alrocar_2022 archive,
//! an X API v2 search), versioning, typed errors, and every export checked against
//! `assets/unroll-thread.schema.json`.

use crate::support::media_urls;
use crate::support::position;
use crate::support::schema_check;
use crate::support::v2;

use schema_check::check;
use serde_json::json;
use serde_json::Value;
use unroll_core::export::{export_thread, export_thread_at};
use unroll_core::import::{import_files, InputFile};
use unroll_core::present::thread_view;
use unroll_core::{
    Batch, ImportError, ImportErrorKind, Library, MediaKind, Post, Segment, ThreadItem,
};
use v2::{import_ok, input, library, repo_file as read, sample, K_SZE};

fn alrocar() -> Library {
    let dir = "assets/samples/twitter-archive/alrocar_2022";
    let files: Vec<InputFile> = ["account.js", "profile.js", "tweets.js"]
        .iter()
        .map(|n| input(n, read(&format!("{dir}/{n}"))))
        .collect();
    library(import_ok(&files))
}

fn k_sze() -> Library {
    library(import_ok(&[sample(K_SZE)]))
}

fn schema() -> Value {
    serde_json::from_slice(&read("assets/unroll-thread.schema.json")).unwrap()
}

/// Export every thread of `lib`, import each export into a new library, and check that the
/// thread, its view and its posts come back unchanged. Returns the exports.
fn round_trip_every_thread(lib: &Library) -> Vec<String> {
    let schema = schema();
    let mut exports = Vec::new();
    for thread in lib.threads() {
        let json = export_thread(lib, &thread.id).unwrap();
        if let Err(e) = check(&schema, &schema, &serde_json::from_str(&json).unwrap(), "") {
            panic!(
                "thread {}: export does not match the schema: {e}",
                thread.id
            );
        }
        let batch = import_ok(&[input("thread.json", json.clone())]);
        let expected: Vec<&Post> = thread.post_ids().map(|id| lib.post(id).unwrap()).collect();
        assert_eq!(batch.posts.iter().collect::<Vec<_>>(), expected);
        assert_eq!(
            batch.authors.iter().collect::<Vec<_>>(),
            lib.author(&thread.author_id)
                .into_iter()
                .collect::<Vec<_>>()
        );

        let again = library(batch);
        assert_eq!(again.threads(), std::slice::from_ref(thread));
        let (back, before) = (
            thread_view(&again, &thread.id, 0).unwrap(),
            thread_view(lib, &thread.id, 0).unwrap(),
        );
        // The export holds every post of the thread, branches included: its gaps, branches
        // and numbering come back as they were.
        assert_eq!(back, before);
        // Exporting the re-imported thread writes the same bytes.
        assert_eq!(
            export_thread(&again, &thread.id).as_deref(),
            Some(json.as_str())
        );
        exports.push(json);
    }
    exports
}

#[test]
fn archive_threads_round_trip_unchanged() {
    let lib = alrocar();
    let mut lengths: Vec<usize> = lib.threads().iter().map(|t| t.post_count()).collect();
    lengths.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(lengths.get(..4), Some(&[22, 21, 18, 13][..]));

    let exports = round_trip_every_thread(&lib);
    assert_eq!(exports.len(), lib.threads().len());

    // The 22-post thread: its export names the format and holds its 22 posts and the author.
    let longest = lib.threads().iter().find(|t| t.post_count() == 22).unwrap();
    let json = export_thread(&lib, &longest.id).unwrap();
    let doc: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["format"], "unroll");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc.get("exported_at"), None);
    assert_eq!(doc["posts"].as_array().map(Vec::len), Some(22));
    assert_eq!(doc["authors"][0]["handle"], "alrocar");
    assert_eq!(
        doc["authors"][0]["network"],
        serde_json::json!({"network": "x"})
    );
    assert_eq!(doc["threads"][0]["id"], longest.id.as_str());
    assert_eq!(doc["posts"][0]["source"], "x_archive");
    // Ids stay strings.
    assert!(doc["posts"][0]["id"].is_string());
}

#[test]
fn a_thread_with_a_gap_round_trips_with_its_gap() {
    let dir = "assets/samples/twitter-archive/alrocar_2022";
    let files: Vec<InputFile> = ["account.js", "profile.js", "tweets.js"]
        .iter()
        .map(|n| input(n, read(&format!("{dir}/{n}"))))
        .collect();
    let full = library(import_ok(&files));
    let longest = full
        .threads()
        .iter()
        .find(|t| t.post_count() == 22)
        .unwrap();
    let ids: Vec<&str> = longest.post_ids().collect();
    let removed = ids[10].to_string();

    let mut batch = import_ok(&files);
    batch.posts.retain(|p| p.id != removed);
    let lib = library(batch);
    // The chain breaks in two: 10 posts, then a thread that starts with the gap.
    assert_eq!(lib.thread(&longest.id).unwrap().post_count(), 10);
    let gapped = lib.thread(ids[11]).unwrap();
    assert_eq!(gapped.post_count(), 11);
    assert_eq!(
        gapped.items.first(),
        Some(&ThreadItem::Gap {
            missing_id: Some(removed.clone())
        })
    );
    round_trip_every_thread(&lib);
    let json = export_thread(&lib, ids[11]).unwrap();
    assert!(json.contains(&format!("\"missing_id\": \"{removed}\"")));
}

#[test]
fn api_v2_threads_round_trip_unchanged() {
    let lib = k_sze();
    let exports = round_trip_every_thread(&lib);
    assert!(exports.len() >= 3, "{} threads", exports.len());
    let twofa = export_thread(&lib, "1388519428753530883").unwrap();
    let doc: Value = serde_json::from_str(&twofa).unwrap();
    assert_eq!(doc["posts"].as_array().map(Vec::len), Some(5));
    assert_eq!(doc["posts"][0]["source"], "x_api_v2");
    assert_eq!(doc["posts"][0]["conversation_id"], "1388519428753530883");
}

#[test]
fn exports_can_carry_their_time_and_unknown_threads_give_none() {
    let lib = k_sze();
    let json = export_thread_at(&lib, "1388519428753530883", 1_700_000_000).unwrap();
    let doc: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["exported_at"], 1_700_000_000);
    let schema = schema();
    check(&schema, &schema, &doc, "").unwrap();
    assert_eq!(import_ok(&[input("t.json", json)]).posts.len(), 5);
    assert_eq!(export_thread(&lib, "1"), None);
}

// ---------------------------------------------------------------------------------------
// Versions and errors

fn minimal_doc() -> Value {
    let lib = k_sze();
    serde_json::from_str(&export_thread(&lib, "1388519428753530883").unwrap()).unwrap()
}

fn import_value(doc: &Value) -> (Batch, Vec<ImportError>) {
    import_files(&[input("thread.json", doc.to_string())])
}

fn error_of(doc: &Value) -> ImportErrorKind {
    let (batch, mut errors) = import_value(doc);
    assert!(batch.posts.is_empty());
    assert_eq!(errors.len(), 1, "{errors:?}");
    errors.remove(0).kind
}

fn invalid_path(doc: &Value) -> String {
    match error_of(doc) {
        ImportErrorKind::Invalid { format, path, .. } => {
            assert_eq!(format, "Unroll JSON");
            path
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn newer_versions_are_refused() {
    let mut doc = minimal_doc();
    doc["version"] = 2.into();
    assert_eq!(
        error_of(&doc),
        ImportErrorKind::UnsupportedVersion {
            found: 2,
            supported: 1
        }
    );
    let (_, errors) = import_value(&doc);
    assert_eq!(
        errors[0].to_string(),
        "thread.json: Unroll format version 2 is newer than this reader (up to 1)"
    );
}

#[test]
fn malformed_documents_report_their_json_path() {
    let base = minimal_doc();
    let with = |edit: &dyn Fn(&mut Value)| {
        let mut d = base.clone();
        edit(&mut d);
        d
    };
    assert_eq!(
        invalid_path(&with(&|d| {
            d.as_object_mut().unwrap().remove("version");
        })),
        "version"
    );
    // A wrong type is placed in the document: (line, column) of the end of `needle`.
    let at = |d: &Value, needle: &str| position::position_of_end(&d.to_string(), needle);
    let d = with(&|d| d["version"] = "1".into());
    assert_eq!(at(&d, r#""version":"1""#), (1, 3420));
    assert_eq!(invalid_path(&d), "version (line 1, column 3420)");
    assert_eq!(invalid_path(&with(&|d| d["version"] = 0.into())), "version");
    assert_eq!(
        invalid_path(&with(&|d| {
            d.as_object_mut().unwrap().remove("posts");
        })),
        "posts"
    );
    let d = with(&|d| d["posts"][3]["created_at"] = "2021-05-01".into());
    assert_eq!(at(&d, r#""created_at":"2021-05-01""#), (1, 2120));
    assert_eq!(invalid_path(&d), "posts (line 1, column 2120)");
    let d = with(&|d| d["authors"][0]["handle"] = Value::Null);
    assert_eq!(at(&d, r#""handle":null"#), (1, 144));
    assert_eq!(invalid_path(&d), "authors (line 1, column 144)");
    assert_eq!(
        invalid_path(&with(&|d| d["threads"][0]["items"][2]["id"] = "404".into())),
        "threads[0].items[2].id"
    );
    // A segment kind this version does not know.
    let d = with(&|d| d["posts"][1]["segments"][0]["kind"] = "poll".into());
    assert_eq!(at(&d, r#""kind":"poll""#), (1, 939));
    assert_eq!(invalid_path(&d), "posts (line 1, column 939)");
    // "format" must be "unroll" exactly.
    assert_eq!(
        error_of(&with(&|d| d["format"] = "Unroll".into())),
        ImportErrorKind::UnknownFormat
    );
}

#[test]
fn authors_and_threads_may_be_absent() {
    let mut doc = minimal_doc();
    let obj = doc.as_object_mut().unwrap();
    obj.remove("authors");
    obj.remove("threads");
    let (batch, errors) = import_value(&doc);
    assert!(errors.is_empty());
    assert_eq!(batch.posts.len(), 5);
    assert!(batch.authors.is_empty());
}

#[test]
fn the_schema_checker_rejects_what_the_schema_forbids() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let good = minimal_doc();
    check(&schema, &schema, &good, "").unwrap();
    let bad = |edit: &dyn Fn(&mut Value)| {
        let mut d = good.clone();
        edit(&mut d);
        check(&schema, &schema, &d, "").unwrap_err()
    };
    assert!(bad(&|d| {
        d.as_object_mut().unwrap().remove("posts");
    })
    .contains("missing required \"posts\""));
    assert!(bad(&|d| d["posts"][0]["segments"][0]["kind"] = "poll".into()).contains("oneOf"));
    assert!(bad(&|d| d["posts"][0]["source"] = "rss".into()).contains("not in"));
    assert!(bad(&|d| d["posts"][0]["extra"] = 1.into()).contains("unexpected key"));
    assert!(bad(&|d| d["version"] = 2.into()).contains("expected 1"));
    assert!(
        bad(&|d| d["authors"][0]["network"] = serde_json::json!({"network": "myspace"}))
            .contains("oneOf")
    );
    assert!(
        bad(&|d| d["threads"][0]["items"][0] = serde_json::json!({"kind": "gap", "id": "1"}))
            .contains("oneOf")
    );
}

#[test]
fn the_schema_names_every_kind_the_model_writes() {
    let schema = schema();
    let defs = &schema["$defs"];
    let consts = |def: &str, key: &str| -> Vec<String> {
        defs[def]["oneOf"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["properties"][key]["const"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        consts("segment", "kind"),
        ["text", "link", "mention", "hashtag", "emoji"]
    );
    assert_eq!(consts("thread_item", "kind"), ["post", "gap"]);
    assert_eq!(consts("network", "network"), ["x", "bluesky", "mastodon"]);
    assert_eq!(
        defs["media"]["properties"]["kind"]["enum"],
        serde_json::json!(["photo", "video", "gif", "file"])
    );
    assert_eq!(
        defs["post"]["properties"]["source"]["enum"],
        serde_json::json!([
            "x_archive",
            "x_api_v2",
            "unroll",
            "bluesky",
            "mastodon",
            "x_api_v1",
            "x_graphql"
        ])
    );
    // Each named kind is what serde writes for the model's variants.
    let seg = |s: unroll_core::Segment| serde_json::to_value(s).unwrap()["kind"].clone();
    assert_eq!(
        seg(unroll_core::Segment::Text {
            text: String::new()
        }),
        "text"
    );
    assert_eq!(
        seg(unroll_core::Segment::Hashtag {
            tag: String::new(),
            url: String::new()
        }),
        "hashtag"
    );
    assert_eq!(
        seg(unroll_core::Segment::Emoji {
            shortcode: String::new(),
            url: String::new()
        }),
        "emoji"
    );
    assert_eq!(
        serde_json::to_value(unroll_core::MediaKind::Gif).unwrap(),
        "gif"
    );
    assert_eq!(
        serde_json::to_value(unroll_core::MediaKind::File).unwrap(),
        "file"
    );
    assert_eq!(
        serde_json::to_value(unroll_core::Network::Mastodon {
            instance: "m.s".into()
        })
        .unwrap(),
        serde_json::json!({"network": "mastodon", "instance": "m.s"})
    );
}

/// A file that says it is Unroll JSON may come from anyone: it gets the one URL rule like
/// every other format. Hostile targets wherever the model holds a URL (a real export of the
/// k_sze thread, edited) become text or go; the safe ones stay.
#[test]
fn an_unroll_document_keeps_only_safe_urls() {
    let mut doc = minimal_doc();
    doc["authors"][0]["avatar_url"] = json!("javascript:alert(1)");
    let post = &mut doc["posts"][0];
    post["permalink"] = json!("javascript:x");
    post["segments"] = json!([
        {"kind": "link", "text": "click", "url": "javascript:x"},
        {"kind": "mention", "handle": "m", "url": "data:x"},
        {"kind": "hashtag", "tag": "t", "url": " javascript:x"},
        {"kind": "emoji", "shortcode": "e", "url": "vbscript:x"},
        {"kind": "link", "text": "ok", "url": "https://example.com/"}
    ]);
    post["media"] = json!([
        {"kind": "photo", "url": "data:image/png;base64,AAAA"},
        {"kind": "video", "url": "https://pbs.twimg.com/p.jpg", "link": "javascript:x"},
        {"kind": "file", "url": "javascript:x", "link": "https://example.com/f.bin", "alt": "f"}
    ]);
    post["card"] = json!({"url": "javascript:x", "title": "t"});
    post["quote"] = json!({
        "permalink": "javascript:q",
        "segments": [{"kind": "link", "text": "q", "url": "javascript:y"}],
        "media": [{"kind": "photo", "url": "javascript:z"}]
    });
    let (batch, errors) = import_value(&doc);
    assert_eq!(errors, vec![]);
    assert_eq!(batch.authors[0].avatar_url, None);
    let p = &batch.posts[0];
    assert_eq!(p.permalink, "");
    assert_eq!(
        p.segments,
        [
            Segment::Text {
                text: "click".into()
            },
            Segment::Text { text: "@m".into() },
            Segment::Text { text: "#t".into() },
            Segment::Text { text: ":e:".into() },
            Segment::Link {
                text: "ok".into(),
                url: "https://example.com/".into()
            },
        ]
    );
    assert_eq!(
        media_urls(&p.media),
        [
            (MediaKind::Video, "https://pbs.twimg.com/p.jpg", None),
            (MediaKind::File, "", Some("https://example.com/f.bin")),
        ]
    );
    assert_eq!(p.card, None);
    let q = p.quote.as_ref().expect("the quote stays");
    assert_eq!(q.permalink, "");
    assert_eq!(q.segments, [Segment::Text { text: "q".into() }]);
    assert!(q.media.is_empty());
}

/// A safe document comes back exactly as it was: the rule changes nothing it need not.
#[test]
fn an_unroll_document_with_safe_urls_imports_unchanged_by_the_rule() {
    let doc = minimal_doc();
    let (batch, errors) = import_value(&doc);
    assert_eq!(errors, vec![]);
    let posts: Vec<Post> = serde_json::from_value(doc["posts"].clone()).unwrap();
    assert_eq!(batch.posts, posts);
}
