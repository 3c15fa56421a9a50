//! Mastodon fidelity rendered: the real files of tests/corpus/mastodon imported by core as
//! the app does, reduced into the app state and rendered. Custom emoji are images in the
//! post text and the author's name, a content warning's excerpt in the library shows the
//! warning, and `unknown` attachments are links to their files.

use std::path::Path;
use std::rc::Rc;

use unroll::components::sidebar::{Sidebar, SidebarProps};
use unroll::state::{Action, State};
use unroll_core::import::{import_files, InputFile};
use unroll_core::service::Service;
use yew::{Callback, Reducible};

use super::html::first;
use super::{article, render};

const NOW: i64 = 1_775_001_600;
const HALCY: &str = "mastodon/mastodonpy_entity_customemoji_status.json";
const GTS: &str = "mastodon/gotosocial_web_status_unknown_attachments.json";

fn load_corpus(rel: &str) -> Rc<State> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(rel);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (batch, errors) = import_files(&[InputFile {
        name: rel.to_string(),
        bytes,
    }]);
    assert_eq!(errors, vec![], "the file imports cleanly");
    // Added as the worker adds it; its reply reduced as the page does.
    let mut service = Service::new();
    assert!(service.add(batch));
    Rc::new(State::default())
        .reduce(Action::LoadStarted(1))
        .reduce(Action::Loaded {
            load: 1,
            errors: vec![],
            media: vec![],
            shown: Some(service.shown(NOW)),
        })
}

fn open_article(state: &State) -> String {
    let view = state.view.as_deref().expect("a thread is open");
    article(view.clone())
}

#[test]
fn custom_emoji_render_as_images_in_the_name_and_the_text() {
    let html = open_article(&load_corpus(HALCY));
    let name = first(&html, "h1.author-name");
    let img = name.first("img.emoji");
    assert_eq!(img.attr("alt"), Some(":icosahedron:"));
    assert_eq!(img.attr("title"), Some(":icosahedron:"));
    assert_eq!(
        img.attr("src"),
        Some("https://files.mastodon.social/cache/custom_emojis/images/000/002/116/static/e0d448640e549b87.png")
    );
    assert_eq!(name.text(), "halcy\u{200b} ");
    // In the text, behind the content warning, inline in its paragraph.
    let body = first(&html, "div.cw-body");
    let para = body
        .select("p")
        .into_iter()
        .find(|p| p.text().starts_with("edit:"))
        .expect("the second paragraph");
    let heart = para.first("img.emoji");
    assert_eq!(heart.attr("alt"), Some(":trans_heart:"));
    assert_eq!(
        heart.attr("src"),
        Some("https://files.mastodon.social/cache/custom_emojis/images/000/008/320/static/3b2fccb2fb601fc2.png")
    );
    assert!(!html.contains(":trans_heart: "), "no raw shortcode: {html}");
}

#[test]
fn a_content_warning_keeps_the_library_excerpt_to_the_warning() {
    let state = load_corpus(HALCY);
    let id = state.current_thread_id().expect("a thread is open");
    let html = render::<Sidebar>(SidebarProps {
        handle: "halcy@icosahedron.website".into(),
        current: id.clone().into(),
        more: Rc::clone(&state.more),
        library: Rc::clone(&state.library),
        on_open: Callback::noop(),
        on_show_all: Callback::noop(),
    });
    let entry = first(&html, "a.library-entry");
    assert_eq!(
        entry.first("span.excerpt").text(),
        "CW: test post for mastodon.py stuff"
    );
    assert!(!html.contains("doo-doo"), "the hidden text stays hidden");
}

#[test]
fn unknown_attachments_render_as_links_to_their_files() {
    let html = open_article(&load_corpus(GTS));
    let files: Vec<_> = super::html::select(&html, "figure.media.file");
    assert_eq!(files.len(), 2);
    let svg = &files[0];
    let a = svg.first("a");
    assert_eq!(
        a.attr("href"),
        Some("http://example.org/fileserver/01HE7Y659ZWZ02JM4AWYJZ176Q/attachment/original/01HE7ZGJYTSYMXF927GF9353KR.svg")
    );
    assert_eq!(a.text(), "SVG line art of a sloth, public domain");
    assert_eq!(a.attr("rel"), Some("noopener noreferrer nofollow"));
    assert_eq!(
        svg.first("p.file-link").text(),
        "Attachment: SVG line art of a sloth, public domain"
    );
    assert_eq!(
        svg.first("figcaption").text(),
        "01HE7ZGJYTSYMXF927GF9353KR.svg · example.org"
    );
    assert!(svg.select("img").is_empty(), "never shown as an image");
    assert_eq!(
        files[1].first("a").text(),
        "Jolly salsa song, public domain."
    );
}
