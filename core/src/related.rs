//! Related threads: "More from @handle" — the same author's other loaded threads, newest first.

use crate::library::Library;
use crate::present::ThreadSummary;

/// The author's other threads (not `thread_id` itself), newest first.
pub fn more_from_author(library: &Library, thread_id: &str, now: i64) -> Vec<ThreadSummary> {
    let _ = (library, thread_id, now);
    todo!("helper")
}
