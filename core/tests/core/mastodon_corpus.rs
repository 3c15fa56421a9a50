//! Mastodon fidelity on the real files of `tests/corpus/mastodon` (see its SOURCES.md): a
//! list of statuses keeps every status, a content warning keeps its text out of excerpts,
//! custom emoji are emoji (in text and in display names) and `unknown` attachments are links.

use crate::support::fixtures;
use crate::support::schema_check;
use crate::support::social;

use fixtures::read_corpus;
use serde_json::Value;
use social::{ids, import_ok, import_value, input, library, post, text};
use unroll_core::export::export_thread;
use unroll_core::present::{
    excerpt_text, file_view, library_summaries, name_parts, thread_view, FileView,
};
use unroll_core::{Batch, CustomEmoji, Media, MediaKind, Segment};

/// justmytoots.com's test statuses: seven statuses of five accounts, one self-reply among them.
const TOOTS: &str = "mastodon/justmytoots_test_toots.json";
/// halcy's status on mastodon.social: a content warning, a custom emoji in the text and one
/// in the display name.
const HALCY: &str = "mastodon/mastodonpy_entity_customemoji_status.json";
/// GoToSocial's web view of a remote status with two attachments it did not download.
const GTS: &str = "mastodon/gotosocial_web_status_unknown_attachments.json";

fn import_corpus(rel: &str) -> Batch {
    import_ok(&[input(rel, read_corpus(rel))])
}

fn emoji(shortcode: &str, url: &str) -> Segment {
    Segment::Emoji {
        shortcode: shortcode.into(),
        url: url.into(),
    }
}

const TOOT_IDS: [&str; 7] = [
    "109744721228760114",
    "109472499431799134",
    "109683800922113496",
    "109683797485314862",
    "109463245078881912",
    "109447955769349950",
    "109453798767095045",
];

#[test]
fn mastodon_array_marks_every_status_standalone() {
    let batch = import_corpus(TOOTS);
    assert_eq!(ids(&batch), TOOT_IDS);
    assert_eq!(batch.authors.len(), 5);
    let standalone: Vec<&str> = batch
        .posts
        .iter()
        .filter(|p| p.standalone)
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(standalone, TOOT_IDS, "every status of a list is listed");
    // The self-reply keeps its link to the status before it.
    let reply = post(&batch, "109683800922113496");
    assert_eq!(
        reply.reply_to.as_ref().map(|r| r.post_id.as_str()),
        Some("109683797485314862")
    );
}

#[test]
fn mastodon_single_status_and_context_focus_are_standalone() {
    assert!(import_corpus(HALCY).posts[0].standalone);
    // A `/context` of halcy's status with the status beside it: only the focus is the
    // file's subject (its ancestors and replies join it by their reply links).
    let status: Value = serde_json::from_slice(&read_corpus(HALCY)).unwrap();
    let doc = serde_json::json!({"status": status, "ancestors": [], "descendants": []});
    let batch = import_value(&doc);
    assert_eq!(ids(&batch), ["110446223051565765"]);
    assert!(batch.posts[0].standalone);
}

#[test]
fn mastodon_array_keeps_every_status() {
    // Assembly lists a one-post thread when its post is standalone: the array's six
    // threads are the self-reply pair and the five other statuses.
    let lib = library(import_corpus(TOOTS));
    let mut threads: Vec<Vec<String>> = fixtures::all_items(&lib);
    threads.sort();
    assert_eq!(
        threads,
        [
            vec!["109447955769349950".to_string()],
            vec!["109453798767095045".to_string()],
            vec!["109463245078881912".to_string()],
            vec!["109472499431799134".to_string()],
            vec![
                "109683797485314862".to_string(),
                "109683800922113496".to_string()
            ],
            vec!["109744721228760114".to_string()],
        ]
    );
    assert_eq!(library_summaries(&lib, 0).len(), 6);
}

#[test]
fn content_warning_keeps_its_text_out_of_excerpts() {
    let batch = import_corpus(HALCY);
    let p = &batch.posts[0];
    assert_eq!(
        p.content_warning.as_deref(),
        Some("test post for mastodon.py stuff")
    );
    assert!(p.plain_text().contains("doo-doo head"));
    assert_eq!(excerpt_text(p), "CW: test post for mastodon.py stuff");
    let lib = library(batch);
    let summaries = library_summaries(&lib, 0);
    assert_eq!(summaries.len(), 1);
    assert_eq!(summaries[0].excerpt, "CW: test post for mastodon.py stuff");
    // The post itself still holds the text, behind its warning.
    let view = thread_view(&lib, "110446223051565765", 0).unwrap();
    let unroll_core::present::ItemView::Post(pv) = &view.items[0] else {
        panic!("a post");
    };
    assert_eq!(
        pv.content_warning.as_deref(),
        Some("test post for mastodon.py stuff")
    );

    // justmytoots' "Content Warning" status: its text is "CONTENT (told ya)".
    let toots = import_corpus(TOOTS);
    let cw = post(&toots, "109472499431799134");
    assert_eq!(cw.plain_text(), "CONTENT\n\n(told ya)");
    assert_eq!(excerpt_text(cw), "CW: Content Warning");
}

const TRANS_HEART: &str = "https://files.mastodon.social/cache/custom_emojis/images/000/008/320/static/3b2fccb2fb601fc2.png";
const ICOSAHEDRON: &str = "https://files.mastodon.social/cache/custom_emojis/images/000/002/116/static/e0d448640e549b87.png";

#[test]
fn mastodon_custom_emoji_are_emoji_in_text_and_names() {
    let batch = import_corpus(HALCY);
    let p = &batch.posts[0];
    let at = p
        .segments
        .iter()
        .position(|s| matches!(s, Segment::Emoji { .. }))
        .expect("an emoji segment");
    assert_eq!(
        p.segments.get(at - 1..=at + 1).unwrap(),
        [
            text(" you're a doo-doo head\n\nedit: editing this to have the maximum amount of fields filled "),
            emoji("trans_heart", TRANS_HEART),
            text(" "),
        ]
    );
    assert!(p
        .plain_text()
        .contains("fields filled :trans_heart: #ThisIsAHashtag"));

    let author = &batch.authors[0];
    assert_eq!(author.display_name, "halcy\u{200b} :icosahedron:");
    assert_eq!(
        author.emojis,
        [CustomEmoji {
            shortcode: "icosahedron".into(),
            url: ICOSAHEDRON.into()
        }]
    );
    assert_eq!(
        name_parts(author),
        [text("halcy\u{200b} "), emoji("icosahedron", ICOSAHEDRON)]
    );
    let lib = library(batch.clone());
    let view = thread_view(&lib, &p.id, 0).unwrap();
    assert_eq!(view.author_name, name_parts(author));

    // George Takei's status (as justmytoots keeps it): only emoji, and one in his name;
    // the status's own emoji list (techhub.social's) is what its text names.
    let toots = import_corpus(TOOTS);
    let g = post(&toots, "109744721228760114");
    let techhub =
        |path: &str| format!("https://files.techhub.social/custom_emojis/images/000/{path}.png");
    assert_eq!(
        g.segments,
        [
            emoji("pacman", &techhub("019/501/static/d359884338e5c049")),
            text(" "),
            emoji("verified", &techhub("012/019/static/f4c6710d459cb299")),
            text(" "),
            emoji("verified", &techhub("012/019/static/f4c6710d459cb299")),
            text(" "),
            emoji("ve", &techhub("012/037/static/213e9a277a2cb433")),
        ]
    );
    let takei = toots
        .authors
        .iter()
        .find(|a| a.id == "109349320508690443")
        .unwrap();
    assert_eq!(
        name_parts(takei),
        [
            text("George Takei "),
            emoji("verified", "https://media.universeodon.com/custom_emojis/images/000/013/373/static/07ac35aaad56e695.png"),
            text(" 🏳️\u{200d}🌈🖖🏽"),
        ]
    );
}

#[test]
fn mastodon_emoji_survive_unroll_json() {
    let lib = library(import_corpus(HALCY));
    let id = "110446223051565765";
    let json = export_thread(&lib, id).unwrap();
    let exported: Value = serde_json::from_str(&json).unwrap();
    let schema: Value =
        serde_json::from_slice(&social::repo_file("assets/unroll-thread.schema.json")).unwrap();
    schema_check::check(&schema, &schema, &exported, "").unwrap();
    assert_eq!(
        exported["authors"][0]["emojis"][0]["shortcode"],
        "icosahedron"
    );
    let again = library(import_value(&exported));
    assert_eq!(again.post(id), lib.post(id));
    assert_eq!(again.author("23972"), lib.author("23972"));
    assert_eq!(again.author("23972").unwrap().emojis.len(), 1);
}

#[test]
fn unknown_attachments_are_links_to_their_files() {
    let batch = import_corpus(GTS);
    let p = &batch.posts[0];
    let fileserver = "http://example.org/fileserver/01HE7Y659ZWZ02JM4AWYJZ176Q/attachment/original";
    let file = |name: &str, alt: &str| Media {
        kind: MediaKind::File,
        url: String::new(),
        alt: Some(alt.into()),
        link: Some(format!("{fileserver}/{name}")),
        width: None,
        height: None,
    };
    assert_eq!(p.media.len(), 3);
    assert_eq!(p.media[0].kind, MediaKind::Photo);
    assert_eq!(
        p.media[1..],
        [
            file(
                "01HE7ZGJYTSYMXF927GF9353KR.svg",
                "SVG line art of a sloth, public domain"
            ),
            file(
                "01HE892Y8ZS68TQCNPX7J888P3.mp3",
                "Jolly salsa song, public domain."
            ),
        ]
    );
    assert_eq!(
        file_view(&p.media[1]),
        FileView {
            label: "SVG line art of a sloth, public domain".into(),
            detail: Some("01HE7ZGJYTSYMXF927GF9353KR.svg · example.org".into()),
        }
    );
    // And they survive an export.
    let lib = library(batch.clone());
    let exported: Value = serde_json::from_str(&export_thread(&lib, &p.id).unwrap()).unwrap();
    assert_eq!(exported["posts"][0]["media"][1]["kind"], "file");
    let again = library(import_value(&exported));
    assert_eq!(again.post(&p.id).unwrap().media, p.media);
}

#[test]
fn a_quoted_status_behind_a_content_warning_shows_only_the_warning() {
    // Derived: the real quote sample (assets/samples, Mastodon.py's recording) with its
    // quoted status given a spoiler and the real GoToSocial attachments.
    let mut doc = social::sample_json("mastodon/mastodonpy_status_with_quote.json");
    let gts: Value = serde_json::from_slice(&read_corpus(GTS)).unwrap();
    let quoted = &mut doc["quote"]["quoted_status"];
    assert_eq!(quoted["content"], "<p>Toot!</p>");
    quoted["spoiler_text"] = "cat pictures".into();
    quoted["media_attachments"] = gts["media_attachments"].clone();
    let batch = import_value(&doc);
    let q = batch.posts[0].quote.as_ref().unwrap();
    assert_eq!(q.segments, [text("CW: cat pictures")]);
    assert!(q.media.is_empty());
    assert_eq!(q.post_id.as_deref(), Some("117020582917124092"));
}
