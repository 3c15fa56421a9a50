//! Ready-to-show view models: every label the reader displays ("Sep 6, 2020", "22 tweets",
//! "4 min read", "Read 22 tweets", excerpts) is computed here and tested natively; the Yew
//! components only lay these out.

use crate::library::Library;
use crate::model::{Author, Media, Quote, Segment};

#[derive(Debug, Clone, PartialEq)]
pub struct ThreadView {
    pub id: String,
    pub author: Author,
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
    /// "Read on X".
    pub original_label: String,
    pub items: Vec<ItemView>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ItemView {
    Post(PostView),
    /// A visible marker where posts of the chain are missing.
    Gap { label: String },
}

#[derive(Debug, Clone, PartialEq)]
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
}

/// One entry of the "More from @handle" sidebar or the library list.
#[derive(Debug, Clone, PartialEq)]
pub struct ThreadSummary {
    pub thread_id: String,
    pub author_handle: String,
    pub author_name: String,
    pub created_at: i64,
    /// "Sep 6" in the current year, "Sep 6, 2020" otherwise.
    pub date_label: String,
    /// The start of the first posts' text, cut at a word boundary with "…".
    pub excerpt: String,
    pub post_count: usize,
    /// "Read 22 tweets".
    pub read_label: String,
}

/// The thread `id` ready to show, or None when it is not in the library.
/// `now` (seconds since the epoch) decides nothing here but is taken for symmetry with the
/// summaries; dates in the header always carry the year.
pub fn thread_view(library: &Library, id: &str) -> Option<ThreadView> {
    let _ = (library, id);
    todo!("helper")
}

/// Summaries of every thread in the library, newest first.
pub fn library_summaries(library: &Library, now: i64) -> Vec<ThreadSummary> {
    let _ = (library, now);
    todo!("helper")
}
