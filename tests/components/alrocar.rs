//! The real alrocar_2022 X archive (assets/samples), imported by core in one call and added
//! to core's service as the worker does, its reply reduced into the app state, and rendered:
//! its 22-post self-thread as one article, and the author's other threads in the sidebar.

use std::path::Path;
use std::rc::Rc;

use unroll::components::sidebar::{Sidebar, SidebarProps};
use unroll::state::{Action, State};
use unroll_core::import::{import_files, InputFile};
use unroll_core::present::{library_summaries, thread_view};
use unroll_core::related::more_from_author;
use unroll_core::service::{Service, LIST_CAP as CAP};
use yew::{Callback, Reducible};

use super::html::{first, select};
use super::{article, render};

const THREAD_22: &str = "1579814683803910144";
const THREAD_21: &str = "1579835487627661313";
/// Dec 1, 2022: after the archive's last post; sidebar dates in 2022 drop their year.
const NOW: i64 = 1_669_852_800;

/// The service holding the archive, and the page's state once the load's reply is in.
fn loaded() -> (Service, Rc<State>) {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/twitter-archive/alrocar_2022");
    let files: Vec<InputFile> = ["account.js", "profile.js", "tweets.js"]
        .iter()
        .map(|name| InputFile {
            name: name.to_string(),
            bytes: std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}")),
        })
        .collect();
    let (batch, errors) = import_files(&files);
    assert_eq!(errors, vec![], "the sample imports cleanly");
    let mut service = Service::new();
    assert!(service.add(batch));
    let shown = service.shown(NOW);
    let state = Rc::new(State::default())
        .reduce(Action::LoadStarted(1))
        .reduce(Action::Loaded {
            load: 1,
            errors: vec![],
            media: vec![],
            shown: Some(shown),
        });
    (service, state)
}

/// The side column as the page shows it once thread `id` is opened: the worker's answer
/// reduced into the page's state.
fn sidebar_for(service: &mut Service, state: Rc<State>, id: &str) -> SidebarProps {
    let state = state.reduce(Action::Shown {
        shown: service.open(id.to_string(), NOW),
        media: vec![],
    });
    SidebarProps {
        handle: "alrocar".into(),
        current: state.current_thread_id().unwrap_or_default().into(),
        more: Rc::clone(&state.more),
        library: Rc::clone(&state.library),
        on_open: Callback::noop(),
        on_show_all: Callback::noop(),
    }
}

#[test]
fn the_archive_opens_on_its_22_post_thread() {
    let (_, state) = loaded();
    assert_eq!(state.current_thread_id().as_deref(), Some(THREAD_22));
    assert!(state.errors.is_empty());
    assert!(!state.is_loading());
}

#[test]
fn the_22_post_thread_renders_as_one_article() {
    let (service, _) = loaded();
    let view =
        thread_view(service.library(), THREAD_22, NOW).expect("the 22-post thread is loaded");
    let html = article(view);
    let header = first(&html, "header");
    assert_eq!(header.first("h1").text(), "alrocar");
    assert_eq!(header.first("p.author-handle").text(), "@alrocar");
    let time = header.first("time");
    assert_eq!(time.text(), "Oct 11, 2022");
    assert_eq!(time.attr("datetime"), Some("2022-10-11T12:42:26Z"));
    assert_eq!(header.first("span.count").text(), "22 tweets");
    assert!(header.first("span.read-time").text().ends_with(" min read"));
    assert!(header
        .first("img.avatar")
        .attr("src")
        .is_some_and(|s| s.starts_with("https://pbs.twimg.com/profile_images/")));
    let original = header.first("a.original");
    assert_eq!(original.text(), "Read on X");
    assert_eq!(
        original.attr("href"),
        Some("https://x.com/alrocar/status/1579814683803910144")
    );

    let posts = select(&html, "section.post");
    assert_eq!(posts.len(), 22);
    assert_eq!(posts[0].attr("id"), Some("p-1579814683803910144"));
    assert_eq!(
        posts[0].first("a.permalink").attr("href"),
        Some("https://x.com/alrocar/status/1579814683803910144")
    );
    assert_eq!(posts[0].first("a.permalink").text(), "#1");
    assert_eq!(posts[21].first("a.permalink").text(), "#22");
    assert!(
        posts[0].text().contains(
            "My recipe to learning data engineering for the last 10 years: study - work - have fun"
        ),
        "{}",
        posts[0].outer_html()
    );
    // Post 2: a t.co link shown by its display text, pointing at the expanded URL; a mention.
    let link = posts[1].first("a.link");
    assert_eq!(link.text(), "alrocar.github.io/15iacc/");
    assert_eq!(link.attr("href"), Some("https://alrocar.github.io/15iacc/"));
    let mention = posts[1].first("a.mention");
    assert_eq!(mention.text(), "@xurxosanz");
    // Linked by the account's id (tweets.js gives it), which outlives a rename.
    assert_eq!(mention.attr("href"), Some("https://x.com/i/user/14291056"));
    // Post 7: "=&gt;" decoded once (so escaped once here), the link by its display text.
    let seventh = posts[6].text();
    assert!(
        seventh.contains("Using data from @Airbnb =&gt; insideairbnb.com/get-the-data/"),
        "{seventh}"
    );
    assert!(
        !html.contains("&amp;gt;") && !html.contains("&amp;amp;"),
        "decoded exactly once"
    );
    assert!(
        !html.contains("t.co/"),
        "no t.co wrapper is shown or linked"
    );
    // Every photo of the 22 posts, with its figure.
    let photos = select(&html, "figure.photo");
    assert_eq!(photos.len(), 25);
    assert!(photos.iter().all(|f| f
        .first("img")
        .attr("src")
        .is_some_and(|s| s.starts_with("https://pbs.twimg.com/media/"))));
    // The last post links the 21-post follow-up.
    assert!(
        posts[21]
            .select("a")
            .iter()
            .any(|a| a.attr("href").is_some_and(|h| h.contains(THREAD_21))),
        "{}",
        posts[21].outer_html()
    );
    assert_eq!(first(&html, "p.end-mark").text(), "• • •");
}

#[test]
fn the_sidebar_offers_the_authors_other_threads_newest_first() {
    let (mut service, state) = loaded();
    let more_len = more_from_author(service.library(), THREAD_22, NOW).len();
    // The lists as the worker sends them.
    let props = sidebar_for(&mut service, state, THREAD_22);
    let library_len = props.library.total;
    let html = render::<Sidebar>(props);
    let section = first(&html, "aside.sidebar");
    assert_eq!(section.first("h2").text(), "More from @alrocar");
    let counts: Vec<String> = section
        .select("span.read-more")
        .iter()
        .map(|s| s.text())
        .collect();
    assert!(
        !counts.contains(&"Read 22 tweets".to_string()),
        "the open thread is not offered"
    );
    let at = |label: &str| {
        counts
            .iter()
            .position(|c| c == label)
            .unwrap_or_else(|| panic!("{label}: {counts:?}"))
    };
    // The long threads, newest first: 21 posts (Oct 11), 13 (Feb 27), 18 (Feb 23, 2022).
    assert!(
        at("Read 21 tweets") < at("Read 13 tweets") && at("Read 13 tweets") < at("Read 18 tweets")
    );
    let entry21 = section.first(&format!("a.summary[href=#t={THREAD_21}]"));
    assert_eq!(entry21.first("time").text(), "Oct 11");
    assert!(entry21
        .first("span.excerpt")
        .text()
        .starts_with("And the rest 20"));
    // Dates never increase down the list.
    let times: Vec<_> = section
        .select("time")
        .iter()
        .filter_map(|t| t.attr("datetime"))
        .collect();
    assert!(times.windows(2).all(|w| w[0] >= w[1]), "{times:?}");

    // 33 other threads: the newest 25 are shown (down to Aug 17, 2021), then a button for the rest.
    assert_eq!(more_len, 33);
    assert_eq!(CAP, 25);
    assert_eq!(section.select("a.summary").len(), CAP);
    assert_eq!(
        section
            .select("a.summary")
            .last()
            .map(|a| a.first("time").text()),
        Some("Aug 17, 2021".to_string()),
        "the oldest shown"
    );
    assert_eq!(
        section.first("button.show-all").text(),
        "Show all 33 threads"
    );

    let nav = first(&html, "nav[aria-label=Library]");
    let entries = nav.select("a.library-entry");
    assert_eq!(library_len, 34);
    assert_eq!(entries.len(), CAP);
    assert_eq!(nav.first("button.show-all").text(), "Show all 34 threads");
    let current: Vec<_> = entries
        .iter()
        .filter(|e| e.attr("aria-current") == Some("page"))
        .collect();
    assert_eq!(current.len(), 1);
    assert_eq!(
        current[0].attr("href").map(str::to_string),
        Some(format!("#t={THREAD_22}"))
    );
    assert!(current[0].text().contains("My recipe to learning"));
}

#[test]
fn the_22_post_thread_says_its_numbering_runs_to_40() {
    let (service, _) = loaded();
    let view = thread_view(service.library(), THREAD_22, NOW).expect("the 22-post thread");
    let html = article(view);
    let details = first(&html, "details.integrity");
    assert_eq!(
        details.attr("open"),
        None,
        "closed until the reader opens it"
    );
    assert!(details.has_class("has-notes"));
    // Under the header, before the first post.
    assert!(first(&html, "header").outer.end <= details.outer.start);
    assert!(details.outer.end <= first(&html, "section.post").outer.start);
    let summary = details.first("summary");
    assert_eq!(summary.first("span.integrity-title").text(), "Thread check");
    assert_eq!(
        summary.first("span.integrity-summary").text(),
        "22 tweets · no gaps · no branches · numbering says 40"
    );
    let terms: Vec<String> = details.select("dt").iter().map(|d| d.text()).collect();
    assert_eq!(terms, ["Gaps", "Branches", "Numbering"]);
    let notes: Vec<String> = details.select("dd").iter().map(|d| d.text()).collect();
    assert_eq!(
        notes,
        [
            "No gaps: every post replies to a post of the thread.",
            "No branches: the author replied once to each post.",
            "Marked 1/40 to 20/40 on posts #2 to #20.",
            "The markers count 40 posts; this thread has 22 posts.",
            "Numbers 21 to 40 are not in this thread.",
        ]
    );
}

#[test]
fn a_correction_posted_as_a_second_reply_is_in_the_article() {
    let (service, _) = loaded();
    // Jun 28, 2022: the author answered their 7th post twice: the thread goes on from the
    // first reply, and 25 minutes later came the one-post "wrong screenshot 😅". Both are in
    // the article, in time order; the thread check says where it forks.
    let view = thread_view(service.library(), "1541759795451117568", NOW).expect("the June thread");
    let html = article(view);
    let details = first(&html, "details.integrity");
    assert_eq!(
        details.first("span.integrity-summary").text(),
        "12 tweets · no gaps · 2 replies to #7"
    );
    assert!(details
        .select("dd")
        .iter()
        .any(|d| d.text() == "#7: 2 replies (#8, #12)"));
    let posts = select(&html, "section.post");
    assert_eq!(posts.len(), 12);
    assert!(
        posts[11].text().contains("wrong screenshot 😅"),
        "{}",
        posts[11].text()
    );
}

#[test]
fn the_library_keeps_the_open_thread_when_it_is_older_than_the_first_25() {
    let (mut service, state) = loaded();
    let library = library_summaries(service.library(), NOW);
    let hrefs = |lib: &[unroll_core::present::ThreadSummary]| -> Vec<String> {
        lib.iter().map(|s| format!("#t={}", s.thread_id)).collect()
    };
    let all = hrefs(&library);
    // The archive's oldest thread, in 34th place: far below the first 25.
    let oldest = library.last().expect("a loaded library").clone();
    assert_eq!(all.len(), 34);
    let html = render::<Sidebar>(sidebar_for(&mut service, state, &oldest.thread_id));
    let nav = first(&html, "nav[aria-label=Library]");
    let shown: Vec<String> = nav
        .select("a.library-entry")
        .iter()
        .filter_map(|a| a.attr("href").map(str::to_string))
        .collect();
    // The first 24 in library order, then the open thread in the last slot.
    let mut expected = all[..CAP - 1].to_vec();
    expected.push(format!("#t={}", oldest.thread_id));
    assert_eq!(shown, expected);
    let current: Vec<_> = nav
        .select("a.library-entry[aria-current=page]")
        .iter()
        .filter_map(|a| a.attr("href").map(str::to_string))
        .collect();
    assert_eq!(current, [format!("#t={}", oldest.thread_id)]);
    assert_eq!(nav.first("button.show-all").text(), "Show all 34 threads");
    assert_eq!(nav.first("button.show-all").attr("type"), Some("button"));
}
