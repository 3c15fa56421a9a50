//! Ready-to-show view models: every label the reader displays ("Sep 6, 2020", "22 tweets",
//! "4 min read", "Read 22 tweets", excerpts) is computed here and tested natively; the Yew
//! components only lay these out. Polls (`poll`), a thread's integrity summary
//! (`integrity`, with the "3/12" numbering check in `numbering`), the note under a post
//! cut short (`cut`), where a later part starts (`later`), what shows outside a post's
//! body (`display`: excerpt text behind content warnings, names with custom emoji, file
//! links), a post's text laid out as paragraphs (`inline`) and the page's own words around
//! all this (`labels`: its title, the error banner's, the side column's) have modules of
//! their own.

mod cut;
mod display;
mod inline;
mod integrity;
mod labels;
mod later;
mod numbering;
mod poll;
mod progress;

pub use cut::{cut_notice, CutNotice, CUT_LABEL};
pub use display::{
    alt_text, content_warning, domain_label, excerpt_text, file_view, name_parts, shown_url,
    video_label, FileView, CW_LABEL, FILE_KIND_LABEL,
};
pub use inline::{name_line, paragraphs, Inline, LinkKind, Paragraph};
pub use integrity::{integrity_view, post_url, BranchView, GapView, IntegrityView};
pub use labels::{
    emoji_label, more_from_label, no_more_label, page_title, post_number_label, problems_title,
    show_all_label, APP_TITLE,
};
pub use later::{later_part_label, LATE_PART_SECONDS};
pub use numbering::{find_marker, Marker, NumberingView};
pub use poll::{poll_view, PollOptionView, PollView};
pub use progress::{grouped, progress_label, PROGRESS_TITLE};

use crate::library::Library;
use crate::model::{Author, LinkCard, Media, Network, Post, Quote, Segment, Thread, ThreadItem};
use crate::time;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ThreadView {
    pub id: String,
    pub author: Author,
    /// The author's display name as text and custom emoji, for the header.
    pub author_name: Vec<Segment>,
    /// First post's time, seconds since the epoch.
    pub created_at: i64,
    /// "Sep 6, 2020".
    pub date_label: String,
    pub post_count: usize,
    /// "22 tweets" (X) / "22 posts" (other networks); "1 tweet".
    pub count_label: String,
    /// "4 min read" (at least 1).
    pub read_label: String,
    /// `https://x.com/<handle>/status/<first id>` for X.
    pub original_url: String,
    /// "Read on X", "Read on Bluesky", "Read on mastodon.social".
    pub original_label: String,
    /// Posts found, gaps, branches and numbering: the summary the reader can open.
    pub integrity: IntegrityView,
    pub items: Vec<ItemView>,
}

/// Posts far outnumber gaps and a thread holds at most a few hundred items, so the unboxed
/// variant costs little and keeps `ItemView::Post(view)` simple for the components.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum ItemView {
    Post(PostView),
    /// A visible marker where posts of the chain are missing.
    Gap {
        label: String,
    },
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostView {
    pub id: String,
    /// 1-based position among the thread's posts.
    pub number: usize,
    pub segments: Vec<Segment>,
    pub media: Vec<Media>,
    pub quote: Option<Quote>,
    pub permalink: String,
    pub lang: Option<String>,
    /// "10:32 AM · Nov 13, 2022", for the permalink's title.
    pub time_label: String,
    /// A link preview under the post.
    pub card: Option<LinkCard>,
    /// The poll as of the time the view was made.
    pub poll: Option<PollView>,
    /// The author's content warning: the post opens on request. None when blank.
    pub content_warning: Option<String>,
    /// The file cut the post's text short: a note that says so, linking to the whole post.
    pub cut_notice: Option<CutNotice>,
    /// "Added 6 days later · Nov 20, 2022" when the post starts a later part of the thread.
    pub part_label: Option<String>,
    /// "Reposted by @handle" when the file held a repost and this is its original.
    pub reposted_label: Option<String>,
}

/// One entry of the "More from @handle" sidebar or the library list.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ThreadSummary {
    pub thread_id: String,
    /// The thread author's id: "More from" is the summaries sharing it.
    pub author_id: String,
    pub author_handle: String,
    pub author_name: String,
    pub created_at: i64,
    /// "Sep 6" in the current year, "Sep 6, 2020" otherwise.
    pub date_label: String,
    /// The start of the first posts' text, cut at a word boundary with "…"; a post behind
    /// a content warning gives its warning ("CW: …"), never its text.
    pub excerpt: String,
    pub post_count: usize,
    /// "Read 22 tweets".
    pub read_label: String,
}

/// The label of a gap in a thread.
pub const GAP_LABEL: &str = "1 or more posts are missing here";

/// Words read per minute for the "N min read" label.
const WORDS_PER_MINUTE: usize = 200;

/// Characters of the sidebar excerpt before it is cut.
const EXCERPT_CHARS: usize = 200;

/// The thread `id` ready to show at `now` (seconds since the epoch; polls say whether voting
/// is over), or None when it is not in the library. Dates in the header always carry the year.
pub fn thread_view(library: &Library, id: &str, now: i64) -> Option<ThreadView> {
    let thread = library.thread(id)?;
    let first = library.post(&thread.id)?;
    let author = author_of(library, thread);
    let posts: Vec<&Post> = thread
        .post_ids()
        .filter_map(|id| library.post(id))
        .collect();
    let words: usize = posts.iter().map(|p| word_count(&p.plain_text())).sum();
    let minutes = words.div_ceil(WORDS_PER_MINUTE).max(1);

    let mut number = 0;
    let mut before: Option<i64> = None;
    let items = thread
        .items
        .iter()
        .filter_map(|item| match item {
            ThreadItem::Post { id } => {
                let p = library.post(id)?;
                number += 1;
                let part_label = before.and_then(|b| later_part_label(b, p.created_at));
                before = Some(p.created_at);
                Some(ItemView::Post(PostView {
                    id: p.id.clone(),
                    number,
                    segments: p.segments.clone(),
                    media: p.media.clone(),
                    quote: p.quote.clone(),
                    permalink: p.permalink.clone(),
                    lang: p.lang.clone(),
                    time_label: time::format_time_date(p.created_at),
                    card: p.card.clone(),
                    poll: p.poll.as_ref().map(|poll| poll_view(poll, now)),
                    content_warning: content_warning(p).map(str::to_string),
                    cut_notice: cut_notice(p, &author.network),
                    part_label,
                    reposted_label: p
                        .reposted_by
                        .as_deref()
                        .map(|by| reposted_label(library, by)),
                }))
            }
            ThreadItem::Gap { .. } => Some(ItemView::Gap {
                label: GAP_LABEL.to_string(),
            }),
        })
        .collect();

    Some(ThreadView {
        id: thread.id.clone(),
        created_at: first.created_at,
        date_label: time::format_date(first.created_at),
        post_count: number,
        count_label: count_label(&author.network, number),
        read_label: format!("{minutes} min read"),
        original_url: first.permalink.clone(),
        original_label: author.network.read_on_label(),
        integrity: integrity_view(library, thread, &author),
        author_name: name_parts(&author),
        author,
        items,
    })
}

/// Summaries of every thread in the library, newest first.
pub fn library_summaries(library: &Library, now: i64) -> Vec<ThreadSummary> {
    library
        .threads()
        .iter()
        .filter_map(|t| summary(library, t, now))
        .collect()
}

/// The sidebar / library entry of one thread; None when its first post is not loaded.
pub fn summary(library: &Library, thread: &Thread, now: i64) -> Option<ThreadSummary> {
    let first = library.post(&thread.id)?;
    let author = author_of(library, thread);
    let post_count = thread.post_count();
    let mut text = String::new();
    for p in thread.post_ids().filter_map(|id| library.post(id)) {
        if text.chars().count() > EXCERPT_CHARS {
            break;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&excerpt_text(p));
    }
    Some(ThreadSummary {
        thread_id: thread.id.clone(),
        author_id: thread.author_id.clone(),
        author_handle: author.handle.clone(),
        author_name: author.display_name.clone(),
        created_at: first.created_at,
        date_label: time::format_date_relative(first.created_at, now),
        excerpt: excerpt(&text, EXCERPT_CHARS),
        post_count,
        read_label: format!("Read {}", count_label(&author.network, post_count)),
    })
}

/// "22 tweets", "1 tweet" on X; "3 posts", "1 post" elsewhere.
pub fn count_label(network: &Network, n: usize) -> String {
    let noun = match network {
        Network::X => "tweet",
        Network::Bluesky | Network::Mastodon { .. } => "post",
    };
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The thread's author, or a stand-in named after the id when no import gave one ("Unknown
/// author", without a handle, when the source did not even give the id).
fn author_of(library: &Library, thread: &Thread) -> Author {
    library
        .author(&thread.author_id)
        .cloned()
        .unwrap_or_else(|| Author {
            id: thread.author_id.clone(),
            handle: thread.author_id.clone(),
            display_name: if thread.author_id.is_empty() {
                UNKNOWN_AUTHOR.to_string()
            } else {
                thread.author_id.clone()
            },
            avatar_url: None,
            network: Network::X,
            emojis: Vec::new(),
        })
}

pub const UNKNOWN_AUTHOR: &str = "Unknown author";

/// "Reposted by @handle" for the reposter's id; "Reposted" when the files do not name them.
pub fn reposted_label(library: &Library, reposter_id: &str) -> String {
    match library.author(reposter_id).filter(|a| !a.handle.is_empty()) {
        Some(a) => format!("Reposted by {}", handle_label(&a.handle)),
        None => "Reposted".to_string(),
    }
}

/// "@ann", or "unknown author" when the source gave no handle (never a bare "@").
pub fn handle_label(handle: &str) -> String {
    if handle.is_empty() {
        "unknown author".to_string()
    } else {
        format!("@{handle}")
    }
}

/// Words for the reading time: whitespace-separated runs, where a run of CJK characters
/// (written without spaces) counts one word per two characters.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .map(|w| {
            let cjk = w.chars().filter(|&c| is_cjk(c)).count();
            if cjk == 0 {
                1
            } else {
                cjk.div_ceil(2) + usize::from(cjk < w.chars().count())
            }
        })
        .sum()
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF     // Hiragana, Katakana
        | 0x3400..=0x4DBF   // CJK Extension A
        | 0x4E00..=0x9FFF   // CJK Unified Ideographs
        | 0xAC00..=0xD7AF   // Hangul syllables
        | 0xF900..=0xFAFF   // CJK Compatibility Ideographs
        | 0x20000..=0x2FA1F)
}

/// Whitespace collapsed to single spaces and cut to `max` characters at a word boundary
/// (or mid-run for text without spaces), with "…" when cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() <= max {
        return collapsed;
    }
    let cut = collapsed
        .char_indices()
        .nth(max)
        .map_or(collapsed.len(), |(b, _)| b);
    let head = collapsed.get(..cut).unwrap_or(&collapsed);
    // Break at the last space when it keeps at least half the excerpt.
    let head = match head.rfind(' ') {
        Some(space)
            if head
                .get(..space)
                .is_some_and(|h| h.chars().count() >= max / 2) =>
        {
            head.get(..space).unwrap_or(head)
        }
        _ => head,
    };
    // A word that already ends in "…" (a truncated retweet, a link's display text) would
    // read "……" with the cut's own mark.
    let head = head.trim_end_matches(|c: char| c.is_whitespace() || ",;:.-–—…".contains(c));
    format!("{head}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(count_label(&Network::X, 22), "22 tweets");
        assert_eq!(count_label(&Network::X, 1), "1 tweet");
        assert_eq!(count_label(&Network::Bluesky, 3), "3 posts");
        assert_eq!(
            count_label(
                &Network::Mastodon {
                    instance: "m.s".into()
                },
                1
            ),
            "1 post"
        );
    }

    #[test]
    fn excerpts_cut_at_words() {
        assert_eq!(excerpt("short\n\ntext", 200), "short text");
        let long = "word ".repeat(60);
        let e = excerpt(&long, 200);
        assert!(e.ends_with("word…"), "{e}");
        assert!(e.chars().count() <= 201);
        let ja = "あ".repeat(300);
        assert_eq!(excerpt(&ja, 200).chars().count(), 201);
        assert_eq!(excerpt("aaaa bbbbbbbbbbbbbbbb", 10), "aaaa bbbbb…");
    }

    #[test]
    fn excerpt_cut_after_an_ellipsis_has_one_ellipsis() {
        let text = format!(
            "{} bike rain… twitter.com/i/web/status/1…",
            "word ".repeat(37)
        );
        let e = excerpt(&text, 200);
        assert!(e.ends_with("rain…"), "{e}");
        assert!(!e.contains("……"), "{e}");
    }

    #[test]
    fn words() {
        assert_eq!(word_count("one two  three\nfour"), 4);
        assert_eq!(word_count("日本語の文章です"), 4);
        assert_eq!(word_count("AtCoder黄"), 2);
        assert_eq!(word_count(""), 0);
    }
}
