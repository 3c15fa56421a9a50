//! The one message protocol between the page and the worker that runs core: what the page
//! asks (`Request`) and what the worker answers or reports (`Reply`). Both sides are Rust
//! and share these enums; in the browser serde-wasm-bindgen carries them, with the files a
//! `Load` names travelling beside the message (a `File` is the browser's, not serde's).

use serde::{Deserialize, Serialize};

use crate::import::zip::Entry;
use crate::present::{ThreadSummary, ThreadView};

/// What the page asks of the worker. The worker answers in the order asked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Read and import these sources together, then add them to the library. `load` names
    /// the load in its progress, its end and a `Cancel`. The files sent with it are the
    /// page's files number `first_file` on (`MediaRef::file` counts the same way).
    Load {
        load: u32,
        sources: Vec<Source>,
        first_file: u32,
    },
    /// Stop load `load` between two files or two chunks of a file: it adds nothing.
    Cancel { load: u32 },
    /// Show the thread `id` (a click, `#t=<id>`): answered with `Shown`. A thread not
    /// loaded yet is shown once a load brings it.
    Open {
        id: String,
        /// The page holds the thread's view already (it came `Ahead`): the answer leaves
        /// it out.
        #[serde(default)]
        held: bool,
    },
    /// List every entry of `list`, not only the first `LIST_CAP`.
    ShowAll { list: ListKind },
    /// The thread `id` as Unroll JSON: answered with `Exported`.
    Export { id: String, exported_at: i64 },
}

/// One input of a load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Source {
    /// The load's file number `index` (the files sent beside the request, in order, from 0).
    File { index: u32 },
    /// Text the person pasted, imported as a file named `name`.
    Text { name: String, text: String },
    /// A URL to fetch (already vetted by the page: same origin, http(s)).
    Url { url: String },
}

/// The two lists of the side column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ListKind {
    /// Every loaded thread.
    Library,
    /// The open thread's author's other threads ("More from @handle").
    More,
}

/// What the worker posts to the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// The worker is running and takes requests.
    Ready,
    /// How far load `load` has come.
    Progress { load: u32, progress: Progress },
    /// Load `load` ended: what failed (one banner line each), and what the page shows now
    /// (None when the library did not change).
    Loaded {
        load: u32,
        errors: Vec<String>,
        cancelled: bool,
        shown: Option<Shown>,
    },
    /// What the page shows, after an `Open` or a `ShowAll`.
    Shown(Shown),
    /// Sent after what the page shows: the views of the first "More from" entries, so the
    /// page can show one the moment it is clicked (the `Shown` answering the open follows).
    Ahead(Ahead),
    /// The thread asked for, as Unroll JSON.
    Exported { file_name: String, json: String },
    /// A request that could not be done (one banner line).
    Failed { message: String },
}

/// A load's progress: bytes read of all its files and posts parsed. (Threads are found in
/// one step at the end, so there is no count of them to report along the way.)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub bytes_read: u64,
    pub bytes_total: u64,
    pub posts: u64,
}

/// An archive photo, video or avatar: a loose file the page sent, or an entry of a .zip it
/// sent, read by the page when a post shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaRef {
    /// The page's file number (see `Request::Load`).
    pub file: u32,
    /// The path inside the archive (`data/tweets_media/…`), or the loose file's name.
    pub path: String,
    /// Where the file sits in the zip; None for a loose file.
    pub entry: Option<Entry>,
}

/// What the reader shows: the open thread, its author's other threads and the library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shown {
    /// The thread the person asked for, as the worker now knows it (a load may pick one
    /// when the one asked for is not loaded); it may still be unloaded.
    pub open: Option<String>,
    /// The thread shown: the open one when loaded, else the newest. None when nothing is,
    /// or when `held`.
    pub view: Option<ThreadView>,
    /// The thread shown is the one the page opened from a view it holds (see
    /// `Request::Open`): the page keeps showing that view.
    #[serde(default)]
    pub held: bool,
    /// The author's threads other than the one shown, newest first.
    pub more: ThreadList,
    /// Every thread, newest first; None when the page's list is still right.
    pub library: Option<ThreadList>,
    /// The archive's copies of the shown thread's photos, videos and avatar (an archive
    /// holds thousands: the page is told of those it shows).
    pub media: Vec<MediaRef>,
}

/// Threads the page may show next, with the archive media files they name.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Ahead {
    pub threads: Vec<AheadThread>,
    pub media: Vec<MediaRef>,
}

/// A thread the page may show next: its view, and "More from" as it reads once it is open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AheadThread {
    pub view: ThreadView,
    pub more: ThreadList,
}

/// A list of the side column: its first entries (or all of them) and how many there are.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ThreadList {
    pub entries: Vec<ThreadSummary>,
    pub total: usize,
}

impl ThreadList {
    /// Whether `entries` holds the whole list.
    pub fn is_whole(&self) -> bool {
        self.entries.len() >= self.total
    }
}
