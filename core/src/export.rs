//! Export to Unroll's own versioned JSON format (see `import::unroll` and
//! `assets/unroll-thread.schema.json`): one thread with its posts and its author.

use crate::import::unroll::{Document, FORMAT_NAME, VERSION};
use crate::library::Library;

/// The thread `id` with its posts and authors as Unroll JSON (pretty-printed), or None when
/// the thread is not in the library. Importing the result gives the same thread back.
/// Without a clock in core, the document has no `exported_at`; see [`export_thread_at`].
pub fn export_thread(library: &Library, id: &str) -> Option<String> {
    document(library, id, None)
}

/// Like [`export_thread`], stamped with `exported_at` (seconds since the epoch, from the
/// caller's clock).
pub fn export_thread_at(library: &Library, id: &str, exported_at: i64) -> Option<String> {
    document(library, id, Some(exported_at))
}

fn document(library: &Library, id: &str, exported_at: Option<i64>) -> Option<String> {
    let thread = library.thread(id)?;
    let posts = thread
        .post_ids()
        .filter_map(|post_id| library.post(post_id))
        .cloned()
        .collect();
    let authors = library
        .author(&thread.author_id)
        .cloned()
        .into_iter()
        .collect();
    let doc = Document {
        format: FORMAT_NAME.to_string(),
        version: VERSION,
        exported_at,
        authors,
        posts,
        threads: vec![thread.clone()],
    };
    // The model serialises to JSON without fail (string keys only, no non-finite floats).
    serde_json::to_string_pretty(&doc).ok()
}
