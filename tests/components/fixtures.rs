//! Hand-built view models for the component tests: one thread that exercises every kind of
//! content (paragraphs, links, hostile text, a gap, photos, a video, both kinds of quote).

use unroll_core::present::{
    name_parts, IntegrityView, ItemView, PostView, ThreadSummary, ThreadView,
};
use unroll_core::{Author, Media, MediaKind, Network, Quote, Segment};

pub fn ann() -> Author {
    Author {
        id: "1".into(),
        handle: "ann".into(),
        display_name: "Ann Example".into(),
        avatar_url: Some("https://pbs.example/ann.jpg".into()),
        network: Network::X,
        emojis: Vec::new(),
    }
}

pub fn text(t: &str) -> Segment {
    Segment::Text { text: t.into() }
}

pub fn post_view(
    id: &str,
    number: usize,
    segments: Vec<Segment>,
    media: Vec<Media>,
    quote: Option<Quote>,
) -> PostView {
    PostView {
        id: id.into(),
        number,
        segments,
        media,
        quote,
        permalink: format!("https://x.com/ann/status/{id}"),
        lang: Some("en".into()),
        time_label: "12:00 PM · Sep 6, 2020".into(),
        card: None,
        poll: None,
        content_warning: None,
        cut_notice: None,
        part_label: None,
        reposted_label: None,
    }
}

/// The integrity of a thread with nothing to flag.
pub fn complete_integrity(summary: &str) -> IntegrityView {
    IntegrityView {
        summary_label: summary.into(),
        complete: true,
        gaps: vec![],
        gaps_label: "No gaps: every post replies to a post of the thread.".into(),
        branches: vec![],
        branches_label: "No branches: the author replied once to each post.".into(),
        numbering: None,
    }
}

pub fn sample_view() -> ThreadView {
    let first = post_view(
        "101",
        1,
        vec![
            text("First paragraph.\n\nLine one\nline two, see "),
            Segment::Link {
                text: "example.com/a/long…".into(),
                url: "https://example.com/a/long/path".into(),
            },
            text(" with "),
            Segment::Mention {
                handle: "bob".into(),
                url: "https://x.com/bob".into(),
            },
            text(" "),
            Segment::Hashtag {
                tag: "rust".into(),
                url: "https://x.com/hashtag/rust".into(),
            },
        ],
        vec![],
        None,
    );
    let hostile = post_view(
        "102",
        2,
        vec![
            text("<script>alert(1)</script> "),
            Segment::Link {
                text: "click me".into(),
                url: "javascript:alert(1)".into(),
            },
            text(" and "),
            Segment::Link {
                text: "data link".into(),
                url: "data:text/html,<script>alert(1)</script>".into(),
            },
        ],
        vec![],
        Some(Quote {
            permalink: "https://x.com/carol/status/900".into(),
            post_id: Some("900".into()),
            author: None,
            created_at: None,
            segments: vec![],
            media: vec![],
        }),
    );
    let media = post_view(
        "104",
        3,
        vec![text("Pictures.")],
        vec![
            Media {
                kind: MediaKind::Photo,
                url: "https://pbs.example/cat.jpg".into(),
                alt: Some("A grey cat asleep on a keyboard".into()),
                link: None,
                width: Some(1200),
                height: Some(800),
            },
            Media {
                kind: MediaKind::Video,
                url: "https://pbs.example/poster.jpg".into(),
                alt: None,
                link: Some("https://video.example/v.mp4".into()),
                width: None,
                height: None,
            },
        ],
        None,
    );
    let quoting = post_view(
        "105",
        4,
        vec![text("Last one.")],
        vec![],
        Some(Quote {
            permalink: "https://x.com/dan/status/901".into(),
            post_id: Some("901".into()),
            author: Some(Author {
                id: "4".into(),
                handle: "dan".into(),
                display_name: "Dan".into(),
                avatar_url: None,
                network: Network::X,
                emojis: Vec::new(),
            }),
            created_at: Some(1_599_000_000),
            segments: vec![text("Quoted words.")],
            media: vec![],
        }),
    );
    ThreadView {
        id: "101".into(),
        author_name: name_parts(&ann()),
        author: ann(),
        created_at: 1_599_393_600,
        date_label: "Sep 6, 2020".into(),
        post_count: 4,
        count_label: "4 tweets".into(),
        read_label: "2 min read".into(),
        original_url: "https://x.com/ann/status/101".into(),
        original_label: "Read on X".into(),
        integrity: complete_integrity("4 tweets · no gaps · no branches"),
        items: vec![
            ItemView::Post(first),
            ItemView::Post(hostile),
            ItemView::Gap {
                label: "Some posts of this thread are not in the loaded files".into(),
            },
            ItemView::Post(media),
            ItemView::Post(quoting),
        ],
    }
}

pub fn summary(id: &str, date: &str, excerpt: &str, posts: usize) -> ThreadSummary {
    ThreadSummary {
        thread_id: id.into(),
        author_id: "1".into(),
        author_handle: "ann".into(),
        author_name: "Ann Example".into(),
        // Noon UTC on the labelled day.
        created_at: match date {
            "Oct 11" => 1_665_489_600,
            "Feb 27" => 1_645_963_200,
            _ => 1_599_393_600,
        },
        date_label: date.into(),
        excerpt: excerpt.into(),
        post_count: posts,
        read_label: format!("Read {posts} tweets"),
    }
}
