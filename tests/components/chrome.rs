//! The app's chrome around the article: the side column ("More from" and the library), the
//! error banner, the landing page and the reader layout.

use std::rc::Rc;

use unroll::app::App;
use unroll::components::error_banner::{ErrorBanner, ErrorBannerProps};
use unroll::components::sidebar::{Sidebar, SidebarProps};
use unroll::pages::reader::{Reader, ReaderProps};
use unroll_core::present::ThreadSummary;
use unroll_core::protocol::ThreadList;
use yew::Callback;

use super::fixtures::{sample_view, summary};
use super::html::{first, select};
use super::render;

/// A whole list of these entries, as the worker sends one.
fn list(entries: Vec<ThreadSummary>) -> ThreadList {
    ThreadList {
        total: entries.len(),
        entries,
    }
}

#[test]
fn the_sidebar_lists_more_threads_newest_first_and_the_library() {
    let more = vec![
        summary("300", "Oct 11", "And the rest 20", 21),
        summary("200", "Feb 27", "Second thread", 13),
    ];
    let library = vec![
        summary("300", "Oct 11", "And the rest 20", 21),
        summary("101", "Sep 6, 2020", "First paragraph.", 4),
        summary("200", "Feb 27", "Second thread", 13),
    ];
    let html = render::<Sidebar>(SidebarProps {
        handle: "ann".into(),
        current: "101".into(),
        more: Rc::new(list(more)),
        library: Rc::new(list(library)),
        on_open: Callback::noop(),
        on_show_all: Callback::noop(),
    });
    let aside = first(&html, "aside.sidebar");
    assert_eq!(aside.first("h2").text(), "More from @ann");
    let entries = aside.select("a.summary");
    let labels: Vec<_> = entries
        .iter()
        .map(|e| {
            (
                e.attr("href").unwrap_or(""),
                e.first("time").text(),
                e.first("span.excerpt").text(),
                e.first("span.read-more").text(),
            )
        })
        .collect();
    assert_eq!(
        labels,
        [
            (
                "#t=300",
                "Oct 11".into(),
                "And the rest 20".into(),
                "Read 21 tweets".into()
            ),
            (
                "#t=200",
                "Feb 27".into(),
                "Second thread".into(),
                "Read 13 tweets".into()
            ),
        ]
    );
    assert_eq!(
        entries[0].first("time").attr("datetime"),
        Some("2022-10-11T12:00:00Z")
    );
    assert!(
        aside.select("nav").is_empty(),
        "the library is not inside the aside"
    );
    let side = first(&html, "div.side");
    assert!(side.outer.start < aside.outer.start);
    let nav = side.first("nav[aria-label=Library]");
    assert!(
        aside.outer.end <= nav.outer.start,
        "the library comes below"
    );
    let items = nav.select("a.library-entry");
    assert_eq!(items.len(), 3);
    let current: Vec<_> = items
        .iter()
        .filter(|a| a.attr("aria-current") == Some("page"))
        .collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0].attr("href"), Some("#t=101"));
    assert_eq!(current[0].first("span.handle").text(), "@ann");
    assert_eq!(current[0].first("time").text(), "Sep 6, 2020");
    assert!(
        select(&html, "button.show-all").is_empty(),
        "short lists are shown whole, with no button: {html}"
    );
}

#[test]
fn an_author_with_one_thread_gets_a_quiet_note_instead_of_a_list() {
    let html = render::<Sidebar>(SidebarProps {
        handle: "ann".into(),
        current: "101".into(),
        more: Rc::new(list(vec![])),
        library: Rc::new(list(vec![summary("101", "Sep 6, 2020", "First", 4)])),
        on_open: Callback::noop(),
        on_show_all: Callback::noop(),
    });
    assert_eq!(
        first(&html, "p.empty").text(),
        "No other threads by @ann are loaded."
    );
    assert!(select(&html, "a.summary").is_empty());
}

#[test]
fn the_error_banner_is_one_alert_listing_every_message() {
    let html = render::<ErrorBanner>(ErrorBannerProps {
        messages: Rc::new(vec![
            "broken.json: malformed Unroll JSON at line 3, column 30: expected `,`".into(),
            "<b>x</b>.json: not a format Unroll reads".into(),
        ]),
        on_dismiss: Callback::noop(),
    });
    assert_eq!(select(&html, "[role=alert]").len(), 1, "{html}");
    let banner = first(&html, "div.error-banner");
    assert_eq!(banner.attr("role"), Some("alert"));
    let items: Vec<_> = banner
        .select("li")
        .iter()
        .map(|li| li.inner_html())
        .collect();
    assert_eq!(
        items,
        [
            "broken.json: malformed Unroll JSON at line 3, column 30: expected `,`",
            "&lt;b&gt;x&lt;/b&gt;.json: not a format Unroll reads",
        ]
    );
    assert_eq!(banner.first("button").text(), "Dismiss");
    let none = render::<ErrorBanner>(ErrorBannerProps {
        messages: Rc::new(vec![]),
        on_dismiss: Callback::noop(),
    });
    assert_eq!(none, "", "no errors, no banner");
}

#[test]
fn the_app_starts_on_the_landing_page() {
    let html = render::<App>(());
    assert_eq!(first(&html, "h1").text(), "Unroll");
    assert!(
        html.contains("nothing you load leaves your computer"),
        "{html}"
    );
    let inputs = select(&html, "input[type=file]");
    assert_eq!(inputs.len(), 1, "{html}");
    assert_eq!(
        inputs[0].attr("multiple"),
        Some(""),
        "several files at once"
    );
    let label = first(&html, "label.button");
    assert_eq!(label.attr("for"), inputs[0].attr("id"));
    assert!(!select(&html, "textarea").is_empty());
    let buttons: Vec<_> = select(&html, "button").iter().map(|b| b.text()).collect();
    assert_eq!(buttons, ["Try the sample", "Load pasted JSON"]);
    let formats: Vec<String> = first(&html, "section.formats")
        .select("strong")
        .iter()
        .map(|s| s.text())
        .collect();
    assert_eq!(
        formats,
        [
            "X data archive",
            "X API v2",
            "X API v1.1",
            "X web (GraphQL)",
            "Bluesky",
            "Mastodon",
            "Unroll JSON"
        ]
    );
    let archive = first(&html, "section.formats").first("li").text();
    for file in [
        "tweets.js",
        "tweet.js",
        "account.js",
        "profile.js",
        "note-tweet.js",
    ] {
        assert!(archive.contains(file), "{archive}");
    }
    let formats_text = first(&html, "section.formats").text();
    for api in ["TweetDetail", "app.bsky.feed.getPostThread", "/context"] {
        assert!(formats_text.contains(api), "{formats_text}");
    }
    assert!(select(&html, "[role=alert]").is_empty(), "no errors yet");
    assert!(select(&html, "article").is_empty());
}

/// Where `index.html` carries the app's first render, so the landing page works before the
/// app has started (`src/shell.rs`, `assets/early.js`).
const SHELL_START: &str = "<div id=\"shell\">";
const SHELL_END: &str = "</div><!-- /shell -->";

/// The landing page in `index.html` is the app's first render, byte for byte: it cannot
/// drift from the components. `UNROLL_BLESS=1 cargo test` writes it there.
#[test]
fn index_html_carries_the_apps_first_render() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
    let page = std::fs::read_to_string(&path).expect("index.html is readable");
    let start = page.find(SHELL_START).expect("index.html has the shell") + SHELL_START.len();
    let end = page[start..].find(SHELL_END).expect("the shell is closed") + start;
    let html = render::<App>(());
    if std::env::var_os("UNROLL_BLESS").is_some() {
        let blessed = format!("{}{html}{}", &page[..start], &page[end..]);
        std::fs::write(&path, blessed).expect("index.html is writable");
        return;
    }
    assert!(
        page[start..end] == html,
        "index.html's shell differs from the app's first render; run UNROLL_BLESS=1 cargo test \
         --test components index_html\nshell: {}\napp:   {html}",
        &page[start..end]
    );
}

#[test]
fn the_reader_puts_the_article_beside_the_sidebar() {
    let html = render::<Reader>(ReaderProps {
        thread: Rc::new(sample_view()),
        more: Rc::new(list(vec![])),
        library: Rc::new(list(vec![summary(
            "101",
            "Sep 6, 2020",
            "First paragraph.",
            4,
        )])),
        on_open: Callback::noop(),
        on_show_all: Callback::noop(),
    });
    let main = first(&html, "main");
    assert_eq!(main.select("article.thread").len(), 1);
    let aside = first(&html, "aside");
    assert!(main.outer.end <= aside.outer.start, "article, then sidebar");
    assert_eq!(first(&html, "div.reader").outer, 0..html.len());
}

#[test]
fn a_large_library_is_listed_after_the_article_first_shows() {
    use unroll::components::sidebar::LIST_AFTER_PAINT_OVER;
    // The first 25 of `n` threads, as the worker sends a list before "Show all".
    let library = |n: usize| {
        let entries: Vec<_> = (0..25)
            .map(|i| summary(&i.to_string(), "Oct 11", "Excerpt", 2))
            .collect();
        Rc::new(ThreadList { entries, total: n })
    };
    let sidebar = |lib: Rc<ThreadList>| {
        render::<Sidebar>(SidebarProps {
            handle: "ann".into(),
            current: "0".into(),
            more: Rc::clone(&lib),
            library: lib,
            on_open: Callback::noop(),
            on_show_all: Callback::noop(),
        })
    };
    // The first render (all the server renderer makes: no effects run) of a library just
    // over the limit names both lists and says they are coming.
    let html = sidebar(library(LIST_AFTER_PAINT_OVER + 1));
    let note = first(&html, "aside").first("p.empty");
    assert_eq!(note.text(), "Listing threads…");
    assert_eq!(note.attr("role"), Some("status"));
    assert_eq!(
        first(&html, "nav[aria-label=Library]").first("h2").text(),
        "Library"
    );
    assert!(
        select(&html, "a.summary, a.library-entry").is_empty(),
        "{html}"
    );
    // At the limit, the lists come at once.
    let html = sidebar(library(LIST_AFTER_PAINT_OVER));
    assert_eq!(first(&html, "aside").select("a.summary").len(), 25);
    assert_eq!(select(&html, "a.library-entry").len(), 25);
    assert!(!html.contains("Listing threads"));
}
