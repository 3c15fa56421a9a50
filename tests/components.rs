//! Component tests: components rendered natively with Yew's `LocalServerRenderer`, asserted
//! on their HTML. Hand-built view models pin each rendering rule (header, paragraphs, links,
//! media, link cards, right-to-left text, integrity links, gaps, hostile text); the real
//! alrocar_2022 archive checks the whole path from core's import through the reducer to the
//! article, its integrity summary and the sidebar, and `formats` does the same for the
//! Bluesky, Mastodon and X GraphQL samples (cards, the poll, content warnings);
//! `mastodon_corpus` renders the real Mastodon files of tests/corpus (custom emoji, a
//! content warning's excerpt, `unknown` attachments).
#![cfg(not(target_arch = "wasm32"))]

#[path = "components/alrocar.rs"]
mod alrocar;
#[path = "components/chrome.rs"]
mod chrome;
#[path = "components/fixtures.rs"]
mod fixtures;
#[path = "components/formats.rs"]
mod formats;
#[path = "components/html.rs"]
mod html;
#[path = "components/mastodon_corpus.rs"]
mod mastodon_corpus;
#[path = "components/reposts_cards.rs"]
mod reposts_cards;

use std::rc::Rc;

use unroll::components::thread::{ThreadArticle, ThreadArticleProps, FIRST_ITEMS};
use unroll::state::{Action, State};
use unroll_core::import::{import_files, InputFile};
use unroll_core::present::thread_view;
use unroll_core::present::{BranchView, GapView, IntegrityView, ItemView, ThreadView};
use unroll_core::service::Service;
use unroll_core::{LinkCard, Media, MediaKind, Quote, Segment};
use yew::{BaseComponent, LocalServerRenderer, Reducible};

use fixtures::*;
use html::{first, select};

const REL: &str = "noopener noreferrer nofollow";

/// Renders `C` to HTML without hydration markers, on a current-thread runtime.
fn render<C: BaseComponent>(props: C::Properties) -> String {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime for the test");
    let local = tokio::task::LocalSet::new();
    local.block_on(
        &rt,
        LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// Files imported in one call (they must import cleanly) and added to core's service as the
/// worker adds a load, and the page's state once that load's reply is reduced.
struct Loaded {
    service: Service,
    state: Rc<State>,
}

fn load_files(files: &[InputFile], now: i64) -> Loaded {
    let (batch, errors) = import_files(files);
    assert_eq!(errors, vec![], "the files import cleanly");
    let mut service = Service::new();
    assert!(service.add(batch), "the files hold posts");
    let state = Rc::new(State::default())
        .reduce(Action::LoadStarted(1))
        .reduce(Action::Loaded {
            load: 1,
            errors: vec![],
            media: vec![],
            shown: Some(service.shown(now)),
        });
    Loaded { service, state }
}

impl Loaded {
    /// The thread the page shows, rendered at `now`.
    fn open_article(&self, now: i64) -> String {
        let id = self.state.current_thread_id().expect("a thread is open");
        article(thread_view(self.service.library(), &id, now).expect("its view"))
    }
}

fn article(view: ThreadView) -> String {
    render::<ThreadArticle>(ThreadArticleProps {
        view: Rc::new(view),
    })
}

/// Every `href` in `html`.
fn hrefs(html: &str) -> Vec<&str> {
    html::elements(html)
        .into_iter()
        .filter_map(|e| e.attr("href"))
        .collect()
}

#[test]
fn the_header_names_the_author_date_counts_and_original() {
    let html = article(sample_view());
    let art = first(&html, "article.thread");
    assert_eq!(art.outer.start, 0, "the article is the root: {html}");
    let header = art.first("header");
    let avatar = header.first("img.avatar");
    assert_eq!(avatar.attr("src"), Some("https://pbs.example/ann.jpg"));
    assert_eq!(avatar.attr("alt"), Some(""));
    assert_eq!(header.first("h1").text(), "Ann Example");
    assert_eq!(header.first("p.author-handle").text(), "@ann");
    let time = header.first("time");
    assert_eq!(time.attr("datetime"), Some("2020-09-06T12:00:00Z"));
    assert_eq!(time.text(), "Sep 6, 2020");
    assert_eq!(header.first("span.count").text(), "4 tweets");
    assert_eq!(header.first("span.read-time").text(), "2 min read");
    let original = header.first("a.original");
    assert_eq!(original.text(), "Read on X");
    assert_eq!(original.attr("href"), Some("https://x.com/ann/status/101"));
    assert_eq!(original.attr("rel"), Some(REL));
}

#[test]
fn a_missing_or_unsafe_avatar_renders_no_image() {
    let mut v = sample_view();
    v.author.avatar_url = None;
    assert!(select(&article(v.clone()), "img.avatar").is_empty());
    v.author.avatar_url = Some("javascript:alert(1)".into());
    let html = article(v);
    assert!(select(&html, "img.avatar").is_empty(), "{html}");
    assert!(!html.contains("javascript:"), "{html}");
}

#[test]
fn posts_are_sections_with_paragraphs_breaks_and_links() {
    let html = article(sample_view());
    let posts = select(&html, "section.post");
    let ids: Vec<_> = posts.iter().filter_map(|p| p.attr("id")).collect();
    assert_eq!(ids, ["p-101", "p-102", "p-104", "p-105"], "reading order");
    let post = &posts[0];
    assert_eq!(post.attr("dir"), Some("auto"));
    assert_eq!(post.attr("lang"), Some("en"));
    let permalink = post.first("a.permalink");
    assert_eq!(permalink.attr("href"), Some("https://x.com/ann/status/101"));
    assert_eq!(permalink.attr("title"), Some("12:00 PM · Sep 6, 2020"));
    assert_eq!(permalink.text(), "#1");
    let paragraphs: Vec<_> = post.select("p").iter().map(|p| p.inner_html()).collect();
    assert_eq!(paragraphs.len(), 2, "{paragraphs:?}");
    assert_eq!(paragraphs[0], "First paragraph.");
    assert!(
        paragraphs[1].starts_with("Line one<br>line two, see <a "),
        "{}",
        paragraphs[1]
    );
    let link = post.first("a.link");
    assert_eq!(link.text(), "example.com/a/long…");
    assert_eq!(link.attr("href"), Some("https://example.com/a/long/path"));
    assert_eq!(link.attr("rel"), Some(REL));
    assert_eq!(link.attr("target"), Some("_blank"));
    let mention = post.first("a.mention");
    assert_eq!(
        (mention.text().as_str(), mention.attr("href")),
        ("@bob", Some("https://x.com/bob"))
    );
    let tag = post.first("a.hashtag");
    assert_eq!(
        (tag.text().as_str(), tag.attr("href")),
        ("#rust", Some("https://x.com/hashtag/rust"))
    );
}

#[test]
fn hostile_text_is_escaped_and_script_links_are_not_links() {
    let html = article(sample_view());
    let post = first(&html, "section.post[id=p-102]");
    assert_eq!(
        post.first("p").inner_html(),
        "&lt;script&gt;alert(1)&lt;/script&gt; click me and data link",
        "markup is text, unsafe links keep only their text"
    );
    assert!(select(&html, "script").is_empty());
    assert!(
        hrefs(&html).iter().all(|h| h.starts_with("https://")),
        "{:?}",
        hrefs(&html)
    );
    assert!(
        !html.contains("javascript:") && !html.contains("data:text"),
        "{html}"
    );
    // Markup in the author's name is text too.
    let mut v = sample_view();
    v.author.display_name = "<img src=x onerror=alert(2)>Ann :x:".into();
    // A custom emoji whose image is a script URL shows as its shortcode, never an image.
    v.author.emojis = vec![unroll_core::CustomEmoji {
        shortcode: "x".into(),
        url: "javascript:alert(3)".into(),
    }];
    v.author_name = unroll_core::present::name_parts(&v.author);
    let html = article(v);
    assert_eq!(
        first(&html, "h1").inner_html(),
        "&lt;img src=x onerror=alert(2)&gt;Ann :x:"
    );
    assert_eq!(
        select(&html, "img").len(),
        3,
        "avatar, cat, poster and nothing injected"
    );
}

#[test]
fn media_show_alt_text_and_videos_link_to_playback() {
    let html = article(sample_view());
    let post = first(&html, "section.post[id=p-104]");
    let photo = post.first("figure.photo");
    assert!(!photo.has_class("is-unavailable"));
    let img = photo.first("img");
    assert_eq!(img.attr("src"), Some("https://pbs.example/cat.jpg"));
    assert_eq!(img.attr("alt"), Some("A grey cat asleep on a keyboard"));
    assert_eq!(img.attr("loading"), Some("lazy"));
    assert_eq!(
        (img.attr("width"), img.attr("height")),
        (Some("1200"), Some("800"))
    );
    assert_eq!(
        photo.first("figcaption").text(),
        "A grey cat asleep on a keyboard"
    );
    let video = post.first("figure.video");
    assert_eq!(
        video.first("img").attr("src"),
        Some("https://pbs.example/poster.jpg")
    );
    assert_eq!(
        video.first("img").attr("alt"),
        Some(""),
        "no alt text: empty alt"
    );
    let play = video.first("a.play");
    assert_eq!(play.text(), "▶ Play video");
    assert_eq!(play.attr("href"), Some("https://video.example/v.mp4"));
    assert!(
        video.select("span.alt").is_empty(),
        "no caption text without alt"
    );
}

#[test]
fn quotes_are_cards_and_bare_quotes_say_quoted_post() {
    let html = article(sample_view());
    let bare = first(&html, "blockquote.quote.bare");
    assert_eq!(bare.first("span.quote-label").text(), "Quoted post");
    let link = bare.first("a.quote-link");
    assert_eq!(link.attr("href"), Some("https://x.com/carol/status/900"));
    assert_eq!(link.text(), "x.com/carol/status/900");
    let full = first(&html, "blockquote.quote[cite=https://x.com/dan/status/901]");
    assert!(!full.has_class("bare"));
    assert_eq!(full.first("span.name").text(), "Dan");
    assert_eq!(full.first("span.handle").text(), "@dan");
    assert!(
        full.inner_html().contains("<p>Quoted words.</p>"),
        "{}",
        full.outer_html()
    );
    assert_eq!(full.first("a.quote-link").text(), "Open quoted post");
}

#[test]
fn a_gap_is_a_visible_note_and_the_end_mark_closes_the_article() {
    let html = article(sample_view());
    let gap = first(&html, "div.gap");
    assert_eq!(gap.attr("role"), Some("note"));
    assert_eq!(
        gap.text(),
        "Some posts of this thread are not in the loaded files"
    );
    let before = first(&html, "section.post[id=p-102]").outer.end;
    let after = first(&html, "section.post[id=p-104]").outer.start;
    assert!(before <= gap.outer.start && gap.outer.end <= after);
    let end = first(&html, "p.end-mark");
    assert_eq!(end.attr("aria-hidden"), Some("true"));
    assert_eq!(end.text(), "• • •");
    assert!(
        html.ends_with("</p></article>"),
        "the end mark comes last: {html}"
    );
}

#[test]
fn unsafe_urls_in_the_original_media_and_quote_are_not_used() {
    let mut v = sample_view();
    v.original_url = "javascript:alert(1)".into();
    v.items = vec![ItemView::Post(post_view(
        "1",
        1,
        vec![Segment::Text { text: "x".into() }],
        vec![Media {
            kind: MediaKind::Photo,
            url: "data:image/png;base64,AAAA".into(),
            alt: Some("alt survives".into()),
            link: None,
            width: None,
            height: None,
        }],
        Some(Quote {
            permalink: "javascript:alert(2)".into(),
            post_id: None,
            author: None,
            created_at: None,
            segments: vec![],
            media: vec![],
        }),
    ))];
    let html = article(v);
    assert!(select(&html, "a.original").is_empty(), "{html}");
    assert!(
        hrefs(&html).iter().all(|h| h.starts_with("https://")),
        "{html}"
    );
    let figure = first(&html, "figure");
    assert!(figure.select("img").is_empty(), "{html}");
    assert!(
        figure.has_class("is-unavailable"),
        "marked for the 'Image unavailable' note"
    );
    assert_eq!(figure.first("figcaption").text(), "alt survives");
    assert!(first(&html, "blockquote").attr("cite").is_none());
}

#[test]
fn unsafe_card_targets_and_thumbnails_are_not_used() {
    let mut v = sample_view();
    let mut p = post_view("1", 1, vec![text("See this.")], vec![], None);
    p.card = Some(LinkCard {
        url: "javascript:alert(1)".into(),
        title: Some("<b>Title</b>".into()),
        description: None,
        thumb: Some("data:image/png;base64,AAAA".into()),
    });
    v.items = vec![ItemView::Post(p)];
    let html = article(v);
    let card = first(&html, "div.link-card");
    assert!(card.attr("href").is_none() && select(&html, "a.link-card").is_empty());
    assert!(card.select("img").is_empty(), "{html}");
    assert!(!card.has_class("with-thumb"));
    assert_eq!(
        card.first("span.card-title").inner_html(),
        "&lt;b&gt;Title&lt;/b&gt;"
    );
    // Without a host to show, the domain line shows the target as text.
    assert_eq!(card.first("span.card-domain").text(), "javascript:alert(1)");
    assert!(!html.contains("href=\"javascript") && !html.contains("src=\"data:"));
}

#[test]
fn arabic_and_hebrew_posts_carry_their_direction_and_language() {
    let mut v = sample_view();
    let mut ar = post_view("1", 1, vec![text("مرحبا بالعالم\n\nسطر ثان")], vec![], None);
    ar.lang = Some("ar".into());
    let mut he = post_view(
        "2",
        2,
        vec![
            text("שלום עולם "),
            Segment::Hashtag {
                tag: "עברית".into(),
                url: "https://x.com/hashtag/עברית".into(),
            },
        ],
        vec![],
        None,
    );
    he.lang = Some("he".into());
    v.items = vec![ItemView::Post(ar), ItemView::Post(he)];
    let html = article(v);
    let posts = select(&html, "section.post");
    let attrs: Vec<_> = posts
        .iter()
        .map(|p| (p.attr("dir"), p.attr("lang")))
        .collect();
    assert_eq!(
        attrs,
        [(Some("auto"), Some("ar")), (Some("auto"), Some("he"))]
    );
    let paragraphs: Vec<_> = posts[0].select("p").iter().map(|p| p.text()).collect();
    assert_eq!(paragraphs, ["مرحبا بالعالم", "سطر ثان"]);
    assert_eq!(posts[1].first("a.hashtag").text(), "#עברית");
}

#[test]
fn gaps_link_the_missing_post_and_branches_say_where_the_thread_forks() {
    let mut v = sample_view();
    v.integrity = IntegrityView {
        summary_label: "4 tweets · 1 gap · 2 replies to #1".into(),
        complete: false,
        gaps: vec![GapView {
            place_label: "Between #2 and #3".into(),
            note: "Between #2 and #3: the post it replies to is not in the loaded files.".into(),
            missing_id: Some("103".into()),
            missing_url: Some("https://x.com/ann/status/103".into()),
        }],
        gaps_label: String::new(),
        branches: vec![BranchView {
            from_number: 1,
            reply_numbers: vec![2, 4],
            label: "#1: 2 replies (#2, #4)".into(),
        }],
        branches_label: "Every reply is in the thread, in time order.".into(),
        numbering: None,
    };
    let html = article(v);
    let details = first(&html, "details.integrity");
    let dds = details.select("dd");
    assert_eq!(dds.len(), 2, "one gap, one branch, no numbering");
    let missing = dds[0].first("a.missing-id");
    assert_eq!(
        (missing.text().as_str(), missing.attr("href")),
        ("103", Some("https://x.com/ann/status/103"))
    );
    assert_eq!(dds[1].text(), "#1: 2 replies (#2, #4)");
    assert!(select(&html, "dt").iter().all(|d| d.text() != "Numbering"));
}

#[test]
fn a_later_part_is_marked_above_its_first_post() {
    let mut v = sample_view();
    if let Some(ItemView::Post(p)) = v.items.get_mut(1) {
        p.part_label = Some("Added 8 days later · Feb 6, 2020".into());
    }
    let html = article(v);
    let marks = select(&html, "p.later-part");
    assert_eq!(marks.len(), 1);
    assert_eq!(marks[0].text(), "Added 8 days later · Feb 6, 2020");
    assert_eq!(marks[0].attr("role"), Some("separator"));
    // It stands just before the second post's section, outside it.
    let posts = select(&html, "section.post");
    assert!(posts.iter().all(|p| p.select("p.later-part").is_empty()));
    let at = |needle: &str| html.find(needle).expect(needle);
    assert!(at("class=\"later-part\"") < at(&format!("id=\"p-{}\"", posts_id(&html, 1))));
    assert!(at("class=\"later-part\"") > at(&format!("id=\"p-{}\"", posts_id(&html, 0))));
}

#[test]
fn a_long_thread_starts_with_its_first_screens_and_says_it_is_busy() {
    let mut v = sample_view();
    v.items = (1..=100)
        .map(|n| {
            ItemView::Post(post_view(
                &format!("{}", 1000 + n),
                n,
                vec![text(&format!("Post number {n}."))],
                vec![],
                None,
            ))
        })
        .collect();
    let html = article(v);
    let posts = select(&html, "section.post");
    assert_eq!(posts.len(), FIRST_ITEMS, "the rest follow frame by frame");
    assert_eq!(posts[0].text().trim(), "#1Post number 1.");
    assert_eq!(
        first(&html, "article.thread").attr("aria-busy"),
        Some("true")
    );
    assert!(
        select(&html, "p.end-mark").is_empty(),
        "no end mark before the end"
    );

    // A short thread is whole at once: not busy, with its end mark.
    let html = article(sample_view());
    assert_eq!(first(&html, "article.thread").attr("aria-busy"), None);
    assert_eq!(select(&html, "p.end-mark").len(), 1);
}

/// The post id of the `n`th section.post in `html`.
fn posts_id(html: &str, n: usize) -> String {
    select(html, "section.post")[n]
        .attr("id")
        .and_then(|id| id.strip_prefix("p-"))
        .map(str::to_string)
        .expect("a post id")
}
